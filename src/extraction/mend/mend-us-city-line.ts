// "Portland, MF, 04101": a scan misread the state, the address reader found no town line, and
// street, town, state and ZIP all ended up in the street. The shape of a US town line (town,
// two capitals, five digits) says what the line is even when the state is not one; a misread
// state is left empty rather than guessed (two-letter codes are dense: "MF" is a letter from ME
// and from MT).
// Only for OCR'd addresses: typed, "Paris, FR 75001" is not an American address.

import type { Address } from '../../domain/draft-order.ts';
import { US_STATES } from '../parties/parse-address.ts';

const TOWN_LINE = /^(\p{L}[\p{L} .'-]*?),?\s+([A-Z]{2})\.?,?\s+(\d{5}(?:-\d{4})?)$/u;

/** `address` with a last street line that is a US town line split off into town, state and ZIP. */
export function mendUsCityLine(address: Address): Address {
  if (address.city || address.postalCode || !address.street) return address;
  const lines = address.street.split('\n');
  if (lines.length < 2) return address;
  const m = TOWN_LINE.exec(lines[lines.length - 1].trim());
  if (!m || (address.country && address.country !== 'US')) return address;
  const [, town, code, zip] = m;
  return { ...address, street: lines.slice(0, -1).join('\n'), city: town.trim(), region: US_STATES.has(code) ? code : null, postalCode: zip, country: 'US' };
}
