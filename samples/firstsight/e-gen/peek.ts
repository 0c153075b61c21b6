// Developer aid: prints what a mail or PDF of the set holds (text layer, page count) or renders an image to /tmp/peek.png.
import sharp from 'sharp';
import { readFileSync } from 'node:fs';
import { PDFParse } from 'pdf-parse';
import { simpleParser } from 'mailparser';
const f = process.argv[2];
const pdf = async (b: Buffer) => { const p = new PDFParse({ data: new Uint8Array(b) }); const t = await p.getText(); console.log('pages', t.total); console.log(t.text.slice(0, Number(process.argv[3] ?? 2500))); };
if (f.endsWith('.pdf')) await pdf(readFileSync(f));
else if (f.endsWith('.eml')) {
  const m = await simpleParser(readFileSync(f));
  console.log(m.subject, '|', m.from?.text, '|', m.date?.toISOString());
  console.log((m.text ?? '').slice(0, 1500));
  for (const a of m.attachments) { console.log('ATT', a.filename, a.contentType, a.size); if (a.contentType === 'application/pdf') await pdf(a.content); }
} else await sharp(f).resize(1000).png().toFile('/tmp/peek.png');
if (process.argv[4]) {
  const m = await simpleParser(readFileSync(f));
  const a = m.attachments.find((x) => x.contentType === 'application/pdf')!;
  const p = new PDFParse({ data: new Uint8Array(a.content) });
  const s = await p.getScreenshot({ scale: 1.3, partial: [Number(process.argv[4])] } as any);
  (await import('node:fs')).writeFileSync('/tmp/peek.png', Buffer.from(s.pages[0].data));
}
