import { PoInboxError } from '../domain/errors.ts';
import { createApiToken, listApiTokens, revokeApiToken, TokenNameTakenError } from '../store/api-tokens.ts';
import { openStore } from '../store/open-store.ts';
import type { Settings } from './load-settings.ts';
import type { CliOutput } from './run-extract.ts';

/** `po-inbox tokens add NAME`: prints the token once; the store keeps only its hash. */
export async function runTokensAdd(name: string, settings: Settings, output: CliOutput): Promise<number> {
  if (!/^[\w.@-]{1,64}$/.test(name)) throw new PoInboxError('bad-setting', `'${name}' is not a token name (1 to 64 letters, digits, or . _ - @)`);
  const store = await openStore(settings.DATABASE_URL);
  try {
    const { token } = await createApiToken(store.db, name);
    output.stdout(`${token}\n`);
    return 0;
  } catch (err) {
    if (err instanceof TokenNameTakenError) throw new PoInboxError('bad-setting', err.message);
    throw err;
  } finally {
    await store.close();
  }
}

/** `po-inbox tokens list`: one line per token: name, created, last used, state (never the token). */
export async function runTokensList(settings: Settings, output: CliOutput): Promise<number> {
  const store = await openStore(settings.DATABASE_URL);
  try {
    for (const t of await listApiTokens(store.db)) {
      const state = t.revokedAt ? `revoked ${t.revokedAt}` : 'active';
      output.stdout(`${t.name}\tcreated ${t.createdAt}\tlast used ${t.lastUsedAt ?? 'never'}\t${state}\n`);
    }
    return 0;
  } finally {
    await store.close();
  }
}

/** `po-inbox tokens revoke NAME`: the token answers 401 from the next request on. */
export async function runTokensRevoke(name: string, settings: Settings, output: CliOutput): Promise<number> {
  const store = await openStore(settings.DATABASE_URL);
  try {
    const revoked = await revokeApiToken(store.db, { name });
    if (revoked === 0) throw new PoInboxError('bad-setting', `there is no active token named ${name} (po-inbox tokens list)`);
    output.stdout(`revoked ${name}\n`);
    return 0;
  } finally {
    await store.close();
  }
}
