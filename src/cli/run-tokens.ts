import { createApiToken } from '../store/api-tokens.ts';
import { openStore } from '../store/open-store.ts';
import type { Settings } from './load-settings.ts';
import type { CliOutput } from './run-extract.ts';

/** `po-inbox tokens add NAME`: prints the token once; the store keeps only its hash. */
export async function runTokensAdd(name: string, settings: Settings, output: CliOutput): Promise<number> {
  const store = await openStore(settings.DATABASE_URL);
  try {
    const { token } = await createApiToken(store.db, name);
    output.stdout(`${token}\n`);
    return 0;
  } finally {
    await store.close();
  }
}
