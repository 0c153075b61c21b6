import { appendFile, mkdtemp, readdir, readFile, rm, writeFile, copyFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseSettings } from '../src/cli/load-settings.ts';
import { silentLogger } from '../src/domain/logger.ts';
import { startWorker, type Worker } from '../src/main/start-worker.ts';
import { openStore, type Store } from '../src/store/open-store.ts';
import { makePoPdf, samplePo } from './fixtures/make-po-pdf.ts';
import { SAMPLES_CORPUS } from './fixtures/shared-folder.ts';
import { waitFor } from './support/wait-for.ts';

// The drop folder, the embedded default source: each file is read once it has stopped changing,
// becomes one draft or one recorded failure, and is moved to processed/ or failed/.

let dir: string;
let inbox: string;
let store: Store;
let worker: Worker;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'po-drop-'));
  inbox = join(dir, 'inbox');
  const settings = parseSettings({ DATABASE_URL: `sqlite:${join(dir, 'po.db')}`, INBOX_DIR: inbox });
  store = await openStore(settings.DATABASE_URL);
  worker = await startWorker(settings, store, silentLogger, { folderPollMs: 100, folderQuietMs: 400 });
});

afterAll(async () => {
  await worker?.stop();
  await store?.close();
  await rm(dir, { recursive: true, force: true });
});

async function ledgerRow(fileName: string) {
  return store.db.selectFrom('messages').selectAll().where('file_name', '=', fileName).execute();
}

async function draftsOf(messageId: string) {
  return store.db.selectFrom('drafts').select(['id', 'po_number', 'order_json']).where('message_id', '=', messageId).execute();
}

describe('drop folder', () => {
  it('turns an email, a PDF and a spreadsheet into drafts and moves them to processed/', async () => {
    const files = ['email-pdf-en-01.eml', 'file-pdf-en-01.pdf', 'file-xlsx-en-01.xlsx'];
    for (const name of files) await copyFile(join(SAMPLES_CORPUS, name), join(inbox, name));
    await waitFor(async () => (await readdir(join(inbox, 'processed'))).length === files.length, 'three files in processed/', 20_000);
    for (const name of files) {
      const rows = await ledgerRow(name);
      expect(rows, name).toHaveLength(1);
      expect(rows[0]).toMatchObject({ status: 'done', outcome: 'drafts', settled: 1 });
      const drafts = await draftsOf(rows[0]!.id);
      expect(drafts.length, name).toBeGreaterThanOrEqual(1);
      const truth = JSON.parse(await readFile(join(SAMPLES_CORPUS, `${name}.truth.json`), 'utf8'));
      expect(drafts.map((d) => d.po_number)).toContain(truth.orders[0].poNumber);
    }
    expect((await readdir(inbox)).sort()).toEqual(['failed', 'processed']);
  });

  it('renders the pages of a draft waiting for review into the store, for the review desk', async () => {
    await copyFile(join(SAMPLES_CORPUS, 'email-pdf-en-08.eml'), join(inbox, 'review-me.eml'));
    await waitFor(async () => (await readdir(join(inbox, 'processed'))).includes('review-me.eml'), 'review-me.eml processed', 20_000);
    const [row] = await ledgerRow('review-me.eml');
    const pending = await store.db.selectFrom('drafts').select('id').where('message_id', '=', row!.id).where('status', '=', 'pending').execute();
    expect(pending.length).toBeGreaterThan(0);
    const pdfs = await store.db.selectFrom('documents').select(['position', 'pages']).where('message_id', '=', row!.id).where('media_type', '=', 'application/pdf').execute();
    const expected = pdfs.reduce((n, d) => n + Math.min(d.pages ?? 1, 10), 0);
    expect(expected).toBeGreaterThan(0);
    const images = () => store.db.selectFrom('page_images').select(['position', 'page', 'png']).where('message_id', '=', row!.id).execute();
    await waitFor(async () => (await images()).length === expected, 'page images stored', 60_000);
    for (const image of await images()) expect(Buffer.from(image.png).subarray(1, 4).toString()).toBe('PNG');
    // With no customer master loaded nothing passes straight through (issue 18): the first mail
    // of the folder, clean as it is, waits for a rep too.
    const [first] = await ledgerRow('email-pdf-en-01.eml');
    const held = await store.db.selectFrom('drafts').select(['status', 'order_json']).where('message_id', '=', first!.id).execute();
    expect(held.map((d) => d.status)).toEqual(['pending']);
    expect(JSON.parse(held[0]!.order_json).reviewReasons.join('\n')).toMatch(/no customer master is loaded/);
  });

  it('records bad files as failures with a one-line reason in failed/, and goes on', async () => {
    await writeFile(join(inbox, 'empty.pdf'), '');
    await writeFile(join(inbox, 'broken.pdf'), '%PDF-1.4\n1 0 obj << /Type /Catalog >>\ngarbage');
    await writeFile(join(inbox, 'fine.pdf'), await makePoPdf(samplePo(11)));
    await waitFor(async () => (await readdir(join(inbox, 'failed'))).length === 4, 'two files and two reasons in failed/', 20_000);
    await waitFor(async () => (await readdir(join(inbox, 'processed'))).includes('fine.pdf'), 'fine.pdf processed', 20_000);
    for (const name of ['empty.pdf', 'broken.pdf']) {
      const [row] = await ledgerRow(name);
      expect(row).toMatchObject({ status: 'failed', settled: 1 });
      const reason = await readFile(join(inbox, 'failed', `${name}.error.txt`), 'utf8');
      expect(reason.trim()).toBe(row!.last_error);
      expect(reason.trim().split('\n')).toHaveLength(1);
      expect(await draftsOf(row!.id)).toEqual([]);
    }
    expect((await readFile(join(inbox, 'failed', 'empty.pdf.error.txt'), 'utf8')).trim()).toBe('empty file (0 bytes)');
  });

  it('does not read a file that is still being written', async () => {
    const pdf = Buffer.from(await makePoPdf(samplePo(12)));
    const path = join(inbox, 'slow-scan.pdf');
    const half = Math.floor(pdf.length / 2);
    await writeFile(path, pdf.subarray(0, half));
    for (let i = 0; i < 6; i += 1) {
      await new Promise((r) => setTimeout(r, 150));
      await appendFile(path, pdf.subarray(half + Math.floor((i * (pdf.length - half)) / 6), half + Math.floor(((i + 1) * (pdf.length - half)) / 6)));
    }
    await waitFor(async () => (await readdir(join(inbox, 'processed'))).includes('slow-scan.pdf'), 'slow-scan.pdf processed', 20_000);
    const rows = await ledgerRow('slow-scan.pdf');
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ status: 'done', outcome: 'drafts', size: pdf.length });
  });

  it('ignores temporary names and dot files', async () => {
    await writeFile(join(inbox, 'upload.pdf.part'), await makePoPdf(samplePo(13)));
    await writeFile(join(inbox, '.hidden.pdf'), await makePoPdf(samplePo(14)));
    await new Promise((r) => setTimeout(r, 1500));
    expect((await readdir(inbox)).sort()).toEqual(['.hidden.pdf', 'failed', 'processed', 'upload.pdf.part']);
    expect(await ledgerRow('upload.pdf.part')).toEqual([]);
    await rm(join(inbox, 'upload.pdf.part'));
    await rm(join(inbox, '.hidden.pdf'));
  });

  it('takes the same file dropped again as a duplicate: moved to processed/, no second draft', async () => {
    const before = await store.db.selectFrom('drafts').select('id').execute();
    await copyFile(join(SAMPLES_CORPUS, 'email-pdf-en-01.eml'), join(inbox, 'again.eml'));
    await waitFor(async () => (await readdir(join(inbox, 'processed'))).includes('again.eml'), 'again.eml processed', 20_000);
    const [row] = await ledgerRow('again.eml');
    expect(row).toMatchObject({ status: 'done', outcome: 'duplicate' });
    expect(await store.db.selectFrom('drafts').select('id').execute()).toHaveLength(before.length);
  });
});
