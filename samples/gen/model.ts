import type { Locale, MoneyStyle } from './format.ts';
import type { DateStyle } from './dates.ts';

export type Lang = 'en' | 'de' | 'fr' | 'es';
export type Country = 'US' | 'GB' | 'DE' | 'FR' | 'ES' | 'NL';

export interface Address {
  name: string;
  street: string[];
  city: string;
  region: string | null;
  postalCode: string;
  country: Country;
  /** Whether the country is printed (US addresses sometimes omit it). */
  showCountry: boolean;
}

export interface Contact {
  name: string;
  email: string;
  phone: string | null;
  title: string;
}

export interface Company {
  name: string;
  domain: string;
  country: Country;
  sites: Address[];
}

export interface Line {
  lineNo: number | null;
  sku: string | null;
  description: string | null;
  quantity: number;
  unit: string | null;
  unitPrice: number | null;
  amount: number | null;
}

/** A charge printed among or below the lines that is not an item (discount, freight). */
export interface Charge {
  label: string;
  amount: number;
  /** Printed as a row of the item table rather than in the totals block. */
  inTable: boolean;
}

/** How the document prints numbers and dates. */
export interface Style {
  locale: Locale;
  lang: Lang;
  money: MoneyStyle;
  date: DateStyle;
}

/** One purchase order as the generator means it; renderers print it, truth.ts turns it into the label. */
export interface Po {
  style: Style;
  poNumber: string | null;
  orderDate: string | null;
  deliveryDate: string | null;
  company: Company;
  contact: Contact | null;
  shipTo: Address | null;
  billTo: Address | null;
  currency: string | null;
  lines: Line[];
  discount: Charge | null;
  freight: Charge | null;
  taxRate: number | null;
  /** Values as printed (they may deliberately not add up). */
  subtotal: number | null;
  tax: number | null;
  total: number | null;
  paymentTerms: string | null;
  shippingMethod: string | null;
  notes: string | null;
  reviewReasons: string[];
  labelNotes: string[];
}
