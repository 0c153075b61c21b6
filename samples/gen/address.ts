import type { Address, Lang, Style } from './model.ts';
import { COUNTRY_NAMES } from './i18n.ts';

/** Our company: the seller every order is sent to. */
export const SELLER = {
  name: 'Northwind Industrial Supply',
  email: 'orders@northwind-supply.example',
  domain: 'northwind-supply.example',
};

const SELLER_SITES: Record<string, Address> = {
  US: { name: 'Northwind Industrial Supply', street: ['1200 Harbor Blvd'], city: 'Tacoma', region: 'WA', postalCode: '98421', country: 'US', showCountry: true },
  GB: { name: 'Northwind Industrial Supply Ltd', street: ['40 Dock Road'], city: 'Birkenhead', region: null, postalCode: 'CH41 1DE', country: 'GB', showCountry: true },
  EU: { name: 'Northwind Industrial Supply Europe B.V.', street: ['Waalhaven Zuidzijde 21'], city: 'Rotterdam', region: null, postalCode: '3089 JH', country: 'NL', showCountry: true },
};

export function sellerAddress(style: Style): Address {
  return style.locale === 'en-US' ? SELLER_SITES.US : style.locale === 'en-GB' ? SELLER_SITES.GB : SELLER_SITES.EU;
}

/** Address lines in the customary format of the address's country, country name in the document language. */
export function addressLines(a: Address, lang: Lang): string[] {
  const country = a.showCountry ? [COUNTRY_NAMES[lang][a.country]] : [];
  switch (a.country) {
    case 'US': return [a.name, ...a.street, `${a.city}, ${a.region} ${a.postalCode}`, ...country];
    case 'GB': return [a.name, ...a.street, a.city, a.postalCode, ...country];
    default: return [a.name, ...a.street, `${a.postalCode} ${a.city}`, ...country];
  }
}

/** One-line form, e.g. for letterheads: "4180 Quarry Rd · Dayton, OH 45414". */
export function addressOneLine(a: Address, lang: Lang, sep = ' · '): string {
  return addressLines(a, lang).slice(1).join(sep);
}
