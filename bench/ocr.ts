// `npm run bench:ocr [-- --runs 3 --pages 8]`: OCR speed through po-inbox's path (readInput:
// sharp preprocessing + the tesseract.js pool) against Debian's native `tesseract` on the same raw
// pages, in the same run, in wall and CPU seconds. The pages are generated here (a 300 dpi A4
// order, a G4 fax page), so the figures do not depend on any corpus. Installs tesseract-ocr with
// apt-get when it is missing. Prints figures and the load average; asserts nothing.
// Beside the whole path, one row times tesseract.js alone on the page po-inbox prepared against
// native tesseract on that same prepared page with the same model: the floor WebAssembly sets,
// which no preprocessing can get under. Throughput and peak RSS come from a fresh process that
// runs only the two-engine pool, so the one-engine runs before it do not count in its peak.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { gunzipSync } from 'node:zlib';
import sharp from 'sharp';
import { OcrPool } from '../src/documents/ocr/ocr-pool.ts';
import { DEFAULT_STEPS, preprocessPage } from '../src/documents/ocr/preprocess-page.ts';
import { DEFAULT_MAX_PIXELS } from '../src/documents/ocr/recognize-pages.ts';
import { closeOcr, readInput } from '../src/documents/read-input.ts';

interface Page {
  label: string;
  file: string;
  bytes: Uint8Array;
  dpi: number;
  /** Vertical resolution when it differs (fax). */
  dpiY?: number;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { runs: { type: 'string', default: '3' }, pages: { type: 'string', default: String(4 * availableParallelism()) }, 'pool-only': { type: 'string' } },
  });
  if (values['pool-only']) return measureThroughput(values['pool-only'], Number(values.pages));
  const runs = Number(values.runs);
  const dir = await mkdtemp(join(tmpdir(), 'po-inbox-bench-ocr-'));
  try {
    const pages = await writePages(dir);
    const native = ensureNativeTesseract();
    console.log(`bench:ocr  node ${process.version}  ${availableParallelism()} cores  ${runs} runs per figure (median)  native: ${native ?? 'not available'}`);
    const single = new OcrPool({ size: 1 });
    const start = await timed(() => readInput(pages[0].file, pages[0].bytes, { ocr: { pool: single } }));
    console.log(`first page with a cold engine (start + read): ${start.toFixed(2)} s`);
    console.log(`load average at start: ${toLoad()}`);
    console.log(`${'page (seconds per page, median)'.padEnd(LABEL_WIDTH)}${HEADERS.map((h, i) => h.padStart(WIDTHS[i])).join('')}`);
    const ownModel = native ? await writeOwnModel(dir) : null;
    for (const page of pages) await comparePage(page, single, runs, ownModel);
    await single.close();
    console.log(`peak RSS of this process: ${toPeakRss()} (one OCR engine, then closed)`);
    runPoolOnly(pages[0], Number(values.pages));
    console.log(`load average at end: ${toLoad()} (${availableParallelism()} cores)`);
  } finally {
    await closeOcr();
    await rm(dir, { recursive: true, force: true });
  }
}

// Ours and native alternate, so a change in the machine's load falls on both alike. CPU seconds
// (every thread of ours, the whole native process) are shown beside wall time: on a shared
// machine they move far less with the load than wall time does. Native runs twice: with Debian's
// eng model (tessdata_fast, a smaller network) and with po-inbox's own (4.0.0_best_int), so the
// cost of the model and the cost of WebAssembly and our path can be told apart.
async function comparePage(page: Page, pool: OcrPool, runs: number, ownModel: string | null): Promise<void> {
  const ours: Timing[] = [];
  const debian: Timing[] = [];
  const same: Timing[] = [];
  const engine: Timing[] = [];
  const engineNative: Timing[] = [];
  const prepared = await preparePage(page);
  for (let i = 0; i < runs; i++) {
    ours.push(await timedCpu(() => readInput(page.file, page.bytes, { ocr: { pool } })));
    if (ownModel) debian.push(runNative(page, null));
    if (ownModel) same.push(runNative(page, ownModel));
    engine.push(await timedCpu(() => pool.recognize('eng', { image: prepared.png, dpi: prepared.dpi, deskew: false })));
    if (ownModel) engineNative.push(runNative(prepared.page, ownModel));
  }
  const ratio = (x: number, y: number | undefined) => (y ? `${(x / y).toFixed(2)}x` : '-');
  let a = toMedian(ours);
  const row = (label: string, b: Timing | null) => {
    const cells = [a.wall.toFixed(2), b?.wall.toFixed(2) ?? '-', ratio(a.wall, b?.wall), a.cpu.toFixed(2), b?.cpu.toFixed(2) ?? '-', ratio(a.cpu, b?.cpu)];
    console.log(`${label.padEnd(LABEL_WIDTH)}${cells.map((c, i) => c.padStart(WIDTHS[i])).join('')}`);
  };
  console.log(page.label);
  row('  vs native, Debian eng model', ownModel ? toMedian(debian) : null);
  row("  vs native, po-inbox's model", ownModel ? toMedian(same) : null);
  a = toMedian(engine);
  row('  engine alone, prepared page (same model)', ownModel ? toMedian(engineNative) : null);
}

/** The page as po-inbox hands it to tesseract, written beside the raw one for native to read. */
async function preparePage(page: Page): Promise<{ png: Buffer; dpi: number; page: Page }> {
  const source = { bytes: page.bytes, pageIndex: 0, number: 1, dpi: { x: page.dpi, y: page.dpiY ?? page.dpi }, unitsPerPixel: 1 };
  const prepared = await preprocessPage(source, DEFAULT_STEPS, DEFAULT_MAX_PIXELS);
  const file = page.file.replace(/\.\w+$/, '.prepared.png');
  await writeFile(file, prepared.png);
  return { png: prepared.png, dpi: prepared.dpi, page: { ...page, file, bytes: new Uint8Array(prepared.png), dpi: Math.round(prepared.dpi) } };
}

interface Timing {
  wall: number;
  cpu: number;
}

const HEADERS = ['po-inbox s', 'native s', 'ratio', 'po-inbox cpu s', 'native cpu s', 'cpu ratio'];
const LABEL_WIDTH = 44;
const WIDTHS = HEADERS.map((h) => h.length + 3);

async function timedCpu(work: () => Promise<unknown>): Promise<Timing> {
  const [wall, cpu] = [performance.now(), process.cpuUsage()];
  await work();
  const used = process.cpuUsage(cpu);
  return { wall: (performance.now() - wall) / 1000, cpu: (used.user + used.system) / 1e6 };
}

function toMedian(timings: Timing[]): Timing {
  const mid = (values: number[]) => values.sort((x, y) => x - y)[Math.floor(values.length / 2)];
  return { wall: mid(timings.map((t) => t.wall)), cpu: mid(timings.map((t) => t.cpu)) };
}

/** Runs the throughput figure in a fresh process of its own and prints what it says. */
function runPoolOnly(page: Page, count: number): void {
  const args = ['--import', 'tsx', fileURLToPath(import.meta.url), '--pool-only', page.file, '--pages', String(count)];
  const run = spawnSync(process.execPath, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  if (run.status !== 0) throw new Error(`the pool-only run failed (exit ${run.status})`);
  process.stdout.write(run.stdout);
}

// Documents side by side, as the worker would meet them: the shared pool spreads their pages
// over every core.
async function measureThroughput(file: string, count: number): Promise<void> {
  const bytes = new Uint8Array(await readFile(file));
  try {
    await readInput(file, bytes); // starts the shared pool's first engine
    const seconds = await timed(() => Promise.all(Array.from({ length: count }, () => readInput(file, bytes))));
    console.log(
      `pool on ${availableParallelism()} cores: ${count} pages of ${file.split('/').pop()} in ${seconds.toFixed(1)} s = ${((count / seconds) * 60).toFixed(0)} pages/min`,
    );
    console.log(`peak RSS with ${availableParallelism()} OCR engines: ${toPeakRss()} (a fresh process: the main thread and every OCR worker thread)`);
  } finally {
    await closeOcr();
  }
}

function toPeakRss(): string {
  return `${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`;
}

// The same psm and resolution as po-inbox, one thread (OpenMP would otherwise use every core).
// bash's `times` reports the CPU seconds of the child it ran.
function runNative(page: Page, tessdataDir: string | null): Timing {
  const args = [page.file, 'stdout', '--psm', '4', '--dpi', String(page.dpi), '-l', 'eng', ...(tessdataDir ? ['--tessdata-dir', tessdataDir] : [])];
  const script = '"$@" >/dev/null 2>&1; status=$?; times; exit $status';
  const started = performance.now();
  const run = spawnSync('bash', ['-c', script, 'native', 'tesseract', ...args], { env: { ...process.env, OMP_THREAD_LIMIT: '1' }, encoding: 'utf8' });
  const wall = (performance.now() - started) / 1000;
  if (run.status !== 0) throw new Error(`native tesseract failed (exit ${run.status})`);
  const children = run.stdout.trim().split('\n')[1] ?? '';
  const cpu = [...children.matchAll(/(\d+)m([\d.]+)s/g)].reduce((sum, m) => sum + Number(m[1]) * 60 + Number(m[2]), 0);
  return { wall, cpu };
}

/** A tessdata folder holding po-inbox's own eng model, unpacked, for native tesseract. */
async function writeOwnModel(dir: string): Promise<string> {
  const require = createRequire(import.meta.url);
  const packed = await readFile(join(dirname(require.resolve('@tesseract.js-data/eng/package.json')), '4.0.0_best_int', 'eng.traineddata.gz'));
  const folder = join(dir, 'tessdata');
  await mkdir(folder);
  await writeFile(join(folder, 'eng.traineddata'), gunzipSync(packed));
  return folder;
}

/** The native tesseract version, installing it from Debian when missing; null if that fails. */
function ensureNativeTesseract(): string | null {
  const version = () => spawnSync('tesseract', ['--version'], { encoding: 'utf8' }).stdout?.split('\n')[0] || null;
  if (version()) return version();
  const install = () =>
    spawnSync('apt-get', ['install', '-y', 'tesseract-ocr', 'tesseract-ocr-eng'], { stdio: 'ignore', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } }).status === 0;
  console.log('installing tesseract-ocr with apt-get ...');
  if (!install()) {
    spawnSync('apt-get', ['update'], { stdio: 'ignore' });
    install();
  }
  return version();
}

async function writePages(dir: string): Promise<Page[]> {
  const a4 = await sharp(orderSvg(2480, 3508, 42))
    .flatten({ background: '#ffffff' })
    .greyscale()
    .withMetadata({ density: 300 })
    .png()
    .toBuffer();
  // A fax in "fine" mode (204 x 196 dpi, nearly square), bilevel G4, fed in slightly crooked.
  const fax = await sharp(orderSvg(1728, 2292, 29))
    .flatten({ background: '#ffffff' })
    .rotate(0.7, { background: '#ffffff' })
    .resize(1728, 2292, { fit: 'cover' })
    .extractChannel(0)
    .toColourspace('b-w')
    .tiff({ compression: 'ccittfax4', bitdepth: 1, xres: 204 / 25.4, yres: 196 / 25.4, resolutionUnit: 'inch' })
    .toBuffer();
  const pages = [
    { label: '300 dpi A4 order (PNG, 2480x3508)', file: join(dir, 'order-300dpi.png'), bytes: new Uint8Array(a4), dpi: 300 },
    { label: 'fax page (G4 TIFF, 204x196 dpi)', file: join(dir, 'fax-fine.tif'), bytes: new Uint8Array(fax), dpi: 204, dpiY: 196 },
  ];
  for (const page of pages) await writeFile(page.file, page.bytes);
  return pages;
}

/** A purchase order of about 250 words: letterhead, addresses, a 16-line table, totals. */
function orderSvg(width: number, height: number, size: number): Buffer {
  const at = (x: number, y: number, text: string, scale = 1) => `<text x="${x * width}" y="${y * height}" font-size="${size * scale}" font-family="DejaVu Sans">${text}</text>`;
  const head = [
    at(0.06, 0.05, 'ACME Industrial Supplies Ltd', 1.6),
    at(0.62, 0.05, 'PURCHASE ORDER', 1.4),
    at(0.06, 0.08, '12 Harbour Road, Bristol BS1 4QA, United Kingdom'),
    at(0.62, 0.09, 'PO Number: 4500187276'),
    at(0.62, 0.11, 'Date: 04/04/2024'),
    at(0.06, 0.15, 'Ship to: Northern Depot, Unit 7, Leeds LS9 8AB'),
    at(0.06, 0.17, 'Contact: Jane Buyer, jane.buyer@acme-supplies.example, +44 117 496 0123'),
    at(0.06, 0.22, 'Item'),
    at(0.2, 0.22, 'Description'),
    at(0.62, 0.22, 'Qty'),
    at(0.72, 0.22, 'Unit price'),
    at(0.87, 0.22, 'Amount'),
  ];
  const rows = Array.from({ length: 16 }, (_, i) => {
    const y = 0.25 + i * 0.028;
    const qty = 5 + ((i * 7) % 40);
    const price = 1.25 + i * 0.75;
    return [
      at(0.06, y, `A-${1000 + i * 37}`),
      at(0.2, y, `Hex bolt M${6 + (i % 6) * 2} x ${20 + i * 5} zinc plated`),
      at(0.62, y, String(qty)),
      at(0.72, y, price.toFixed(2)),
      at(0.87, y, (qty * price).toFixed(2)),
    ].join('');
  });
  const foot = [
    at(0.62, 0.74, 'Subtotal'),
    at(0.62, 0.76, 'VAT 20%'),
    at(0.62, 0.78, 'Total GBP'),
    at(0.06, 0.85, 'Please deliver by 31/05/2024 and quote our PO number on every delivery note.'),
  ];
  return Buffer.from(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><rect width="100%" height="100%" fill="white"/>${[...head, ...rows, ...foot].join('')}</svg>`,
  );
}

function toLoad(): string {
  return loadavg()
    .map((n) => n.toFixed(2))
    .join(' ');
}

async function timed(work: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await work();
  return (performance.now() - started) / 1000;
}

main().then(
  () => process.exit(0),
  (err: unknown) => {
    process.stderr.write(`bench:ocr: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exit(1);
  },
);
