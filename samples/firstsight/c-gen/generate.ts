// Rebuilds samples/firstsight/c byte for byte:  node_modules/.bin/tsx samples/firstsight/c-gen/generate.ts
process.env.TZ = 'UTC';
import { mkdirSync, writeFileSync, readdirSync, rmSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { rng } from './lib.ts';

// any library randomness (boundaries, ids) comes from a fixed seed
const seeded = rng(20261207);
Math.random = seeded;

const here = dirname(fileURLToPath(import.meta.url));
const out = join(here, '..', 'c');

async function main() {
  const { ERP_CASES } = await import('./cases-erp.ts');
  const { MAIL_CASES } = await import('./cases-mail.ts');
  const { SCAN_CASES } = await import('./cases-scan.ts');
  const { NEG_CASES } = await import('./cases-neg.ts');
  const all = [...ERP_CASES, ...MAIL_CASES, ...SCAN_CASES, ...NEG_CASES];
  const only = process.argv[2];
  mkdirSync(out, { recursive: true });
  if (!only) for (const f of readdirSync(out)) rmSync(join(out, f));
  const rows: string[] = [];
  for (const c of all) {
    if (only && !c.id.startsWith(only)) continue;
    const b = await c.build();
    for (const [name, data] of b.files) writeFileSync(join(out, name), data);
    const main = b.files[0][0];
    const truthName = main.replace(/\.[^.]+$/, '') + '.truth.json';
    writeFileSync(join(out, truthName), JSON.stringify(b.truth, null, 2) + '\n');
    rows.push(`| \`${main}\` | ${c.kind} | ${c.lang} | ${c.region} | ${c.what.replace(/\|/g, '/')} |`);
    console.log('built', main, b.files.map(([n, d]) => `${n}=${d.length}`).join(' '));
  }
  if (!only) {
    const { MANIFEST_HEAD, MANIFEST_TAIL } = await import('./manifest-text.ts');
    writeFileSync(join(out, 'MANIFEST.md'), MANIFEST_HEAD + '\n| file | kind | language | region | what it is |\n| --- | --- | --- | --- | --- |\n' + rows.join('\n') + '\n' + MANIFEST_TAIL);
  }
}
main().catch((e) => { console.error(e); process.exit(1); });
