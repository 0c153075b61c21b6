// The truths as first written left out `source.documents` (and an email's `file`), which the
// contract requires and the scorer uses to tell scans from text. This fills them in mechanically,
// without reading any document: the parts of each mail as MIME lists them (mailparser), the
// method from the media type, and "ocr" for the inputs MANIFEST.md classes as scans or photos.
// Run once after generate.ts: node_modules/.bin/tsx samples/firstsight/f-gen/fill-sources.ts
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { simpleParser } from 'mailparser';

const DIR = join(import.meta.dirname, '..', 'f');
const manifest = readFileSync(join(import.meta.dirname, 'MANIFEST.md'), 'utf8');
const scans = new Set([...manifest.matchAll(/^\| (\S+) \| PO, (?:scan|phone photo|scanned PDF)/gm)].map((m) => m[1]));
const MEDIA: Record<string, string> = { '.pdf': 'application/pdf', '.tif': 'image/tiff', '.tiff': 'image/tiff', '.jpg': 'image/jpeg', '.jpeg': 'image/jpeg', '.png': 'image/png', '.csv': 'text/csv', '.txt': 'text/plain', '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' };
const method = (mediaType: string, scan: boolean) => (mediaType.startsWith('image/') || (scan && mediaType === 'application/pdf') ? 'ocr' : mediaType === 'application/pdf' ? 'pdf-text' : /sheet|csv|excel/.test(mediaType) ? 'spreadsheet' : 'text');

for (const truthFile of readdirSync(DIR).filter((f) => f.endsWith('.truth.json'))) {
  const input = truthFile.slice(0, -'.truth.json'.length);
  const truth = JSON.parse(readFileSync(join(DIR, truthFile), 'utf8'));
  if (Array.isArray(truth.source.documents)) continue;
  const scan = scans.has(input);
  if (extname(input) === '.eml') {
    const mail = await simpleParser(readFileSync(join(DIR, input)));
    const body = mail.text || mail.html ? [{ name: 'body', mediaType: mail.html && !mail.text ? 'text/html' : 'text/plain', method: 'text', pages: null }] : [];
    const parts = mail.attachments.map((a, i) => ({ name: a.filename ?? `attachment-${i + 1}`, mediaType: a.contentType, method: method(a.contentType, scan), pages: null }));
    truth.source = { ...truth.source, file: input, documents: [...body, ...parts] };
  } else {
    const mediaType = MEDIA[extname(input).toLowerCase()] ?? 'application/octet-stream';
    truth.source = { ...truth.source, file: input, documents: [{ name: input, mediaType, method: method(mediaType, scan), pages: null }] };
  }
  writeFileSync(join(DIR, truthFile), `${JSON.stringify(truth, null, 2)}\n`);
}
console.log(`${scans.size} scans named in the manifest`);
