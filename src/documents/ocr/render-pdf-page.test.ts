import { describe, expect, it } from 'vitest';
import { renderPdfPage, type PdfRenderer } from './render-pdf-page.ts';

const page = { number: 2, width: 612, height: 792, scanDpi: null, maxPixels: 50_000_000 };

describe('renderPdfPage', () => {
  it('renders at the scan resolution, capped at 300 dpi', async () => {
    const calls: number[] = [];
    const renderer: PdfRenderer = {
      getScreenshot: async (params) => (calls.push(params.scale), { pages: [{ data: new Uint8Array([1]) }] }),
    };
    const source = await renderPdfPage(renderer, { ...page, scanDpi: 200 });
    expect(calls[0]).toBeCloseTo(200 / 72);
    expect(source.dpi).toEqual({ x: 200, y: 200 });
  });

  it('gives up on a page that renders for longer than its limit, with a one-line reason', async () => {
    const renderer: PdfRenderer = { getScreenshot: () => new Promise(() => {}) };
    await expect(renderPdfPage(renderer, { ...page, timeoutMs: 50 })).rejects.toMatchObject({
      code: 'timeout',
      message: 'PDF page 2 took over 50 ms to render for OCR',
    });
  });
});
