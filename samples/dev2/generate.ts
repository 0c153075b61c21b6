// Second independent holdout set: `npx tsx samples/dev2/generate.ts` rewrites samples/dev2/corpus/.
// Deterministic: fixed Date headers, Message-IDs, MIME boundaries, PDF dates and pinned zip timestamps.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildMail, buildTruth, checkArithmetic, emailAddressOf } from './lib.ts';
import { bodyAfterEn07, bodyAsapEn08, bodyBulletsFr05, bodyHtmlEn02, bodyListEs06, bodyProseDe04, bodyReplyEn03, bodyTsvEn01, csvEn02, fwdEn02, twoPdfEn01, xlsxEn01, xlsxEn03 } from './mail-orders.ts';
import type { Sample } from './model.ts';
import { negCatalogueEs04, negConfThanksEn01, negOooFr06, negPoChangeEn03, negProformaEn02, negReminderEn05, negShipNoticeDe07 } from './negatives.ts';
import { pdfDe06, pdfEn01, pdfEn02, pdfEn03, pdfEn04, pdfEn05, pdfEn09, pdfEn10, pdfEs08, pdfFr07 } from './pdf-orders.ts';

const HERE = dirname(fileURLToPath(import.meta.url));
const OUT = join(HERE, 'corpus');

const SAMPLES: (() => Promise<Sample>)[] = [
  pdfEn01,
  pdfEn02,
  pdfEn03,
  pdfEn04,
  pdfEn05,
  pdfDe06,
  pdfFr07,
  pdfEs08,
  pdfEn09,
  pdfEn10,
  xlsxEn01,
  csvEn02,
  xlsxEn03,
  twoPdfEn01,
  fwdEn02,
  bodyTsvEn01,
  bodyHtmlEn02,
  bodyReplyEn03,
  bodyProseDe04,
  bodyBulletsFr05,
  bodyListEs06,
  bodyAfterEn07,
  bodyAsapEn08,
  negConfThanksEn01,
  negProformaEn02,
  negPoChangeEn03,
  negCatalogueEs04,
  negReminderEn05,
  negOooFr06,
  negShipNoticeDe07,
];

const decodeHtml = (s: string) =>
  s
    .replace(/<[^>]+>/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"');

function hasPdftotext(): boolean {
  try {
    execFileSync('pdftotext', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** refuse to write a label whose PO number / SKUs / contact are not in the sample, or whose page count or arithmetic is off */
function selfCheck(s: Sample, usePdftotext: boolean, tmp: string): void {
  const pdfText = new Map<string, string>();
  for (const p of s.pdfs) {
    const pages = (p.buf.toString('latin1').match(/\/Type \/Page\b(?!s)/g) ?? []).length;
    if (pages !== p.pages) throw new Error(`${s.file}: ${p.name} has ${pages} pages, drew ${p.pages}`);
    const doc = s.docs.find((d) => d.name === p.name);
    if (!doc || doc.pages !== pages) throw new Error(`${s.file}: documents entry for ${p.name} missing or wrong page count`);
    if (usePdftotext) {
      const f = join(tmp, 'x.pdf');
      writeFileSync(f, p.buf);
      pdfText.set(p.name, execFileSync('pdftotext', ['-layout', f, '-'], { encoding: 'utf8' }));
    }
  }
  const attachments = s.mail.attachments ?? [];
  for (const a of attachments) if (!s.docs.some((d) => d.name === a.filename)) throw new Error(`${s.file}: attachment ${a.filename} not in documents`);
  if (s.docs.length !== attachments.length + 1) throw new Error(`${s.file}: documents should be body + ${attachments.length} attachments`);
  const haystack = [s.mail.subject, s.mail.text ?? '', decodeHtml(s.mail.html ?? ''), ...s.attachmentText, ...pdfText.values()].join('\n').toLowerCase();
  const must = (what: string, v: string | null) => {
    if (v && !haystack.includes(v.toLowerCase())) throw new Error(`${s.file}: ${what} "${v}" not found in the sample`);
  };
  for (const o of s.orders) {
    checkArithmetic(s.file, o);
    must('poNumber', o.poNumber);
    must('contact', o.buyer.contactName);
    must('phone', o.buyer.phone);
    if (o.buyer.email && !haystack.includes(o.buyer.email) && emailAddressOf(s.mail.from) !== o.buyer.email) throw new Error(`${s.file}: buyer email not in the sample`);
    for (const l of o.lines) must('sku', l.sku);
    for (const a of [o.shipTo, o.billTo]) {
      if (!a) continue;
      must('postal code', a.postalCode);
      for (const part of (a.street ?? '').split('\n')) must('street', part);
    }
    // what pdftotext sees: the PO number and every SKU must survive text extraction
    for (const [name, t] of pdfText) {
      const inThisPdf = s.orders.length === 1 || t.includes(o.poNumber ?? '\u0000');
      if (!inThisPdf) continue;
      for (const l of o.lines) if (l.sku && !t.includes(l.sku)) throw new Error(`${s.file}: ${name}: pdftotext lost SKU ${l.sku}`);
      if (o.poNumber && !t.includes(o.poNumber)) throw new Error(`${s.file}: ${name}: pdftotext lost PO ${o.poNumber}`);
    }
  }
}

async function main(): Promise<void> {
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(OUT, { recursive: true });
  const usePdftotext = hasPdftotext();
  const tmp = mkdtempSync(join(tmpdir(), 'holdout2-'));
  const manifest: string[] = ['# Holdout 2 corpus manifest', '', '| file | PO | orders | urgency | review | notes |', '|---|---|---|---|---|---|'];
  const seen = new Set<string>();
  try {
    for (const make of SAMPLES) {
      const s = await make();
      if (seen.has(s.file)) throw new Error(`duplicate file ${s.file}`);
      seen.add(s.file);
      selfCheck(s, usePdftotext, tmp);
      const eml = await buildMail(s.mail);
      const truth = buildTruth(s.file, s.mail, s.docs, s.orders, s.notes);
      writeFileSync(join(OUT, s.file), eml);
      writeFileSync(join(OUT, `${s.file}.truth.json`), `${JSON.stringify(truth, null, 2)}\n`);
      const os = truth.orders;
      manifest.push(
        `| ${s.file} | ${truth.isPurchaseOrder ? 'yes' : 'no'} | ${os.map((o) => o.poNumber ?? '(none)').join(', ') || '-'} | ${os.map((o) => o.urgency.level).join(', ') || '-'} | ${os.map((o) => (o.needsReview ? 'yes' : 'no')).join(', ') || '-'} | ${s.notes[0].replace(/\|/g, '/')} |`,
      );
    }
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
  writeFileSync(join(OUT, 'MANIFEST.md'), `${manifest.join('\n')}\n`);
  process.stdout.write(`wrote ${seen.size} samples to ${OUT}${usePdftotext ? '' : ' (pdftotext not found: PDF text check skipped)'}\n`);
}

main().catch((err) => {
  process.stderr.write(`${err instanceof Error ? err.stack : String(err)}\n`);
  process.exit(1);
});
