import type { Rng } from '../random.ts';
import type { Lang, Line } from '../model.ts';

/** Items as people mention them in running text. unit: [singular, plural, code in the label]. */
interface ProseItem { sku: string; short: string; unit: [string, string, string] | null; step: number }

const pi = (sku: string, short: string, unit: [string, string, string] | null, step = 1): ProseItem => ({ sku, short, unit, step });

export const PROSE_ITEMS: Record<'en' | 'es' | 'de', ProseItem[]> = {
  en: [
    pi('CT-200', 'cable ties', ['box', 'boxes', 'BOX']), pi('AB-1234', 'angle brackets', null, 10),
    pi('NW-44120', 'size L nitrile gloves', ['box', 'boxes', 'BOX']), pi('WD-40-11', 'WD-40 spray', ['case', 'cases', 'CASE']),
    pi('SF-1815-80', 'stretch wrap', ['roll', 'rolls', 'ROLL'], 4), pi('HOSE-PVC-19', 'clear PVC hose 19 mm', ['m', 'm', 'M'], 5),
    pi('TAPE-CS-48', 'clear packing tape', ['case', 'cases', 'CASE']), pi('6204-2RS', 'bearings', null, 2),
    pi('HV-VEST-XL', 'hi-vis vests in XL', null, 5), pi('EP-200C', 'corded earplugs', ['box', 'boxes', 'BOX']),
    pi('LBL-4X6-500', '4x6 thermal labels', ['roll', 'rolls', 'ROLL'], 4), pi('VB-A42', 'A42 V-belts', null),
  ],
  es: [
    pi('GN-L-100', 'guantes de nitrilo talla L', ['caja', 'cajas', 'CAJA']), pi('BR-200-N', 'bridas de nailon de 200 mm', ['bolsa', 'bolsas', 'BOLSA']),
    pi('CE-48-66-M', 'cinta de embalar marrón', ['caja', 'cajas', 'CAJA']), pi('MG-PVC-19', 'manguera PVC cristal de 19 mm', ['m', 'm', 'M'], 5),
    pi('DC-125-1', 'discos de corte inox de 125 mm', null, 25), pi('GS-INC-AV', 'gafas de seguridad antivaho', null, 10),
  ],
  de: [
    pi('KB-200-SW', 'Kabelbinder 200 mm schwarz', ['Beutel', 'Beutel', 'BEUTEL']), pi('NHS-L-100', 'Nitrilhandschuhe Gr. L', ['Karton', 'Kartons', 'KARTON']),
    pi('DLS-PUR-8', 'Druckluftschlauch PUR 8 mm', ['m', 'm', 'M'], 10), pi('RKL-6204-2RS', 'Rillenkugellager 6204-2RS', null, 2),
  ],
};

const OF: Record<string, string> = { en: 'of', es: 'de', de: '' };
const PART: Record<string, string> = { en: 'part no.', es: 'ref.', de: 'Art.-Nr.' };

export interface ProsePhrase { text: string; line: Line }

function line(sku: string | null, description: string | null, quantity: number, unit: string | null): Line {
  return { lineNo: null, sku, description, quantity, unit, unitPrice: null, amount: null };
}

/** One mention like "12 x AB-1234", "3 boxes of cable ties CT-200", "25 m clear PVC hose (part no. HOSE-PVC-19)". */
export function prosePhrase(rng: Rng, lang: 'en' | 'es' | 'de', item: ProseItem, pattern: number): ProsePhrase {
  const q = item.step * rng.pick([2, 3, 4, 5, 6, 10, 12]);
  const u = item.unit ? (q === 1 ? item.unit[0] : item.unit[1]) : null;
  const of = OF[lang] ? ` ${OF[lang]}` : '';
  switch (pattern % 4) {
    case 0: return { text: `${q} x ${item.sku}`, line: line(item.sku, null, q, null) };
    case 1: return u
      ? { text: `${q} ${u}${of} ${item.short} ${item.sku}`, line: line(item.sku, item.short, q, item.unit![2]) }
      : { text: `${q} ${item.short} ${item.sku}`, line: line(item.sku, item.short, q, null) };
    case 2: return u
      ? { text: `${q} ${u}${of} ${item.short} (${PART[lang]} ${item.sku})`, line: line(item.sku, item.short, q, item.unit![2]) }
      : { text: `${q} ${item.short} (${PART[lang]} ${item.sku})`, line: line(item.sku, item.short, q, null) };
    default: return u
      ? { text: `${q} ${u}${of} ${item.short}`, line: line(null, item.short, q, item.unit![2]) }
      : { text: `${q} ${item.short}`, line: line(null, item.short, q, null) };
  }
}

export function prosePhrases(rng: Rng, lang: 'en' | 'es' | 'de', count: number): ProsePhrase[] {
  const start = rng.int(0, 3);
  return rng.sample(PROSE_ITEMS[lang], count).map((item, i) => prosePhrase(rng, lang, item, start + i));
}

/** "a, b and c" in the language. */
export function joinList(items: string[], lang: Lang): string {
  const and = { en: 'and', es: 'y', de: 'und', fr: 'et' }[lang];
  return items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} ${and} ${items[items.length - 1]}`;
}
