import { execFile } from 'node:child_process';
import { readdir, rm, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { wranglerEnv } from './support/wrangler-env.ts';

// The Workers build in CI: a change that makes the Worker unbundleable (a Node-only import
// reachable from src/edge, a missing package) fails here, and the web folder must type-check
// without Node's types.

const ROOT = resolve(import.meta.dirname, '..');
const run = promisify(execFile);
let tmp: string | undefined;

afterAll(async () => {
  if (tmp) await rm(tmp, { recursive: true, force: true });
});

describe('the Worker builds', () => {
  it('bundles with wrangler deploy --dry-run and prints the bundle size', async () => {
    const { dir, env } = await wranglerEnv();
    tmp = dir;
    const outdir = join(dir, 'dist');
    const started = Date.now();
    const { stdout } = await run(process.execPath, [join(ROOT, 'node_modules/wrangler/bin/wrangler.js'), 'deploy', '--dry-run', '--outdir', outdir], {
      cwd: ROOT,
      env,
      timeout: 60_000,
    });
    const files = await readdir(outdir);
    expect(files).toContain('worker.js');
    const bytes = (await stat(join(outdir, 'worker.js'))).size;
    const upload = /Total Upload: ([^\n]+)/.exec(stdout)?.[1]?.trim() ?? 'unknown';
    console.log(`worker bundle: ${(bytes / 1024).toFixed(1)} KiB (wrangler: ${upload}) in ${Date.now() - started} ms`);
    expect(stdout).toContain('env.HYPERDRIVE');
    // Workers' limit after compression is 3 MiB (free) / 10 MiB (paid); stay well under the smaller.
    expect(bytes).toBeLessThan(3 * 1024 * 1024);
  });

  it('type-checks src/web without Node types (tsconfig.web.json)', async () => {
    const result = await run(process.execPath, [join(ROOT, 'node_modules/typescript/bin/tsc'), '--noEmit', '-p', join(ROOT, 'tsconfig.web.json')], {
      cwd: ROOT,
      timeout: 60_000,
    }).catch((err: { stdout?: string }) => ({ stdout: err.stdout ?? String(err), failed: true }));
    expect(result.stdout.trim()).toBe('');
  });
});
