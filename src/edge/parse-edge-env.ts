import { z } from 'zod';

// The Worker's settings, parsed once at its entry: a missing or wrong binding answers one clear
// 500 with a log line instead of failing deep inside a query. Secrets (none needed yet by the
// web part, see README) would come through `wrangler secret put` and be parsed here too.

const envSchema = z.object({
  HYPERDRIVE: z.object(
    { connectionString: z.string().refine((s) => /^postgres(ql)?:\/\//.test(s), 'is not a postgres:// connection string') },
    { error: 'is missing: add a [[hyperdrive]] binding named HYPERDRIVE to wrangler.toml' },
  ),
  // The address users reach the desk at; empty means "as the request says" (local development).
  PUBLIC_URL: z
    .string()
    .optional()
    .transform((s) => (s?.trim() ? s.trim() : undefined))
    .refine((s) => s === undefined || URL.canParse(s), 'is not an absolute URL'),
});

export type EdgeEnv = z.output<typeof envSchema>;

export type ParsedEnv = { ok: true; env: EdgeEnv } | { ok: false; message: string };

export function parseEdgeEnv(raw: unknown): ParsedEnv {
  const result = envSchema.safeParse(raw ?? {});
  if (result.success) return { ok: true, env: result.data };
  const issue = result.error.issues[0]!;
  return { ok: false, message: `bad setting ${issue.path.join('.') || 'env'}: ${issue.message}` };
}
