// A printed order's PDF → one greyscale 300 dpi PNG per page, drawn by pdf-parse's pdf.js as the
// OCR path itself renders PDFs, so the generator needs no poppler.

import { PDFParse } from 'pdf-parse';

export const PRINT_DPI = 300;

export async function renderPdfPages(bytes: Buffer, pages: number): Promise<Buffer[]> {
  const parser = new PDFParse({ data: new Uint8Array(bytes), isEvalSupported: false });
  try {
    const numbers = Array.from({ length: pages }, (_, i) => i + 1);
    const shot = await parser.getScreenshot({ partial: numbers, scale: PRINT_DPI / 72, imageDataUrl: false, imageBuffer: true });
    return shot.pages.map((p) => Buffer.from(p.data));
  } finally {
    await parser.destroy();
  }
}
