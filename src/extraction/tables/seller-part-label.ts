// A customer's PO may print two item numbers on a line: the buyer's own and ours. The label tells
// them apart by whose it says the number is ("Your material no.", "Supplier ref.", "Ihre
// Materialnummer"): that one is the item number of the draft, which the catalogue knows.

import { COLUMN_WORDS, SELLER_SIDE_WORDS } from '../lexicon/index.ts';
import { fold } from '../reading/vocabulary.ts';

const strip = (s: string) =>
  fold(s)
    .replace(/[.:#\s]+$/, '')
    .trim();
const SKU_WORDS = new Set(COLUMN_WORDS.sku.map(strip));
const SIDE = new Set(SELLER_SIDE_WORDS.map(strip));
/** Nouns an item-number label is made of, in any language: what is left after "your"/"supplier". */
const CODE_NOUN = /^(?:item|part|article|artikel\w*|art|material\w*|materiaal|materiale|referen\w*|ref|code|codice|codigo|no|nr|n°|nº|nummer|number|numero|#)$/;

/** True for a label naming the supplier's item number ("Your part no.", "Vendor item", "Ihre Art.-Nr."). */
export function isSellerPartLabel(label: string): boolean {
  const words = strip(label).replace(/[-/]/g, ' ').split(/\s+/).filter(Boolean);
  if (words.length < 2) return false;
  const at = words.findIndex((w) => SIDE.has(w));
  if (at < 0) return false;
  const rest = words.filter((_, k) => k !== at).join(' ');
  return SKU_WORDS.has(rest) || rest.split(' ').every((w) => CODE_NOUN.test(w));
}
