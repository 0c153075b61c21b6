import { fold } from '../../domain/fold-text.ts';
import { hasLegalForm, isCompany } from '../reading/is-company.ts';
import type { Address } from '../../domain/draft-order.ts';
import { toCountryCode } from '../../domain/to-country-code.ts';

export const US_STATES = new Set(
  'AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY DC PR'.split(' '),
);
const CA_PROVINCES = new Set('AB BC MB NB NL NS NT NU ON PE QC SK YT'.split(' '));
const CA_PROVINCE_NAMES = new Map<string, string>([
  ['quebec', 'QC'],
  ['ontario', 'ON'],
  ['alberta', 'AB'],
  ['british columbia', 'BC'],
  ['colombie britannique', 'BC'],
  ['manitoba', 'MB'],
  ['new brunswick', 'NB'],
  ['nouveau brunswick', 'NB'],
  ['newfoundland and labrador', 'NL'],
  ['terre neuve et labrador', 'NL'],
  ['nova scotia', 'NS'],
  ['nouvelle ecosse', 'NS'],
  ['prince edward island', 'PE'],
  ['ile du prince edouard', 'PE'],
  ['saskatchewan', 'SK'],
  ['yukon', 'YT'],
  ['northwest territories', 'NT'],
  ['territoires du nord ouest', 'NT'],
  ['nunavut', 'NU'],
]);
const AU_STATES = new Set('NSW VIC QLD WA SA TAS ACT NT'.split(' '));
/** A street name's own word ("Road", "Straße", "Via"): a line with one is a street, not a town or a delivery point. */
const STREET_NAME = new RegExp(
  `\\b(?:${'street|st\\.?|avenue|ave\\.?|road|rd\\.?|blvd|boulevard|lane|ln\\.?|drive|dr\\.?|way|court|ct\\.?|place|pl\\.?|suite|ste\\.?|unit|floor|building|bldg|p\\.?o\\.? box|postfach|str\\.|weg|platz|allee|gasse|ring|damm|rue|chemin|route|all[ée]e|impasse|quai|calle|c\\/|avda\\.?|avenida|plaza|paseo|pol\\.?|pol[ií]gono|carrer|cam[ií]|via|viale|piazza|corso|straat|laan|plein|estate|park|industrial|pkwy|parkway|hwy|highway'})\\b|stra(?:ss|ß)e\\b|str\\.|(?:weg|straat|laan|gasse|platz)\\b`,
  'i',
);
const UK_POSTCODE = /\b([A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2})\b/;
const STREET_WORDS =
  /\d|\b(street|st\.?|avenue|ave\.?|road|rd\.?|blvd|boulevard|lane|ln\.?|drive|dr\.?|way|court|ct\.?|place|pl\.?|suite|ste\.?|unit|floor|building|bldg|p\.?o\.? box|postfach|stra(ss|ß)e|str\.|weg|platz|allee|gasse|ring|damm|rue|chemin|route|all[ée]e|impasse|quai|calle|c\/|avda\.?|avenida|plaza|paseo|pol\.?|pol[ií]gono|carrer|cam[ií]|via|viale|piazza|straat|laan|plein)\b/i;

export interface CityLine {
  city: string | null;
  region: string | null;
  postalCode: string | null;
  country: string | null;
}

/** Reads a "City, ST 12345" / "12345 City" / "London SW1A 1AA" line; null when it is none. */
export function parseCityLine(line: string): CityLine | null {
  const t = line.trim().replace(/\s+/g, ' ');
  let m = t.match(/^(.+?),?\s+([A-Z]{2})\.?,?\s+(\d{5}(?:-\d{4})?)(?:\s*,?\s*(USA?|United States))?$/);
  if (m && US_STATES.has(m[2])) return { city: m[1].replace(/,$/, ''), region: m[2], postalCode: m[3], country: 'US' };
  m = t.match(/^(.+?),?\s+([A-Z]{2})\s+([A-Z]\d[A-Z]\s?\d[A-Z]\d)$/);
  if (m && CA_PROVINCES.has(m[2])) return { city: m[1], region: m[2], postalCode: m[3], country: 'CA' };
  // "Lac-Brome (Québec) J0E 1V0", "Toronto, Ontario M5V 2T6": the province written out.
  m = t.match(/^(.+?)\s*(?:\(([^()]+)\)|,\s*([\p{L} .'-]+?))\s+([A-Z]\d[A-Z]\s?\d[A-Z]\d)$/u);
  const province = m
    ? CA_PROVINCE_NAMES.get(
        fold(m[2] ?? m[3] ?? '')
          .replace(/[^a-z]+/g, ' ')
          .trim(),
      )
    : undefined;
  if (m && province) return { city: m[1].replace(/,$/, '').trim(), region: province, postalCode: m[4], country: 'CA' };
  // Australia: suburb, state, four-digit postcode ("Welshpool WA 6106").
  m = t.match(/^([^\d,]+?),?\s+([A-Z]{2,3})\.?,?\s+(\d{4})(?:\s*,?\s*(Australia|AUS?))?$/);
  if (m && AU_STATES.has(m[2])) return { city: m[1], region: m[2], postalCode: m[3], country: 'AU' };
  m = t.match(
    /^(?:([A-Z]{1,2})\s?[-–]\s?)?(\d{4}\s?[A-Z]{2}(?=\s)|\d{4}-\d{3}|\d{2}-\d{3}|\d{4,5})\s+([^\d,]{2,}?(?:\s+(?:[Cc]edex|CEDEX)(?:\s+\d{1,2})?)?)(?:\s*([,(])\s*([^\d,()]+?)\)?)?$/,
  );
  if (m) {
    const prefixCountry = m[1] ? toCountryCode(m[1] === 'D' ? 'DE' : m[1] === 'F' ? 'FR' : m[1] === 'E' ? 'ES' : m[1]) : null;
    const tail = m[5]?.trim() ?? null;
    // "41123 Modena (MO)": two letters in brackets are the province, not a country (Macau).
    const tailCountry = tail && !(m[4] === '(' && /^[A-Z]{2}$/.test(tail)) ? toCountryCode(tail) : null;
    // "4150-171 Porto", "00-950 Warszawa": only Portugal and Poland write their postcodes so.
    const formCountry = /^\d{4}-\d{3}$/.test(m[2]) ? 'PT' : /^\d{2}-\d{3}$/.test(m[2]) ? 'PL' : null;
    return { city: m[3].trim(), region: tailCountry ? null : tail, postalCode: m[2], country: tailCountry ?? prefixCountry ?? formCountry };
  }
  // "VIC 3215", "NM 87121", "AB T2G 3C6": a state and its postcode on their own line, the town above.
  m = t.match(/^([A-Z]{2,3})\.?\s+(\d{4,5}(?:-\d{4})?|[A-Z]\d[A-Z]\s?\d[A-Z]\d)$/);
  if (m) {
    const country =
      AU_STATES.has(m[1]) && /^\d{4}$/.test(m[2]) ? 'AU' : US_STATES.has(m[1]) && /^\d{5}/.test(m[2]) ? 'US' : CA_PROVINCES.has(m[1]) && /[A-Z]/.test(m[2]) ? 'CA' : null;
    if (country) return { city: null, region: m[1], postalCode: m[2], country };
  }
  // "Eindhoven 5651 GW": a Dutch postcode after its town.
  m = t.match(/^([^\d,]{2,}?),?\s+(\d{4}\s?[A-Z]{2})$/);
  if (m) return { city: m[1].trim(), region: null, postalCode: m[2], country: 'NL' };
  // "Pune 411026", "Bengaluru - 560058", "Whangarei 0110": the town, then its postcode.
  m = t.match(/^(\p{Lu}[^\d,]{1,40}?)\s*(?:,|[-–])?\s+(\d{4}|\d{6})$/u);
  if (m && !STREET_NAME.test(m[1])) return { city: m[1].trim(), region: null, postalCode: m[2], country: null };
  // "SANT VICENÇ DELS HORTS 08620 Barcelona": town, postal code, province.
  m = t.match(/^([^\d,]{3,}?)\s+(\d{5})\s+([^\d,]{3,})$/);
  if (m) return { city: m[1].trim(), region: m[3].trim(), postalCode: m[2], country: null };
  // Irish Eircode: "Dublin D12 X9F4".
  m = t.match(/^(.*?)[,\s]*\b((?:[AC-FHKNPRTV-Y]\d{2}|D6W)\s?[0-9AC-FHKNPRTV-Y]{4})$/);
  if (m && /^(D6W|[AC-FHKNPRTV-Y]\d{2})/.test(m[2]) && /[A-Z].*\d|\d.*[A-Z]/.test(m[2].slice(3))) return { ...irishCounty(m[1].trim() || null), postalCode: m[2], country: 'IE' };
  // A postcode's J that a scan read as "]" ("BD21 4]S"): no postcode holds a bracket.
  const uk = t.replace(/(?<=\b[A-Z]{1,2}\d[A-Z\d]?\s?\d)\]/g, 'J').replace(/\](?=[A-Z]?\d[A-Z\d]?\s?\d[A-Z]{2}\b)/g, 'J');
  m = uk.match(UK_POSTCODE);
  if (m && uk.length - m[1].length < 40) {
    const city = uk
      .replace(m[1], '')
      .replace(/[,\s]+$/, '')
      .trim();
    // Written the Royal Mail's way, the inward code (the last three) set apart: "BD214JS" -> "BD21 4JS".
    return { city: city || null, region: null, postalCode: m[1].replace(/\s?(\d[A-Z]{2})$/, ' $1'), country: 'GB' };
  }
  return null;
}

/** "Limerick Co. Limerick": an Irish town and its county. */
function irishCounty(city: string | null): { city: string | null; region: string | null } {
  const m = city?.match(/^(.*?)[,\s]+(Co\.?\s+\p{Lu}\p{L}+)$/u);
  return m ? { city: m[1] || null, region: m[2] } : { city, region: null };
}

function isPhoneOrMail(line: string): boolean {
  return (
    /@|^(tel|phone|fax|telefon|t[ée]l|tfno|e-?mail|mail|www\.|http|vat|ust|nif|cif|siret|tva|n\.?\s?i\.?\s?f|c\.?\s?i\.?\s?f|v\.?\s?a\.?\s?t|ust-?id|steuer)\b/i.test(
      line.trim(),
    ) || /^\+?[\d\s()./-]{7,}$/.test(line.trim())
  );
}

/** "Seattle, WA 93849 Phone: 234-986-6454": forms print the phone (fax, email) after the town. */
const CONTACT_TAIL = /\s+(?:phone|tel|telephone|telefon|t[ée]l[ée]?phone|t[ée]l|tfno|tel[ée]fono|fax|e-?mail)\.?\s*:.*$/i;

function stripContactTail(line: string): string {
  return line.replace(CONTACT_TAIL, '').trim();
}

/**
 * Reads an address block (its lines, top to bottom) into the contract's address. The first lines
 * before the street are names: the one that reads as a company is the name.
 */
export function parseAddress(block: string[], preferName?: string | null): Address | null {
  const lines = block.map((l) => stripContactTail(l.trim())).filter((l) => l && !isPhoneOrMail(l));
  if (lines.length === 0) return null;
  const address: Address = { name: null, street: null, city: null, region: null, postalCode: null, country: null };
  let cityAt = -1;
  for (let i = 0; i < lines.length; i++) {
    const country = toCountryCode(lines[i]);
    if (country && i > 0) {
      address.country = country;
      lines.length = i;
      break;
    }
  }
  for (let i = lines.length - 1; i >= 1 && cityAt < 0; i--) {
    const c = parseCityLine(lines[i]);
    if (c) {
      cityAt = i;
      Object.assign(address, { city: c.city, region: c.region, postalCode: c.postalCode });
      address.country = address.country ?? c.country;
    }
  }
  // "Huddersfield" above "HD9 2QT": a postcode alone on its line has its town on the line above;
  // "Tamworth" over "Staffordshire" over "B77 5BY": the town, then its county; "Dublin 12": a
  // town with its postal district.
  const townLike = (l: string) => !STREET_NAME.test(l) && (!/\d/.test(l) || /^\p{Lu}[\p{L}' -]+\s\d{1,2}$/u.test(l));
  if (cityAt > 1 && !address.city && townLike(lines[cityAt - 1])) {
    // "Kettering, Northamptonshire": the town, then its county.
    const [town, county] = lines[cityAt - 1].split(/\s*,\s*/);
    address.city = town;
    if (county && !address.region) address.region = county;
    cityAt -= 1;
    if (!county && cityAt > 1 && !address.region && !/\d/.test(lines[cityAt - 1]) && townLike(lines[cityAt - 1]) && streetBefore(lines, cityAt - 1)) {
      address.region = address.city;
      address.city = lines[cityAt - 1];
      cityAt -= 1;
    }
  }
  // "Pune 411026" over "Maharashtra": a state or province named alone under the town line.
  const after = cityAt >= 0 ? lines.slice(cityAt + 1).filter((l) => !/^(attn|attention)\b/i.test(l)) : [];
  if (after.length === 1 && !address.region && /^\p{Lu}[\p{L} .'-]{1,29}$/u.test(after[0]) && !STREET_NAME.test(after[0])) address.region = after[0].trim();
  // "Limerick Co. Limerick": an Irish town and its county.
  if (address.city && !address.region) Object.assign(address, irishCounty(address.city));
  const head = cityAt >= 0 ? lines.slice(0, cityAt) : lines;
  // A block that starts with its street has no name line.
  const startsWithStreet = /^\d|^(c\/|calle|avda|avenida|rue|via|cam[ií]|carrer|pol\.?)(?![\p{L}])/iu.test(head[0] ?? '') || isStreetLine(head[0] ?? '', head.length);
  const streetAt = startsWithStreet ? 0 : head.findIndex((l, i) => i > 0 && STREET_WORDS.test(l));
  const names = streetAt > 0 ? head.slice(0, streetAt) : streetAt === 0 ? [] : head.slice(0, 1);
  const streets = streetAt >= 0 ? head.slice(streetAt) : head.slice(1);
  address.name = pickName(names, preferName);
  // Name lines below the chosen name ("Moorside Works") belong to the street.
  const chosen = names.findIndex((n) => address.name !== null && n.endsWith(address.name));
  const rest = [...names.slice(chosen + 1), ...streets];
  address.street = rest.length ? rest.join('\n') : null;
  return address;
}

/**
 * A first line that is a street, not a name: "Achtseweg Zuid 221", "Unit 3, Dean Clough Mills",
 * "Survey No. 84, Peenya 2nd Stage", "Dock Road" over its town. A company name is never one.
 */
function isStreetLine(line: string, lines: number): boolean {
  // Only the one line above the town: with two, the first is the name ("Canal Park Warehouse" over "400 Railroad St").
  if (!line || lines !== 1 || hasLegalForm(line) || isCompany(line)) return false;
  const numbered = /\p{L}{3,}\.?\s+\d{1,5}[a-z]?(?:[-/]\d{1,4})?$/u.test(line) || /\b(?:no|nr|n°|#)\.?\s*\d/i.test(line);
  const endsInStreetWord = /\b(?:street|road|lane|avenue|drive|way|boulevard|blvd|rd|st|ave)\.?$/i.test(line);
  return numbered || endsInStreetWord || (/\d/.test(line) && STREET_NAME.test(line) && !/\s[-–]\s/.test(line));
}

/** Is there a street line (or a name and a street) above line `at`, so that the line at `at` can be a town? */
function streetBefore(lines: string[], at: number): boolean {
  return /^\d/.test(lines[0]) || lines.slice(1, at).some((l) => STREET_WORDS.test(l));
}

function pickName(names: string[], preferName?: string | null): string | null {
  // "atelier", "warehouse": a lower-case word names a place, not a company.
  names = names.filter((n) => /\p{Lu}|\d/u.test(n));
  if (names.length === 0) return null;
  const clean = names.map((n) => n.replace(/^(attn|attention|z\.?\s?hd\.?|a\/a|à l'attention de)[:.]?\s*/i, ''));
  if (preferName) {
    const same = clean.find((n) => n.toLowerCase() === preferName.toLowerCase());
    if (same) return same;
  }
  return clean.find((n) => hasLegalForm(n)) ?? clean[0];
}
