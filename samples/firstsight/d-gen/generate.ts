// Rebuilds samples/firstsight/d byte for byte: node_modules/.bin/tsx samples/firstsight/d-gen/generate.ts [outDir]
import fs from 'node:fs';
import path from 'node:path';
import type { Case } from './tpl.ts';
import { casesEn1 } from './cases-en1.ts';
import { casesEn2 } from './cases-en2.ts';
import { casesSheets } from './cases-sheets.ts';
import { casesIntl } from './cases-intl.ts';
import { casesScan } from './cases-scan.ts';
import { casesNeg } from './cases-neg.ts';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const out = path.resolve(process.argv[2] ?? path.join(ROOT, 'samples/firstsight/d'));
const only = process.argv[3];

export const allCases: Case[] = [...casesEn1, ...casesEn2, ...casesSheets, ...casesIntl, ...casesScan, ...casesNeg].sort((a, b) => a.name.localeCompare(b.name));

async function main() {
  fs.mkdirSync(out, { recursive: true });
  const names = new Set<string>();
  for (const c of allCases) {
    if (names.has(c.name)) throw new Error('duplicate ' + c.name);
    names.add(c.name);
    if (only && !c.name.startsWith(only)) continue;
    const file = `${c.name}.${c.ext}`;
    const { data, truth } = await c.build({ file });
    fs.writeFileSync(path.join(out, file), data);
    fs.writeFileSync(path.join(out, `${c.name}.truth.json`), JSON.stringify(truth, null, 2) + '\n');
    console.log(file.padEnd(44), String(data.length).padStart(8));
  }
  if (!only) fs.writeFileSync(path.join(out, 'MANIFEST.md'), manifest(allCases));
}

function manifest(cases: Case[]): string {
  const head = fs.readFileSync(path.join(import.meta.dirname, 'manifest-head.md'), 'utf8');
  const rows = cases.map((c) => `| \`${c.name}.${c.ext}\` | ${c.kind} | ${c.lang} | ${c.what.replace(/\|/g, '\\|')} |`);
  return `${head}\n| file | kind | language | what it is |\n| --- | --- | --- | --- |\n${rows.join('\n')}\n`;
}

await main();
