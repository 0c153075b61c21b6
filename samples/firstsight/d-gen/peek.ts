// dev helper: render the PDF attachments (or PDF files) of given inputs to PNGs in /tmp/fsd/peek
import fs from 'node:fs';
import path from 'node:path';
import { simpleParser } from 'mailparser';
import { renderPdf } from './lib.ts';
const outDir = '/tmp/fsd/peek';
fs.mkdirSync(outDir, { recursive: true });
for (const f of process.argv.slice(2)) {
  const base = path.basename(f);
  let pdfs: [string, Buffer][] = [];
  if (f.endsWith('.eml')) {
    const m = await simpleParser(fs.readFileSync(f));
    pdfs = m.attachments.filter((a) => a.contentType === 'application/pdf').map((a) => [a.filename!, a.content]);
  } else if (f.endsWith('.pdf')) pdfs = [[base, fs.readFileSync(f)]];
  for (const [n, b] of pdfs) {
    const pages = await renderPdf(b, 1.3);
    pages.forEach((p, i) => fs.writeFileSync(path.join(outDir, `${base}-${n}-${i + 1}.png`.replace(/ /g, '_')), p));
  }
}
