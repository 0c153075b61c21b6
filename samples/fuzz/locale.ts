// Locales, number and date formats, invented companies and items for the fuzzer. All names,
// addresses (.example domains, 555-01xx phones) and items are made up.
import type { Rng } from '../gen/random.ts';
import type { Lang } from './lexicon.ts';

export type LocaleId = 'en-US' | 'en-GB' | 'de-DE' | 'fr-FR' | 'es-ES' | 'nl-NL' | 'it-IT';
export const LOCALES: LocaleId[] = ['en-US', 'en-GB', 'de-DE', 'fr-FR', 'es-ES', 'nl-NL', 'it-IT'];
export type CountryCode = 'US' | 'GB' | 'DE' | 'FR' | 'ES' | 'NL' | 'IT';

export const LOCALE_INFO: Record<LocaleId, { lang: Lang; country: CountryCode; currency: string; tax: number[]; page: 'A4' | 'LETTER'; tz: number }> = {
  'en-US': { lang: 'en', country: 'US', currency: 'USD', tax: [0, 0.0825, 0.07, 0.06], page: 'LETTER', tz: -5 },
  'en-GB': { lang: 'en', country: 'GB', currency: 'GBP', tax: [0.2], page: 'A4', tz: 0 },
  'de-DE': { lang: 'de', country: 'DE', currency: 'EUR', tax: [0.19], page: 'A4', tz: 1 },
  'fr-FR': { lang: 'fr', country: 'FR', currency: 'EUR', tax: [0.2], page: 'A4', tz: 1 },
  'es-ES': { lang: 'es', country: 'ES', currency: 'EUR', tax: [0.21], page: 'A4', tz: 1 },
  'nl-NL': { lang: 'nl', country: 'NL', currency: 'EUR', tax: [0.21], page: 'A4', tz: 1 },
  'it-IT': { lang: 'it', country: 'IT', currency: 'EUR', tax: [0.22], page: 'A4', tz: 1 },
};

// ---- numbers

export type NumberStyle = 'en' | 'eu-dot' | 'eu-space' | 'plain-dot' | 'plain-comma' | 'ch';
export const NUMBER_STYLES: NumberStyle[] = ['en', 'eu-dot', 'eu-space', 'plain-dot', 'plain-comma', 'ch'];
const SEP: Record<NumberStyle, [group: string, decimal: string]> = {
  en: [',', '.'], 'eu-dot': ['.', ','], 'eu-space': [' ', ','], 'plain-dot': ['', '.'], 'plain-comma': ['', ','], ch: ["'", '.'],
};
export const NUMBER_STYLES_FOR: Record<LocaleId, NumberStyle[]> = {
  'en-US': ['en', 'en', 'plain-dot'], 'en-GB': ['en', 'plain-dot'], 'de-DE': ['eu-dot', 'eu-dot', 'plain-comma', 'ch'],
  'fr-FR': ['eu-space', 'eu-space', 'plain-comma', 'eu-dot'], 'es-ES': ['eu-dot', 'plain-comma'], 'nl-NL': ['eu-dot', 'plain-comma'], 'it-IT': ['eu-dot', 'plain-comma'],
};

export function fmtNumber(n: number, style: NumberStyle, decimals: number): string {
  const [g, d] = SEP[style];
  const [i, f] = Math.abs(n).toFixed(decimals).split('.');
  const body = i.replace(/\B(?=(\d{3})+(?!\d))/g, g) + (f ? d + f : '');
  return n < 0 ? `-${body}` : body;
}

export function fmtQty(n: number, style: NumberStyle): string {
  return fmtNumber(n, style, Number.isInteger(n) ? 0 : Number.isInteger(n * 10) ? 1 : 2);
}

export function fmtPrice(n: number, style: NumberStyle): string {
  const fits = (d: number) => Math.abs(n * 10 ** d - Math.round(n * 10 ** d)) < 1e-7;
  return fmtNumber(n, style, fits(2) ? 2 : fits(3) ? 3 : 4);
}

export type MoneyMark = 'symbol' | 'code' | 'none';
const SYMBOL: Record<string, string> = { USD: '$', EUR: '€', GBP: '£' };
export function fmtMoney(n: number, style: NumberStyle, currency: string, mark: MoneyMark, lang: Lang): string {
  const num = fmtNumber(n, style, 2);
  if (mark === 'none') return num;
  const sym = mark === 'symbol' ? SYMBOL[currency] : currency;
  return lang === 'en' ? (mark === 'symbol' ? `${sym}${num}` : `${sym} ${num}`) : `${num} ${sym}`;
}

export function round2(n: number): number {
  return Math.round((n + Number.EPSILON) * 100) / 100;
}

// ---- dates

export type DateStyle = 'us' | 'dmy-slash' | 'dmy-dot' | 'dmy-dash' | 'iso' | 'long' | 'dd-mmm-yyyy';
export const DATE_STYLES: DateStyle[] = ['us', 'dmy-slash', 'dmy-dot', 'dmy-dash', 'iso', 'long', 'dd-mmm-yyyy'];
export const DATE_STYLES_FOR: Record<LocaleId, DateStyle[]> = {
  'en-US': ['us', 'us', 'iso', 'long', 'dd-mmm-yyyy'], 'en-GB': ['dmy-slash', 'dmy-slash', 'iso', 'long', 'dd-mmm-yyyy'],
  'de-DE': ['dmy-dot', 'dmy-dot', 'iso', 'long'], 'fr-FR': ['dmy-slash', 'long', 'iso'], 'es-ES': ['dmy-slash', 'long', 'dmy-dash'],
  'nl-NL': ['dmy-dash', 'dmy-slash', 'long'], 'it-IT': ['dmy-slash', 'long', 'dmy-dot'],
};
const MONTHS: Record<Lang, string[]> = {
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  de: ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'],
  fr: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
  es: ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'],
  nl: ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'],
  it: ['gennaio', 'febbraio', 'marzo', 'aprile', 'maggio', 'giugno', 'luglio', 'agosto', 'settembre', 'ottobre', 'novembre', 'dicembre'],
};

export function fmtDate(iso: string, style: DateStyle, locale: LocaleId): string {
  const [y, m, d] = iso.split('-').map(Number);
  const dd = String(d).padStart(2, '0');
  const mm = String(m).padStart(2, '0');
  const lang = LOCALE_INFO[locale].lang;
  switch (style) {
    case 'us': return `${mm}/${dd}/${y}`;
    case 'dmy-slash': return `${dd}/${mm}/${y}`;
    case 'dmy-dot': return `${dd}.${mm}.${y}`;
    case 'dmy-dash': return `${dd}-${mm}-${y}`;
    case 'iso': return iso;
    case 'dd-mmm-yyyy': return `${dd}-${MONTHS.en[m - 1].slice(0, 3)}-${y}`;
    case 'long': {
      const month = MONTHS[lang][m - 1];
      if (locale === 'en-US') return `${month} ${d}, ${y}`;
      if (lang === 'en') return `${d} ${month} ${y}`;
      if (lang === 'de') return `${d}. ${month} ${y}`;
      if (lang === 'es') return `${d} de ${month} de ${y}`;
      return `${d} ${month} ${y}`;
    }
  }
}

// ---- companies

export interface Addr { name: string; street: string[]; city: string; region: string | null; postalCode: string; country: CountryCode }
export interface Firm { name: string; domain: string; locale: LocaleId; sites: Addr[]; reg: string }

const site = (name: string, street: string[], city: string, region: string | null, postalCode: string, country: CountryCode): Addr => ({ name, street, city, region, postalCode, country });

export const FIRMS: Firm[] = [
  { name: 'Juniper Valley Fabricators Inc.', domain: 'junipervalley-fab.example', locale: 'en-US', reg: 'EIN 84-0000417', sites: [site('Juniper Valley Fabricators Inc.', ['2740 Foundry St'], 'Akron', 'OH', '44311', 'US'), site('Juniper Valley Fabricators - Plant 3', ['18 Ridgeway Ct', 'Door 6'], 'Canton', 'OH', '44705', 'US')] },
  { name: 'Copperline Electric Supply Co.', domain: 'copperline-es.example', locale: 'en-US', reg: 'EIN 91-0000382', sites: [site('Copperline Electric Supply Co.', ['611 Commerce Loop'], 'Boise', 'ID', '83705', 'US')] },
  { name: 'Heron Bay Seafood Processing', domain: 'heronbay-sp.example', locale: 'en-US', reg: 'EIN 56-0000914', sites: [site('Heron Bay Seafood Processing', ['90 Wharf Rd'], 'New Bedford', 'MA', '02740', 'US'), site('Heron Bay Cold Storage', ['4400 Shipyard Dr', 'Bldg C'], 'Fall River', 'MA', '02721', 'US')] },
  { name: 'Prairie Gate Grain Cooperative', domain: 'prairiegate-coop.example', locale: 'en-US', reg: 'EIN 47-0000263', sites: [site('Prairie Gate Grain Cooperative', ['1 Elevator Rd'], 'Salina', 'KS', '67401', 'US')] },
  { name: 'Ashgrove Precision Ltd', domain: 'ashgrove-precision.example', locale: 'en-GB', reg: 'Company No. 04417720 · VAT GB 294 1188 07', sites: [site('Ashgrove Precision Ltd', ['Unit 12, Brindley Park', 'Canal Way'], 'Walsall', null, 'WS2 8FQ', 'GB'), site('Ashgrove Precision Ltd (Stores)', ['3 Mill Lane'], 'Wednesbury', null, 'WS10 7RT', 'GB')] },
  { name: 'Fellside Dairy Equipment Ltd', domain: 'fellside-dairy.example', locale: 'en-GB', reg: 'Company No. 08812345 · VAT GB 771 2020 41', sites: [site('Fellside Dairy Equipment Ltd', ['Low Moor Works'], 'Kendal', null, 'LA9 6NH', 'GB')] },
  { name: 'Rheinauen Anlagenbau GmbH', domain: 'rheinauen-ab.example', locale: 'de-DE', reg: 'Amtsgericht Mannheim HRB 712345 · USt-IdNr. DE 281 447 190', sites: [site('Rheinauen Anlagenbau GmbH', ['Hafenstraße 41'], 'Mannheim', null, '68159', 'DE'), site('Rheinauen Anlagenbau GmbH, Werk Speyer', ['Industriering 9', 'Halle 4'], 'Speyer', null, '67346', 'DE')] },
  { name: 'Elbtal Kunststofftechnik GmbH & Co. KG', domain: 'elbtal-kt.example', locale: 'de-DE', reg: 'Amtsgericht Dresden HRA 4412 · USt-IdNr. DE 199 302 774', sites: [site('Elbtal Kunststofftechnik GmbH & Co. KG', ['Meißner Landstraße 120'], 'Dresden', null, '01157', 'DE')] },
  { name: 'Forges du Vercors SAS', domain: 'forges-vercors.example', locale: 'fr-FR', reg: 'SIRET 812 345 678 00021 · TVA FR 41 812345678', sites: [site('Forges du Vercors SAS', ['27 avenue de la Gare'], 'Grenoble', null, '38000', 'FR'), site('Forges du Vercors - Dépôt Voiron', ['ZA des Blanchisseries', '4 rue Mainssieux'], 'Voiron', null, '38500', 'FR')] },
  { name: 'Laiterie Coopérative du Bocage', domain: 'laiterie-bocage.example', locale: 'fr-FR', reg: 'SIRET 443 210 987 00015 · TVA FR 07 443210987', sites: [site('Laiterie Coopérative du Bocage', ['Route de Vire'], 'Condé-sur-Noireau', null, '14110', 'FR')] },
  { name: 'Metalúrgica Ribera del Duero S.L.', domain: 'metalurgica-ribera.example', locale: 'es-ES', reg: 'CIF B-47123456', sites: [site('Metalúrgica Ribera del Duero S.L.', ['Polígono Industrial Los Llanos, Parcela 14'], 'Aranda de Duero', null, '09400', 'ES')] },
  { name: 'Conservas Rías Baixas S.A.', domain: 'conservas-riasbaixas.example', locale: 'es-ES', reg: 'CIF A-36987654', sites: [site('Conservas Rías Baixas S.A.', ['Avenida do Porto 88'], 'Vilagarcía de Arousa', null, '36600', 'ES'), site('Conservas Rías Baixas - Almacén', ['Rúa da Industria 5'], 'Cambados', null, '36630', 'ES')] },
  { name: 'Van der Kolk Installatietechniek B.V.', domain: 'vanderkolk-it.example', locale: 'nl-NL', reg: 'KvK 30123456 · btw NL812345678B01', sites: [site('Van der Kolk Installatietechniek B.V.', ['Industrieweg 17'], 'Utrecht', null, '3542 AD', 'NL'), site('Van der Kolk Magazijn', ['Ravenswade 54', 'Unit 3'], 'Nieuwegein', null, '3439 LD', 'NL')] },
  { name: 'Groningse Veevoederfabriek B.V.', domain: 'groningse-vvf.example', locale: 'nl-NL', reg: 'KvK 02098765 · btw NL001234567B02', sites: [site('Groningse Veevoederfabriek B.V.', ['Eemskanaal Zuidzijde 8'], 'Groningen', null, '9723 BE', 'NL')] },
  { name: 'Officine Meccaniche Brianza S.r.l.', domain: 'omb-brianza.example', locale: 'it-IT', reg: 'P. IVA IT 03456780965 · REA MB-1712345', sites: [site('Officine Meccaniche Brianza S.r.l.', ['Via dell\'Industria 23'], 'Monza', null, '20900', 'IT'), site('OMB - Magazzino Lissone', ['Via Matteotti 140'], 'Lissone', null, '20851', 'IT')] },
  { name: 'Ceramiche Val di Secchia S.p.A.', domain: 'ceramiche-secchia.example', locale: 'it-IT', reg: 'P. IVA IT 01234560366', sites: [site('Ceramiche Val di Secchia S.p.A.', ['Strada Statale 486, 12'], 'Sassuolo', null, '41049', 'IT')] },
];

export const COUNTRY_NAMES: Record<Lang, Record<CountryCode, string>> = {
  en: { US: 'USA', GB: 'United Kingdom', DE: 'Germany', FR: 'France', ES: 'Spain', NL: 'Netherlands', IT: 'Italy' },
  de: { US: 'USA', GB: 'Vereinigtes Königreich', DE: 'Deutschland', FR: 'Frankreich', ES: 'Spanien', NL: 'Niederlande', IT: 'Italien' },
  fr: { US: 'États-Unis', GB: 'Royaume-Uni', DE: 'Allemagne', FR: 'France', ES: 'Espagne', NL: 'Pays-Bas', IT: 'Italie' },
  es: { US: 'EE. UU.', GB: 'Reino Unido', DE: 'Alemania', FR: 'Francia', ES: 'España', NL: 'Países Bajos', IT: 'Italia' },
  nl: { US: 'Verenigde Staten', GB: 'Verenigd Koninkrijk', DE: 'Duitsland', FR: 'Frankrijk', ES: 'Spanje', NL: 'Nederland', IT: 'Italië' },
  it: { US: 'Stati Uniti', GB: 'Regno Unito', DE: 'Germania', FR: 'Francia', ES: 'Spagna', NL: 'Paesi Bassi', IT: 'Italia' },
};

/** Address lines as the country writes them; the country line only when `withCountry`. */
export function addrLines(a: Addr, lang: Lang, withCountry: boolean): string[] {
  const country = withCountry ? [COUNTRY_NAMES[lang][a.country]] : [];
  if (a.country === 'US') return [a.name, ...a.street, `${a.city}, ${a.region} ${a.postalCode}`, ...country];
  if (a.country === 'GB') return [a.name, ...a.street, a.city, a.postalCode, ...country];
  return [a.name, ...a.street, `${a.postalCode} ${a.city}`, ...country];
}

export const SELLER = { name: 'Northwind Industrial Supply', email: 'orders@northwind-supply.example' };
export function sellerAddr(locale: LocaleId): Addr {
  if (locale === 'en-US') return site('Northwind Industrial Supply', ['1200 Harbor Blvd'], 'Tacoma', 'WA', '98421', 'US');
  if (locale === 'en-GB') return site('Northwind Industrial Supply Ltd', ['40 Dock Road'], 'Birkenhead', null, 'CH41 1DE', 'GB');
  return site('Northwind Industrial Supply Europe B.V.', ['Waalhaven Zuidzijde 21'], 'Rotterdam', null, '3089 JH', 'NL');
}

const FIRST: Record<Lang, string[]> = {
  en: ['Ellen', 'Marcus', 'Tasha', 'Wendell', 'Ravi', 'Corinne', 'Dale', 'Fiona', 'Owen', 'Bethany'],
  de: ['Heike', 'Jens', 'Ulrike', 'Dirk', 'Svenja', 'Markus', 'Petra', 'Lars'],
  fr: ['Hélène', 'Mathieu', 'Élodie', 'Gaël', 'Sophie', 'Rémi', 'Agnès'],
  es: ['Carmen', 'Íñigo', 'Rocío', 'Andrés', 'Elena', 'Jorge', 'Begoña'],
  nl: ['Anouk', 'Bram', 'Femke', 'Joost', 'Marloes', 'Sander', 'Ilse'],
  it: ['Chiara', 'Davide', 'Federica', 'Luca', 'Giulia', 'Matteo', 'Silvia'],
};
const LAST: Record<Lang, string[]> = {
  en: ['Hartley', 'Osei', 'Lindqvist', 'Moreno', 'Patel', 'Fenwick', 'Abernathy', 'Quinlan', 'Sato'],
  de: ['Kramer', 'Seidel', 'Pohl', 'Winkler', 'Lorenz', 'Engel', 'Kühn'],
  fr: ['Lemaire', 'Fontaine', 'Girard', 'Mercier', 'Dupuis', 'Leroy'],
  es: ['Herrera', 'Medina', 'Cabrera', 'Fuentes', 'Prieto', 'Salazar'],
  nl: ['de Vries', 'Bakker', 'Visser', 'Smit', 'Mulder', 'van Dijk'],
  it: ['Ferrari', 'Colombo', 'Ricci', 'Marino', 'Greco', 'Bruno'],
};
export const TITLES: Record<Lang, string[]> = {
  en: ['Purchasing Manager', 'Buyer', 'Procurement Specialist', 'Maintenance Planner'],
  de: ['Einkauf', 'Technischer Einkauf', 'Disposition'],
  fr: ['Service Achats', 'Responsable Achats', 'Approvisionnement'],
  es: ['Departamento de Compras', 'Responsable de Compras'],
  nl: ['Inkoop', 'Inkoper', 'Hoofd Inkoop'],
  it: ['Ufficio Acquisti', 'Responsabile Acquisti'],
};

export interface Person { name: string; email: string; phone: string; title: string }

function ascii(s: string): string {
  return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/ß/g, 'ss').replace(/\s+/g, '').toLowerCase();
}

export function phoneFor(rng: Rng, c: CountryCode): string {
  const d = (n: number) => rng.digits(n);
  switch (c) {
    case 'US': return rng.pick([`(${d(3)}) 555-01${d(2)}`, `${d(3)}-555-01${d(2)}`, `+1 ${d(3)} 555 01${d(2)}`]);
    case 'GB': return rng.pick([`+44 121 496 0${d(3)}`, `0121 496 0${d(3)}`]);
    case 'DE': return rng.pick([`+49 621 ${d(6)}-${d(2)}`, `0621 ${d(4)} ${d(3)}`]);
    case 'FR': return `+33 4 ${d(2)} ${d(2)} ${d(2)} ${d(2)}`;
    case 'ES': return rng.pick([`+34 947 ${d(2)} ${d(2)} ${d(2)}`, `986 ${d(3)} ${d(3)}`]);
    case 'NL': return rng.pick([`+31 30 ${d(3)} ${d(4)}`, `030 ${d(3)} ${d(4)}`]);
    case 'IT': return rng.pick([`+39 039 ${d(3)} ${d(4)}`, `039 ${d(7)}`]);
  }
}

export function personFor(rng: Rng, firm: Firm): Person {
  const lang = LOCALE_INFO[firm.locale].lang;
  const [first, last] = [rng.pick(FIRST[lang]), rng.pick(LAST[lang])];
  const local = rng.pick([`${ascii(first)}.${ascii(last)}`, `${ascii(first)[0]}${ascii(last)}`, `${ascii(first)}`]);
  return { name: `${first} ${last}`, email: `${local}@${firm.domain}`, phone: phoneFor(rng, LOCALE_INFO[firm.locale].country), title: rng.pick(TITLES[lang]) };
}

// ---- terms, carriers (no urgency words in any of them)

export const TERMS: Record<LocaleId, string[]> = {
  'en-US': ['Net 30', 'Net 45', '2% 10 Net 30', 'Net 60'],
  'en-GB': ['30 days end of month', 'Net 30', '60 days from invoice'],
  'de-DE': ['30 Tage netto', '14 Tage 2 % Skonto, 30 Tage netto'],
  'fr-FR': ['30 jours fin de mois', '45 jours fin de mois', 'Virement à 30 jours'],
  'es-ES': ['Transferencia a 60 días', 'Confirming 90 días', 'Recibo a 30 días'],
  'nl-NL': ['30 dagen netto', 'Binnen 14 dagen na factuurdatum'],
  'it-IT': ['Bonifico 60 gg d.f.f.m.', 'Ri.Ba. 90 gg f.m.', 'Bonifico 30 gg data fattura'],
};
export const CARRIERS: Record<LocaleId, string[]> = {
  'en-US': ['UPS Ground', 'FedEx Ground', 'Best Way', 'Customer Pickup', 'LTL Freight Collect'],
  'en-GB': ['DPD Classic', 'Palletways', 'Our own transport'],
  'de-DE': ['DHL Paket', 'Spedition', 'Selbstabholung', 'DB Schenker'],
  'fr-FR': ['Colissimo', 'Messagerie', 'Transporteur Geodis'],
  'es-ES': ['SEUR', 'Agencia de transporte', 'Recogida en almacén'],
  'nl-NL': ['PostNL', 'Eigen vervoer', 'DHL Freight'],
  'it-IT': ['Corriere BRT', 'Franco destino', 'Ritiro a ns. carico'],
};
export const NOTES: Record<Lang, string[]> = {
  en: ['Please quote our PO number on all documents.', 'Deliveries Mon-Fri 7:00-15:00 only.', 'Certificate of conformance required.'],
  de: ['Bitte Bestellnummer auf allen Belegen angeben.', 'Anlieferung Mo-Fr 7-14 Uhr.'],
  fr: ['Merci de rappeler notre numéro de commande sur tous les documents.', 'Livraison du lundi au vendredi de 8h à 16h.'],
  es: ['Indicar nuestro número de pedido en el albarán.', 'Horario de descarga de 8:00 a 14:00.'],
  nl: ['Vermeld ons ordernummer op de pakbon.', 'Levering ma-vr 7:00-16:00.'],
  it: ['Indicare il ns. numero ordine sul DDT.', 'Consegna lun-ven 8:00-17:00.'],
};

// ---- items: made from templates, so a long table never runs out of distinct item numbers

export interface ItemSpec { sku: string; desc: string; unit: string; price: [number, number]; step: number; fractional: boolean }

type Template = { sku: (p: string) => string; desc: Record<Lang, (p: string) => string>; unit: Record<Lang, string>; params: string[]; price: [number, number]; step?: number; fractional?: boolean };

const U = (en: string, de: string, fr: string, es: string, nl: string, it: string): Record<Lang, string> => ({ en, de, fr, es, nl, it });
const TEMPLATES: Template[] = [
  { sku: (p) => `HX-M${p.replace('x', '-')}`, params: ['8x40', '8x50', '10x30', '10x60', '12x40', '6x25', '16x80'], price: [8, 26], unit: U('BOX', 'Pkt', 'bte', 'caja', 'doos', 'conf'),
    desc: { en: (p) => `Hex head cap screw M${p.replace('x', ' x ')} mm, zinc plated (box of 100)`, de: (p) => `Sechskantschraube DIN 933 M${p.replace('x', ' x ')}, 8.8, verzinkt (100 Stk)`, fr: (p) => `Vis tête hexagonale M${p.replace('x', ' x ')}, classe 8.8, zinguée (boîte de 100)`, es: (p) => `Tornillo hexagonal DIN 933 M${p.replace('x', ' x ')}, zincado (caja de 100)`, nl: (p) => `Zeskantbout DIN 933 M${p.replace('x', ' x ')}, verzinkt (doos à 100)`, it: (p) => `Vite testa esagonale M${p.replace('x', ' x ')}, zincata (conf. 100 pz)` } },
  { sku: (p) => `${p}-2RS`, params: ['6201', '6202', '6204', '6205', '6206', '6305', '6008'], price: [3.5, 14], unit: U('EA', 'Stk', 'pce', 'ud', 'st', 'pz'),
    desc: { en: (p) => `Deep groove ball bearing ${p}-2RS, sealed`, de: (p) => `Rillenkugellager ${p}-2RS, beidseitig abgedichtet`, fr: (p) => `Roulement à billes ${p}-2RS étanche`, es: (p) => `Rodamiento rígido de bolas ${p}-2RS`, nl: (p) => `Groefkogellager ${p}-2RS, afgedicht`, it: (p) => `Cuscinetto radiale a sfere ${p}-2RS schermato` } },
  { sku: (p) => `CT-${p}`, params: ['100', '150', '200', '300', '370'], price: [2.2, 9.5], unit: U('PK', 'Pkt', 'sac', 'bolsa', 'zak', 'conf'),
    desc: { en: (p) => `Cable ties ${p} mm black, UV resistant (100/pk)`, de: (p) => `Kabelbinder ${p} mm schwarz, UV-beständig (100 Stk)`, fr: (p) => `Colliers de serrage ${p} mm noirs (sachet de 100)`, es: (p) => `Bridas de nailon ${p} mm negras (bolsa de 100)`, nl: (p) => `Kabelbinders ${p} mm zwart, UV-bestendig (zak à 100)`, it: (p) => `Fascette ${p} mm nere, resistenti UV (conf. 100)` } },
  { sku: (p) => `DRL-HSS-${p}`, params: ['3.0', '4.5', '6.0', '8.0', '10.0', '12.0'], price: [1.8, 9], step: 10, unit: U('EA', 'Stk', 'pce', 'ud', 'st', 'pz'),
    desc: { en: (p) => `HSS twist drill ${p} mm DIN 338, jobber length`, de: (p) => `HSS-Spiralbohrer ${p} mm DIN 338`, fr: (p) => `Foret hélicoïdal HSS ${p} mm DIN 338`, es: (p) => `Broca helicoidal HSS ${p} mm DIN 338`, nl: (p) => `HSS spiraalboor ${p} mm DIN 338`, it: (p) => `Punta elicoidale HSS ${p} mm DIN 338` } },
  { sku: (p) => `HYD-${p}-20L`, params: ['32', '46', '68'], price: [55, 95], unit: U('EA', 'Kan', 'bid', 'garrafa', 'can', 'tan'),
    desc: { en: (p) => `Hydraulic oil ISO VG ${p}, 20 L pail`, de: (p) => `Hydrauliköl HLP ${p}, 20-l-Kanister`, fr: (p) => `Huile hydraulique HV ${p}, bidon de 20 L`, es: (p) => `Aceite hidráulico HM ${p}, garrafa de 20 L`, nl: (p) => `Hydraulische olie HLP ${p}, can 20 L`, it: (p) => `Olio idraulico HM ${p}, tanica da 20 L` } },
  { sku: (p) => `ORG-${p.replace('x', 'X')}`, params: ['20x2', '25x3', '30x3', '40x4', '50x5', '12x2'], price: [0.12, 0.9], step: 50, unit: U('PCS', 'Stk', 'pce', 'ud', 'st', 'pz'),
    desc: { en: (p) => `O-ring NBR 70 Shore A, ${p.replace('x', ' x ')} mm`, de: (p) => `O-Ring NBR 70 Shore A, ${p.replace('x', ' x ')} mm`, fr: (p) => `Joint torique NBR 70, ${p.replace('x', ' x ')} mm`, es: (p) => `Junta tórica NBR 70, ${p.replace('x', ' x ')} mm`, nl: (p) => `O-ring NBR 70 Shore A, ${p.replace('x', ' x ')} mm`, it: (p) => `O-ring NBR 70 Shore A, ${p.replace('x', ' x ')} mm` } },
  { sku: (p) => `SS304-${p}`, params: ['RB10', 'RB12', 'RB16', 'RB20'], price: [5.5, 9.5], step: 5, fractional: true, unit: U('KG', 'kg', 'kg', 'kg', 'kg', 'kg'),
    desc: { en: (p) => `Stainless steel round bar 304, ${p.slice(2)} mm diameter`, de: (p) => `Rundstahl 1.4301 Ø ${p.slice(2)} mm, blank`, fr: (p) => `Rond inox 304 diamètre ${p.slice(2)} mm`, es: (p) => `Redondo de acero inoxidable 304, ${p.slice(2)} mm`, nl: (p) => `RVS rond staf 304, diameter ${p.slice(2)} mm`, it: (p) => `Tondo inox AISI 304 diametro ${p.slice(2)} mm` } },
  { sku: (p) => `HOSE-PVC-${p}`, params: ['13', '19', '25', '32'], price: [2.1, 6.4], step: 5, fractional: true, unit: U('M', 'm', 'm', 'm', 'm', 'm'),
    desc: { en: (p) => `PVC suction hose ${p} mm, clear, braided`, de: (p) => `PVC-Saugschlauch ${p} mm, transparent, gewebeverstärkt`, fr: (p) => `Tuyau PVC cristal armé ${p} mm`, es: (p) => `Manguera PVC cristal con malla ${p} mm`, nl: (p) => `PVC zuigslang ${p} mm, transparant, versterkt`, it: (p) => `Tubo PVC cristallo retinato ${p} mm` } },
  { sku: (p) => `GLV-NIT-${p}`, params: ['S', 'M', 'L', 'XL'], price: [6.5, 13], unit: U('BOX', 'Box', 'bte', 'caja', 'doos', 'scat'),
    desc: { en: (p) => `Nitrile disposable gloves size ${p}, powder free, 100/box`, de: (p) => `Nitril-Einweghandschuhe Gr. ${p}, puderfrei (100 Stk)`, fr: (p) => `Gants nitrile jetables taille ${p}, non poudrés (boîte de 100)`, es: (p) => `Guantes de nitrilo desechables talla ${p} (caja de 100)`, nl: (p) => `Nitril wegwerphandschoenen maat ${p}, poedervrij (doos à 100)`, it: (p) => `Guanti monouso in nitrile taglia ${p}, senza polvere (scatola 100)` } },
  { sku: (p) => `VB-${p}`, params: ['A32', 'A42', 'A55', 'B48', 'B62', 'SPZ1000'], price: [6, 19], unit: U('EA', 'Stk', 'pce', 'ud', 'st', 'pz'),
    desc: { en: (p) => `V-belt ${p}, classic wrapped`, de: (p) => `Keilriemen ${p}, ummantelt`, fr: (p) => `Courroie trapézoïdale ${p}`, es: (p) => `Correa trapecial ${p}`, nl: (p) => `V-snaar ${p}, omhuld`, it: (p) => `Cinghia trapezoidale ${p}` } },
  { sku: (p) => `LED-T8-${p}`, params: ['60-9W', '120-18W', '150-24W'], price: [4.9, 12.5], step: 10, unit: U('EA', 'Stk', 'pce', 'ud', 'st', 'pz'),
    desc: { en: (p) => `LED tube T8 ${p.split('-')[0]} cm ${p.split('-')[1]} 4000 K`, de: (p) => `LED-Röhre T8 ${p.split('-')[0]} cm ${p.split('-')[1]} 4000 K`, fr: (p) => `Tube LED T8 ${p.split('-')[0]} cm ${p.split('-')[1]} 4000 K`, es: (p) => `Tubo LED T8 ${p.split('-')[0]} cm ${p.split('-')[1]} 4000 K`, nl: (p) => `LED-buis T8 ${p.split('-')[0]} cm ${p.split('-')[1]} 4000 K`, it: (p) => `Tubo LED T8 ${p.split('-')[0]} cm ${p.split('-')[1]} 4000 K` } },
  { sku: (p) => `DSC-${p}`, params: ['115-1', '125-1', '125-6', '180-3', '230-2'], price: [0.8, 4.5], step: 25, unit: U('EA', 'Stk', 'pce', 'ud', 'st', 'pz'),
    desc: { en: (p) => `Cut-off wheel ${p.split('-')[0]} x ${p.split('-')[1]} mm, stainless`, de: (p) => `Trennscheibe ${p.split('-')[0]} x ${p.split('-')[1]} mm, Inox`, fr: (p) => `Disque à tronçonner inox ${p.split('-')[0]} x ${p.split('-')[1]} mm`, es: (p) => `Disco de corte inox ${p.split('-')[0]} x ${p.split('-')[1]} mm`, nl: (p) => `Doorslijpschijf ${p.split('-')[0]} x ${p.split('-')[1]} mm, RVS`, it: (p) => `Disco da taglio inox ${p.split('-')[0]} x ${p.split('-')[1]} mm` } },
];

/** Extra words that make a description wrap in a narrow column. */
export const LONG_TAILS: Record<Lang, string[]> = {
  en: ['supplied with material certificate EN 10204 3.1', 'packed in cartons, max. 25 kg per carton', 'to drawing rev. C, deburred'],
  de: ['mit Werkszeugnis EN 10204 3.1', 'verpackt in Kartons, max. 25 kg je Karton', 'nach Zeichnung Rev. C, entgratet'],
  fr: ['avec certificat matière EN 10204 3.1', 'conditionné en cartons de 25 kg maximum', 'selon plan indice C, ébavuré'],
  es: ['con certificado de material EN 10204 3.1', 'embalado en cajas de máximo 25 kg', 'según plano rev. C, desbarbado'],
  nl: ['met materiaalcertificaat EN 10204 3.1', 'verpakt in dozen van max. 25 kg', 'volgens tekening rev. C, ontbraamd'],
  it: ['con certificato materiale EN 10204 3.1', 'imballato in cartoni da max 25 kg', 'secondo disegno rev. C, sbavato'],
};

/** n distinct items in the language (all templates and parameters shuffled). */
export function itemsFor(rng: Rng, lang: Lang, n: number, longDesc: boolean): ItemSpec[] {
  const all = TEMPLATES.flatMap((t) => t.params.map((p) => ({ t, p })));
  return rng.sample(all, Math.min(n, all.length)).map(({ t, p }) => ({
    sku: t.sku(p),
    desc: longDesc ? `${t.desc[lang](p)}, ${rng.pick(LONG_TAILS[lang])}` : t.desc[lang](p),
    unit: t.unit[lang], price: t.price, step: t.step ?? 1, fractional: t.fractional ?? false,
  }));
}
