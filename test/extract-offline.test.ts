import { spawnSync } from 'node:child_process';
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BIN } from './fixtures/run-cli.ts';

// `po-inbox extract` on a fax TIFF with no network at all: the language data, the WebAssembly core
// and everything else tesseract.js needs come from node_modules. The process runs in a network
// namespace of its own (`unshare -n`: only a loopback that is down) where unshare works; elsewhere
// every socket connect is made to throw first. Nothing is written into the working folder either
// (tesseract.js caches traineddata there unless told not to).

const WIDTH = 1700;

async function faxTiff(): Promise<Buffer> {
  const lines = [
    [60, 'PURCHASE ORDER', 56],
    [160, 'PO Number: 4500771234', 34],
    [210, 'Order Date: 03/02/2026', 34],
    [320, 'Item No.      Description               Qty      Unit Price      Amount', 30],
    [380, 'HB-M8-40      Hex bolt M8 x 40 zinc      100      0.35            35.00', 30],
    [430, 'WS-M8         Washer M8 zinc             200      0.05            10.00', 30],
    [540, 'Total  45.00', 30],
  ] as const;
  const text = lines.map(([y, t, size]) => `<text x="80" y="${y}" font-size="${size}" font-family="DejaVu Sans Mono" xml:space="preserve">${t}</text>`).join('');
  const svg = Buffer.from(`<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="700"><rect width="100%" height="100%" fill="white"/>${text}</svg>`);
  // Fax "normal" mode: 204 x 98 dpi, so the page is squashed to half its height.
  return sharp(svg)
    .flatten({ background: '#ffffff' })
    .resize({ width: WIDTH, height: 336, fit: 'fill' })
    .extractChannel(0)
    .toColourspace('b-w')
    .tiff({ compression: 'ccittfax4', bitdepth: 1, xres: 204 / 25.4, yres: 98 / 25.4, resolutionUnit: 'inch' })
    .toBuffer();
}

function hasUnshare(): boolean {
  return spawnSync('unshare', ['-n', 'true']).status === 0 || spawnSync('unshare', ['-rn', 'true']).status === 0;
}

let work: string;

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'po-inbox-offline-'));
  await writeFile(join(work, 'fax.tif'), await faxTiff());
  await writeFile(
    join(work, 'no-network.cjs'),
    "const net = require('node:net'); net.Socket.prototype.connect = function () { throw new Error('network disabled by the test'); };\n",
  );
});

afterAll(async () => {
  if (work) await rm(work, { recursive: true, force: true });
});

describe('po-inbox extract offline', () => {
  it('reads a fax TIFF with networking disabled and writes nothing beside it', async () => {
    const env = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', TMPDIR: process.env.TMPDIR ?? '/tmp' };
    const isolated = hasUnshare();
    const unshareFlag = spawnSync('unshare', ['-n', 'true']).status === 0 ? '-n' : '-rn';
    const [command, args] = isolated
      ? ['unshare', [unshareFlag, process.execPath, BIN, 'extract', 'fax.tif', '--json']]
      : [process.execPath, ['--require', join(work, 'no-network.cjs'), BIN, 'extract', 'fax.tif', '--json']];
    if (!isolated) console.log('unshare is not available here: sockets are made to throw instead');
    const run = spawnSync(command, args as string[], { cwd: work, env, encoding: 'utf8', timeout: 120_000 });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const result = JSON.parse(run.stdout);
    expect(result.source.documents).toEqual([{ name: 'fax.tif', mediaType: 'image/tiff', method: 'ocr', pages: 1 }]);
    expect(result.isPurchaseOrder).toBe(true);
    expect(result.orders[0].poNumber).toBe('4500771234');
    expect(result.orders[0].lines.map((l: { quantity: number }) => l.quantity)).toEqual([100, 200]);
    expect((await readdir(work)).sort()).toEqual(['fax.tif', 'no-network.cjs']);
  }, 150_000);
});
