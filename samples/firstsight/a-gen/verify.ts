// Independent re-read: parse every .eml with mailparser, extract PDF text with pdfjs/pdf-parse, dump images for eyeballing.
import fs from 'node:fs'; import path from 'node:path';
import { simpleParser } from 'mailparser';
import sharp from 'sharp';
const SET = path.resolve(import.meta.dirname, '../set'); const OUT = '/tmp/fresha-verify'; fs.mkdirSync(OUT, { recursive: true });
const { PDFParse } = await import('pdf-parse').catch(() => ({} as any));
const pdfText = async (buf: Buffer) => { const mod: any = await import('pdf-parse'); if (mod.PDFParse) { const p = new mod.PDFParse({ data: buf }); const r = await p.getText(); return r.text; } return (await (mod.default ?? mod)(buf)).text; };
let bad = 0;
for (const f of fs.readdirSync(SET).filter((f) => /^t\d+\.(eml|pdf)$/.test(f)).sort()) {
  const truth = JSON.parse(fs.readFileSync(path.join(SET, f.replace(/\.\w+$/, '.truth.json')), 'utf8'));
  let texts: string[] = []; let parts: string[] = [];
  const handle = async (name: string, ct: string, buf: Buffer) => {
    parts.push(`${name} [${ct}]`);
    if (ct === 'application/pdf') { const t = await pdfText(buf); texts.push(t); if (t.replace(/\s/g, '').length < 20) parts.push('(no text layer)'); }
    if (ct.startsWith('image/')) { await sharp(buf).resize(900).png().toFile(path.join(OUT, f + '.' + name + '.png')); }
    if (ct === 'message/rfc822') { const inner = await simpleParser(buf); texts.push(inner.text ?? ''); for (const a of inner.attachments) await handle(a.filename!, a.contentType, a.content); }
  };
  if (f.endsWith('.eml')) {
    const m = await simpleParser(fs.readFileSync(path.join(SET, f)));
    const ok = m.messageId === truth.source.messageId && m.date?.toISOString() === truth.source.receivedAt && m.subject === truth.source.subject && m.from?.value[0].address?.toLowerCase() === truth.source.from;
    if (!ok) { bad++; console.log('HEADER MISMATCH', f, m.messageId, m.date?.toISOString(), m.from?.value[0].address); }
    texts.push(m.text ?? '');
    for (const a of m.attachments) await handle(a.filename!, a.contentType, a.content);
  } else await handle(f, 'application/pdf', fs.readFileSync(path.join(SET, f)));
  const all = texts.join('\n');
  const pos = truth.orders.map((o: any) => o.poNumber).filter(Boolean);
  const miss = pos.filter((p: string) => !all.includes(p));
  console.log(f.padEnd(8), parts.join(', ').slice(0, 110), miss.length ? ' PO-not-in-text:' + miss.join(',') : '');
}
console.log('header mismatches', bad);
