import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * The environment wrangler runs under in tests: offline (no metrics, no Cloudflare request
 * metadata, no update check behind the banner) and writing its config and logs to a temporary
 * folder rather than $HOME.
 */
export async function wranglerEnv(): Promise<{ dir: string; env: NodeJS.ProcessEnv }> {
  const dir = await mkdtemp(join(tmpdir(), 'po-wrangler-'));
  return {
    dir,
    env: {
      ...process.env,
      WRANGLER_SEND_METRICS: 'false',
      CLOUDFLARE_CF_FETCH_ENABLED: 'false',
      WRANGLER_HIDE_BANNER: 'true',
      XDG_CONFIG_HOME: join(dir, 'config'),
      WRANGLER_LOG_PATH: join(dir, 'logs'),
      NO_COLOR: '1',
      FORCE_COLOR: '0',
    },
  };
}
