// The code is kept in one format (biome.json: Biome's formatter, the rules Prettier would apply).
// `npm run format` writes it; this test fails, naming the files, when a change was not formatted.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));

describe('formatting', () => {
  it('leaves every source file as `npm run format` writes it', () => {
    const run = spawnSync(`${root}node_modules/.bin/biome`, ['format', '--reporter=github', '.'], { cwd: root, encoding: 'utf8' });
    expect(run.error).toBeUndefined();
    const unformatted = [...`${run.stdout}\n${run.stderr}`.matchAll(/^::error title=format,file=([^,]+)/gm)].map((m) => m[1].replace(root, ''));
    expect({ status: run.status, unformatted }, 'run `npm run format`').toEqual({ status: 0, unformatted: [] });
  }, 60_000);
});
