import { z } from 'zod';

// The seller's master data as the matching step sees it: catalogue, customers and the customers'
// own part numbers (cross-references). Row schemas parse one CSV row each (README: master data).

const text = z.string().trim();
const optionalText = text.transform((s) => (s === '' ? null : s));
const number = (what: string) =>
  text.refine((s) => s !== '' && Number.isFinite(Number(s.replace(/,/g, ''))), `${what} is not a number`).transform((s) => Number(s.replace(/,/g, '')));
const list = text.transform((s) =>
  s
    .split(';')
    .map((x) => x.trim().toLowerCase())
    .filter(Boolean),
);
const flag = text
  .transform((s) => s.toLowerCase())
  .refine((s) => ['', 'true', 'false', 'yes', 'no', '1', '0'].includes(s), 'auto_approve is not true or false')
  .transform((s) => ['true', 'yes', '1'].includes(s));

export const catalogRowSchema = z.object({
  sku: text.min(1, 'sku is empty').transform((s) => s.toUpperCase()),
  description: text.min(1, 'description is empty'),
  unit: text.transform((s) => (s === '' ? 'EA' : s.toUpperCase())),
  unit_price: number('unit_price').refine((n) => n >= 0, 'unit_price is negative'),
  currency: text.transform((s) => (s === '' ? null : s.toUpperCase())),
  stock_on_hand: z.union([z.literal(''), number('stock_on_hand')]).transform((v) => (v === '' ? null : v)),
  gtin: text.refine((s) => s === '' || /^\d{8,14}$/.test(s), 'gtin is not 8 to 14 digits').transform((s) => (s === '' ? null : s)),
});

export const customerRowSchema = z.object({
  customer_id: text.min(1, 'customer_id is empty'),
  name: text.min(1, 'name is empty'),
  email_domains: list.default([]),
  emails: list.default([]),
  phone: optionalText.default(''),
  fax: optionalText.default(''),
  ship_to_street: optionalText.default(''),
  ship_to_city: optionalText.default(''),
  ship_to_region: optionalText.default(''),
  ship_to_postal_code: optionalText.default(''),
  ship_to_country: optionalText.default(''),
  price_list: optionalText.default(''),
  auto_approve: flag.default(false),
  // Identifiers a structured order names the buyer by (issue 20), ";"-separated, "scheme:value":
  // duns:123456789, gln:4012345000009, ariba:AN01000123456, x12:ZZ:LAKEVIEW, edi:ANYSCHEME.
  party_ids: list.default([]),
  // The SharedSecret its buying platform sends with cXML posted to /api/cxml.
  cxml_shared_secret: text.transform((s) => (s === '' ? null : s)).default(''),
});

export const xrefRowSchema = z.object({
  customer_id: text.min(1, 'customer_id is empty'),
  customer_sku: text.min(1, 'customer_sku is empty'),
  sku: text.min(1, 'sku is empty').transform((s) => s.toUpperCase()),
  unit_factor: z
    .union([z.literal(''), number('unit_factor')])
    .transform((v) => (v === '' ? 1 : v))
    .refine((n) => n > 0, 'unit_factor must be above 0'),
});

export interface CatalogItem {
  sku: string;
  description: string;
  unit: string;
  unitPrice: number;
  currency: string | null;
  stockOnHand: number | null;
  gtin: string | null;
  /** Prices of named price lists, from extra catalogue columns `price_NAME`. */
  prices: Record<string, number>;
}

export interface Customer {
  customerId: string;
  name: string;
  emailDomains: string[];
  emails: string[];
  phone: string | null;
  fax: string | null;
  shipTo: { street: string | null; city: string | null; region: string | null; postalCode: string | null; country: string | null };
  priceList: string | null;
  autoApprove: boolean;
  /** Identifiers structured orders name the customer by, "scheme:value" lower case (duns:..., gln:..., edi:...). */
  partyIds?: string[];
  /** The cXML SharedSecret of the customer's buying platform (POST /api/cxml). */
  cxmlSharedSecret?: string | null;
}

export interface CrossRef {
  customerId: string;
  customerSku: string;
  sku: string;
  unitFactor: number;
  /** `import` (from XREF_FILE) or `learned` (from a rep's approval). */
  origin: 'import' | 'learned';
  createdBy: string | null;
  createdAt: string | null;
}

export interface MasterData {
  catalog: CatalogItem[];
  customers: Customer[];
  xrefs: CrossRef[];
  /** Changes whenever the rows do (store/master-data masterDataVersion); indexes are built once per version. */
  version?: string;
}

/** How strict straight-through processing is (settings PRICE_TOLERANCE_PERCENT, CONFIDENCE_*). */
export interface MatchPolicy {
  priceTolerancePercent: number;
  confidenceMandatory: number;
  confidenceOptional: number;
  /** authserv-id(s) of our border mail server (setting AUTHSERV_ID); none: no sender is trusted. */
  authservIds: string[];
}

export const DEFAULT_POLICY: MatchPolicy = { priceTolerancePercent: 2, confidenceMandatory: 0.9, confidenceOptional: 0.6, authservIds: [] };
