// The printed orders the degraded scans are made from: bare PDF files in every layout and
// language the generator has, one page each (a photo shows one page), with their truth. They are
// built here rather than taken from samples/corpus so that corpus stays as it is, and so the OCR
// set holds orders the extractor was never tuned on.

import type { Po } from '../model.ts';
import type { Rng } from '../random.ts';
import { buildPo } from '../po.ts';
import { DE_COMPANIES, ES_COMPANIES, FR_COMPANIES, GB_COMPANIES, US_COMPANIES } from '../fake.ts';
import { addDays } from '../dates.ts';
import { renderErp } from '../pdf/erp.ts';
import { renderLetter } from '../pdf/letter.ts';
import { renderModern } from '../pdf/modern.ts';
import { renderCompact } from '../pdf/compact.ts';
import type { PdfResult } from '../pdf/doc.ts';
import { pdfDoc } from '../truth.ts';
import { fileOrderSample, receivedDay, style, type Sample } from '../scenarios/kit.ts';

export type Degradation = 'fax' | 'scan' | 'photo';

export interface ScanSource {
  /** Name of the degraded file, without its extension. */
  stem: string;
  kind: Degradation;
  build: (rng: Rng, name: string) => Promise<Sample>;
}

type Layout = (po: Po) => Promise<PdfResult>;
const ERP: Layout = (po) => renderErp(po, { order: 'sku-first', repeatHeader: true });
const LETTER: Layout = (po) => renderLetter(po, 'qty-first');
const MODERN: Layout = (po) => renderModern(po, { order: 'desc-first', repeatHeader: true });
const COMPACT: Layout = (po) => renderCompact(po);

const US = style('en-US', 'symbol', 'us');
const GB = style('en-GB', 'symbol', 'dmy-slash');
const DE = style('de-DE', 'symbol', 'dmy-dot');
const FR = style('fr-FR', 'symbol', 'dmy-slash');
const ES = style('es-ES', 'symbol', 'dmy-slash');

type PoSpec = Parameters<typeof buildPo>[1];

// No notes (they may carry urgency words) and no delivery dates within a week: every order here
// is 'normal', so the set measures reading, not urgency.
function source(stem: string, kind: Degradation, layout: Layout, spec: (day: string) => PoSpec): ScanSource {
  return {
    stem,
    kind,
    build: async (rng, name) => {
      const day = receivedDay(rng);
      const po = buildPo(rng, { notes: null, ...spec(day) });
      const r = await layout(po);
      if (r.pages !== 1) throw new Error(`${name}: ${r.pages} pages, a scan source must have one`);
      return fileOrderSample(name, r.bytes, pdfDoc(name, r.pages), r.texts, po, 'normal', [`kind: ${kind} of a printed order`]);
    },
  };
}

export const SCAN_SOURCES: ScanSource[] = [
  source('fax-en-01', 'fax', ERP, (d) => ({ company: US_COMPANIES[1], style: US, currency: 'USD', orderDate: d, deliveryDate: addDays(d, 14), lineCount: 5, lineNumbers: 'seq', taxRate: null, shipToSite: 0 })),
  source('fax-de-01', 'fax', COMPACT, (d) => ({ company: DE_COMPANIES[0], style: DE, currency: 'EUR', orderDate: d, deliveryDate: addDays(d, 21), lineCount: 4, lineNumbers: 'tens', shipToSite: 0 })),
  source('fax-fr-01', 'fax', LETTER, (d) => ({ company: FR_COMPANIES[0], style: FR, currency: 'EUR', orderDate: d, deliveryDate: addDays(d, 15), lineCount: 3, shipToSite: 0 })),
  source('fax-en-02', 'fax', MODERN, (d) => ({ company: GB_COMPANIES[0], style: GB, currency: 'GBP', orderDate: d, deliveryDate: addDays(d, 10), lineCount: 4, lineNumbers: 'seq', shipToSite: 0 })),
  source('scan-en-01', 'scan', LETTER, (d) => ({ company: US_COMPANIES[3], style: US, currency: 'USD', orderDate: d, deliveryDate: addDays(d, 20), lineCount: 4, shipToSite: 0, billTo: true })),
  source('scan-es-01', 'scan', ERP, (d) => ({ company: ES_COMPANIES[0], style: ES, currency: 'EUR', orderDate: d, deliveryDate: addDays(d, 30), lineCount: 6, lineNumbers: 'seq', shipToSite: 0 })),
  source('scan-de-01', 'scan', MODERN, (d) => ({ company: DE_COMPANIES[1], style: DE, currency: 'EUR', orderDate: d, deliveryDate: addDays(d, 12), lineCount: 5, lineNumbers: 'seq', shipToSite: 0 })),
  source('scan-en-02', 'scan', COMPACT, (d) => ({ company: GB_COMPANIES[1], style: GB, currency: 'GBP', orderDate: d, deliveryDate: addDays(d, 25), lineCount: 3, lineNumbers: 'tens', shipToSite: 0 })),
  source('photo-en-01', 'photo', MODERN, (d) => ({ company: US_COMPANIES[6], style: US, currency: 'USD', orderDate: d, deliveryDate: addDays(d, 18), lineCount: 3, lineNumbers: 'seq', taxRate: null, shipToSite: 0 })),
  source('photo-fr-01', 'photo', ERP, (d) => ({ company: FR_COMPANIES[1], style: FR, currency: 'EUR', orderDate: d, deliveryDate: addDays(d, 20), lineCount: 4, lineNumbers: 'seq', shipToSite: 0 })),
  source('photo-es-01', 'photo', LETTER, (d) => ({ company: ES_COMPANIES[2], style: ES, currency: 'EUR', orderDate: d, deliveryDate: addDays(d, 14), lineCount: 3, shipToSite: 0 })),
  source('photo-de-01', 'photo', COMPACT, (d) => ({ company: DE_COMPANIES[2], style: DE, currency: 'EUR', orderDate: d, deliveryDate: addDays(d, 28), lineCount: 4, lineNumbers: 'tens', shipToSite: 0 })),
];
