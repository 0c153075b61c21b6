import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseEnv } from 'node:util';
import { z } from 'zod';
import { PoInboxError } from '../domain/errors.ts';

// The settings of shared/contract/cli.md, validated once here; nothing else reads process.env.

const PORT_MESSAGE = 'expected a port number 1-65535';

const port = z
  .string()
  .refine((s) => /^\d{1,5}$/.test(s) && Number(s) >= 1 && Number(s) <= 65535, PORT_MESSAGE)
  .transform(Number);

const positiveInt = z
  .string()
  .refine((s) => /^\d+$/.test(s) && Number(s) >= 1, 'expected a whole number of at least 1')
  .transform(Number);

const flag = z
  .string()
  .transform((s) => s.trim().toLowerCase())
  .refine((s) => ['true', 'false', '1', '0', 'yes', 'no'].includes(s), 'expected true or false')
  .transform((s) => ['true', '1', 'yes'].includes(s));

/** 0.9 or 90 (%): a confidence threshold. */
const confidence = z
  .string()
  .refine((s) => /^\d+(\.\d+)?%?$/.test(s.trim()) && parseFloat(s) <= 100, 'expected a confidence such as 0.9 or 90%')
  .transform((s) => (parseFloat(s) > 1 || s.trim().endsWith('%') ? parseFloat(s) / 100 : parseFloat(s)));

const url = (schemes: string[], hint: string) => z.string().refine((s) => schemes.some((scheme) => s.startsWith(scheme)) && URL.canParse(s), hint);

const emailAddress = /^[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+$/;
const mailbox = z.string().refine((s) => emailAddress.test(s.trim()) || /^[^<>]*<[^\s@<>]+@[^\s@<>]+>$/.test(s.trim()), 'expected an e-mail address');
const mailboxList = z
  .string()
  .refine((s) => s.split(',').every((part) => emailAddress.test(part.trim())), 'expected e-mail addresses separated by commas')
  .transform((s) => s.split(',').map((part) => part.trim()));

const settingsSchema = z
  .object({
    DATABASE_URL: z
      .string()
      .refine((s) => /^(sqlite:.+|postgres(ql)?:\/\/.+)$/.test(s), 'expected sqlite:PATH or postgres://...')
      .default('sqlite:./data/po-inbox.db'),
    DATA_DIR: z.string().default('./data'),
    INBOX_DIR: z.string().default('./inbox'),
    IMAP_HOST: z.string().optional(),
    IMAP_PORT: port.optional(),
    IMAP_SECURE: flag.optional(),
    IMAP_USER: z.string().optional(),
    IMAP_PASSWORD: z.string().optional(),
    IMAP_MAILBOX: z.string().default('INBOX'),
    IMAP_PROCESSED_MAILBOX: z.string().default('Processed'),
    IMAP_FAILED_MAILBOX: z.string().default('Failed'),
    IMAP_POLL_SECONDS: positiveInt.default(60),
    /** How long an IDLE connection may stay quiet before a NOOP checks that it is alive. */
    IMAP_WATCHDOG_SECONDS: positiveInt.default(300),
    /** How often all mail still waiting in the mailbox is offered again (retries, crash leftovers). */
    IMAP_RECONCILE_SECONDS: positiveInt.default(60),
    IMAP_PROCESSED_ACTION: z.enum(['move', 'flag'], { error: 'expected move or flag' }).default('move'),
    WORKER_CONCURRENCY: positiveInt.default(2),
    WORKER_MAX_ATTEMPTS: positiveInt.default(3),
    WORKER_LEASE_SECONDS: positiveInt.default(120),
    SMTP_URL: url(['smtp://', 'smtps://'], 'expected smtp://user:pass@host:port').optional(),
    ACK_FROM: mailbox.optional(),
    URGENT_ALERT_TO: mailboxList.optional(),
    /** Approved orders are POSTed here as signed JSON; WEBHOOK_SECRET keys the HMAC-SHA256 signature. */
    WEBHOOK_URL: url(['http://', 'https://'], 'expected an http(s) URL').optional(),
    WEBHOOK_SECRET: z.string().min(16, 'expected a secret of at least 16 characters').optional(),
    /** Base URL of the review UI for links in mail; unset: http://HOST:PORT. */
    PUBLIC_URL: url(['http://', 'https://'], 'expected an http(s) URL').optional(),
    OPENAI_API_KEY: z.string().optional(),
    OPENAI_BASE_URL: url(['http://', 'https://'], 'expected an http(s) URL').optional(),
    OPENAI_MODEL: z.string().optional(),
    /** auto: the model only for drafts the rules send to review; always: for every order; off: never. */
    LLM_MODE: z.enum(['auto', 'always', 'off'], { error: 'expected auto, always or off' }).default('auto'),
    LLM_TIMEOUT_SECONDS: positiveInt.default(60),
    LLM_CONCURRENCY: positiveInt.default(2),
    /** USD per 1000 tokens, only for the cost estimate shown on each draft. */
    LLM_PRICE_INPUT_PER_1K: z
      .string()
      .refine((s) => /^\d+(\.\d+)?$/.test(s), 'expected a price such as 0.0025')
      .transform(Number)
      .optional(),
    LLM_PRICE_OUTPUT_PER_1K: z
      .string()
      .refine((s) => /^\d+(\.\d+)?$/.test(s), 'expected a price such as 0.01')
      .transform(Number)
      .optional(),
    CATALOG_FILE: z.string().optional(),
    CUSTOMERS_FILE: z.string().optional(),
    XREF_FILE: z.string().optional(),
    /** How far a PO's unit price may differ from the catalogue / price list before it is a review reason. */
    PRICE_TOLERANCE_PERCENT: z
      .string()
      .refine((s) => /^\d+(\.\d+)?$/.test(s.trim()), 'expected a percentage such as 2 or 0.5')
      .transform(Number)
      .default(2),
    /** Straight-through thresholds: customer, items and quantities (mandatory) and the rest (optional). */
    CONFIDENCE_MANDATORY: confidence.default(0.9),
    CONFIDENCE_OPTIONAL: confidence.default(0.6),
    /**
     * The authserv-id(s) our border mail server writes into Authentication-Results (RFC 8601),
     * comma-separated; only its topmost results are trusted. Unset: no sender is authenticated.
     */
    AUTHSERV_ID: z
      .string()
      .transform((s) =>
        s
          .split(/[,\s]+/)
          .map((id) => id.trim().toLowerCase())
          .filter(Boolean),
      )
      .refine((ids) => ids.every((id) => /^[a-z0-9][a-z0-9.-]*$/.test(id)), 'expected host names such as mx.example.com, comma-separated')
      .default([]),
    SELLER_NAME: z
      .string()
      .transform((s) =>
        s
          .split(';')
          .map((name) => name.trim())
          .filter(Boolean),
      )
      .default([]),
    OCR_LANGS: z
      .string()
      .transform((s) => s.split(/[,+\s]+/).filter(Boolean))
      .pipe(z.array(z.enum(['eng', 'deu', 'fra', 'spa'], { error: 'expected OCR languages among eng, deu, fra, spa' })))
      .optional(),
    /** The reading sandbox (src/documents/sandbox): a child reading one PDF, scan or workbook is
     * killed over this much memory or time, and all documents of one message share a time limit. */
    READ_MEMORY_LIMIT_MB: positiveInt.default(768),
    READ_TIME_LIMIT_SECONDS: positiveInt.default(30),
    MESSAGE_READ_TIME_LIMIT_SECONDS: positiveInt.default(120),
    HOST: z.string().default('127.0.0.1'),
    PORT: port.default(8787),
    LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error'], { error: 'expected debug, info, warn or error' }).default('info'),
  })
  .superRefine((settings, ctx) => {
    if (settings.WEBHOOK_URL && !settings.WEBHOOK_SECRET) ctx.addIssue({ code: 'custom', path: ['WEBHOOK_SECRET'], message: 'required when WEBHOOK_URL is set' });
    if (!settings.IMAP_HOST) return;
    for (const name of ['IMAP_USER', 'IMAP_PASSWORD'] as const) {
      if (!settings[name]) ctx.addIssue({ code: 'custom', path: [name], message: 'required when IMAP_HOST is set' });
    }
  });

export type Settings = z.infer<typeof settingsSchema>;

/** Validates settings from an environment; unset and empty values take the defaults of cli.md. */
export function parseSettings(env: Record<string, string | undefined>): Settings {
  const present = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined && value.trim() !== ''));
  // The SQLite file lives in DATA_DIR unless DATABASE_URL says otherwise (cli.md: ./data/po-inbox.db).
  if (present.DATABASE_URL === undefined && present.DATA_DIR !== undefined) present.DATABASE_URL = `sqlite:${present.DATA_DIR.replace(/\/+$/, '')}/po-inbox.db`;
  const parsed = settingsSchema.safeParse(present);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const name = String(issue?.path[0] ?? 'unknown');
  throw new PoInboxError('bad-setting', `bad setting ${name}: ${issue?.message ?? 'invalid value'}`);
}

/** Reads `.env` in the working folder (real environment variables win), then validates. */
export function loadSettings(cwd: string = process.cwd(), env: NodeJS.ProcessEnv = process.env): Settings {
  return parseSettings({ ...readDotEnv(join(cwd, '.env')), ...env });
}

function readDotEnv(path: string): Record<string, string | undefined> {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return {};
    throw new PoInboxError('bad-setting', `bad setting file .env: ${(err as Error).message.split('\n')[0]}`);
  }
  return parseEnv(text);
}
