// Clean 300 dpi page renders → what arrives from a fax machine, a flatbed scanner and a phone.
// Each degradation is seeded, so `npm run samples` writes the same bytes every time.

import PDFDocument from 'pdfkit';
import sharp from 'sharp';
import { FIXED_TIMESTAMP } from '../dates.ts';
import type { Rng } from '../random.ts';
import { PRINT_DPI } from './render-pdf-pages.ts';

const MM_PER_INCH = 25.4;

export interface FaxOptions {
  /** Vertical resolution: 98 dpi is fax "normal" mode (pixels twice as tall as wide), 196 "fine". */
  yDpi: 98 | 196;
}

/** Pages → one bilevel G4 TIFF at 204 x yDpi, fed in crooked, with line noise. */
export async function toFax(rng: Rng, pages: Buffer[], o: FaxOptions): Promise<Buffer> {
  const faxed = await Promise.all(pages.map((page, i) => faxPage(rng.fork(`page ${i}`), page, o.yDpi)));
  const tiff = { compression: 'ccittfax4' as const, bitdepth: 1 as const, xres: 204 / MM_PER_INCH, yres: o.yDpi / MM_PER_INCH, resolutionUnit: 'inch' as const };
  const joined = faxed.length > 1 ? sharp(faxed, { join: { animated: true } }) : sharp(faxed[0]);
  return joined.toColourspace('b-w').tiff(tiff).toBuffer();
}

async function faxPage(rng: Rng, page: Buffer, yDpi: number): Promise<Buffer> {
  const meta = await sharp(page).metadata();
  const width = Math.round((meta.width * 204) / PRINT_DPI);
  const height = Math.round((meta.height * yDpi) / PRINT_DPI);
  const { data, info } = await sharp(page)
    .greyscale()
    .rotate(rng.int(-8, 8) / 10 || 0.4, { background: '#ffffff' })
    .resize(width, height, { fit: 'fill' })
    .raw()
    .toBuffer({ resolveWithObject: true });
  // A fax machine thresholds; a phone line adds black specks and drops the odd black pixel.
  for (let i = 0; i < data.length; i++) {
    const black = data[i] < 150;
    const r = rng.next();
    data[i] = (black ? r > 0.01 : r < 0.004) ? 0 : 255;
  }
  return sharp(data, { raw: { width: info.width, height: info.height, channels: 1 } }).png().toBuffer();
}

/** Pages → an image-only PDF of grey JPEG scans at `dpi`, each a little skewed. */
export async function toScannedPdf(rng: Rng, pages: Buffer[], dpi: number): Promise<Buffer> {
  const doc = new PDFDocument({ autoFirstPage: false, info: { Producer: 'po-inbox sample generator', Creator: 'po-inbox sample generator', CreationDate: FIXED_TIMESTAMP } });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<void>((resolve) => doc.on('end', () => resolve()));
  for (const page of pages) {
    const meta = await sharp(page).metadata();
    const [width, height] = [Math.round((meta.width * dpi) / PRINT_DPI), Math.round((meta.height * dpi) / PRINT_DPI)];
    const jpeg = await sharp(page)
      .greyscale()
      .rotate(rng.int(-12, 12) / 10 || 0.5, { background: '#ffffff' })
      .resize(width, height, { fit: 'fill' })
      .linear(0.88, 12) // scanner grey: paper is never quite white, ink never quite black
      .blur(0.6)
      .jpeg({ quality: 60 })
      .toBuffer();
    const points = [(width * 72) / dpi, (height * 72) / dpi];
    doc.addPage({ size: points, margin: 0 });
    doc.image(jpeg, 0, 0, { width: points[0], height: points[1] });
  }
  doc.end();
  await done;
  return Buffer.concat(chunks);
}

/** A page → a phone photo: on a desk, sheared, unevenly lit, stored sideways with an EXIF turn. */
export async function toPhoto(rng: Rng, page: Buffer): Promise<Buffer> {
  const meta = await sharp(page).metadata();
  const width = Math.round(meta.width * 0.7); // about 210 dpi across the sheet
  const sheet = await sharp(page).resize(width).extend({ top: 60, bottom: 60, left: 50, right: 50, background: '#5a5048' }).toBuffer();
  const shear = rng.int(10, 30) / 1000;
  const sheared = await sharp(sheet)
    .affine([[1, shear], [-shear / 2, 1]], { background: '#5a5048', interpolator: 'bilinear' })
    .rotate(rng.int(-20, 20) / 10 || 1, { background: '#5a5048' })
    .toBuffer({ resolveWithObject: true });
  const { width: w, height: h } = sheared.info;
  // Light from one side: a window on the left, the phone's shadow on the right.
  const light = `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}"><defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="0.4"><stop offset="0" stop-color="#fff8ee"/><stop offset="1" stop-color="#a09a90"/></linearGradient></defs><rect width="100%" height="100%" fill="url(#g)"/></svg>`;
  const lit = await sharp(sheared.data).composite([{ input: Buffer.from(light), blend: 'multiply' }]).toBuffer();
  // Phones store the sensor's pixels and an orientation tag (6: turn 90 degrees clockwise to view).
  return sharp(lit).rotate(-90).withMetadata({ orientation: 6 }).jpeg({ quality: 75 }).toBuffer();
}

/** A fax cover sheet, as a fax machine sends it ahead of the order. */
export async function renderFaxCover(width: number, height: number, pages: number): Promise<Buffer> {
  const at = (y: number, text: string, size: number) => `<text x="${width * 0.1}" y="${height * y}" font-size="${size}" font-family="DejaVu Sans">${text}</text>`;
  const lines = [at(0.12, 'FAX', 120), at(0.22, 'To: Sales Department', 50), at(0.26, `Pages: ${pages} (including this cover sheet)`, 50), at(0.32, 'Our order follows.', 50)];
  return sharp(Buffer.from(`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><rect width="100%" height="100%" fill="white"/>${lines.join('')}</svg>`)).png().toBuffer();
}
