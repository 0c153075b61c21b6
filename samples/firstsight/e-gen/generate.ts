// Rebuilds samples/firstsight/e byte for byte: node_modules/.bin/tsx samples/firstsight/e-gen/generate.ts
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { items } from './kit.ts';
import { monday } from './mon.ts';
import { tuesday } from './tue.ts';
import { wednesday } from './wed.ts';
import { thursday } from './thu.ts';
import { friday } from './fri.ts';

const out = join(dirname(fileURLToPath(import.meta.url)), '..', 'e');
await monday();
await tuesday();
await wednesday();
await thursday();
await friday();
const only = process.argv[2];
if (!only) { rmSync(out, { recursive: true, force: true }); }
mkdirSync(out, { recursive: true });
const seen = new Set<string>();
for (const it of items) {
  if (seen.has(it.name)) throw new Error(`duplicate input name ${it.name}`);
  seen.add(it.name);
  const base = it.name.replace(/\.[^.]+$/, '');
  writeFileSync(join(out, it.name), it.bytes);
  writeFileSync(join(out, base + '.truth.json'), JSON.stringify(it.truth, null, 2) + '\n');
}
console.log(`wrote ${items.length} inputs to ${out}`);
