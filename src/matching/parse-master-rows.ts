import { catalogRowSchema, customerRowSchema, xrefRowSchema, type CatalogItem, type CrossRef, type Customer } from '../domain/master-data.ts';

// CSV records (header row → keys) to typed master data. A bad row is rejected with its reason and
// the rest are kept, so one typo in a 5 000-line catalogue does not stop an import.

export type MasterKind = 'catalog' | 'customers' | 'xref';

export const REQUIRED_COLUMNS: Record<MasterKind, string[]> = {
  catalog: ['sku', 'description', 'unit', 'unit_price', 'currency', 'stock_on_hand', 'gtin'],
  customers: ['customer_id', 'name', 'email_domains', 'emails'],
  xref: ['customer_id', 'customer_sku', 'sku', 'unit_factor'],
};

export interface Rejected {
  /** 1-based data row number (the header is row 0). */
  row: number;
  reason: string;
}

export interface ParsedRows<T> {
  rows: T[];
  rejected: Rejected[];
  /** Set when the header lacks required columns; then nothing is read. */
  missingColumns: string[];
}

type RowParser<T> = (record: Record<string, string>) => { ok: true; value: T } | { ok: false; reason: string };

function parseWith<T>(kind: MasterKind, records: Record<string, string>[], parseRow: RowParser<T>, keyOf: (row: T) => string): ParsedRows<T> {
  const header = records.length > 0 ? Object.keys(records[0]).map((h) => h.trim().toLowerCase()) : [];
  const missingColumns = records.length > 0 ? REQUIRED_COLUMNS[kind].filter((c) => !header.includes(c)) : [];
  if (missingColumns.length > 0) return { rows: [], rejected: [], missingColumns };
  const rows = new Map<string, T>();
  const rejected: Rejected[] = [];
  records.forEach((raw, i) => {
    const record = Object.fromEntries(Object.entries(raw).map(([k, v]) => [k.trim().toLowerCase(), v ?? '']));
    const parsed = parseRow(record);
    if (!parsed.ok) return void rejected.push({ row: i + 1, reason: parsed.reason });
    const key = keyOf(parsed.value);
    if (rows.has(key)) return void rejected.push({ row: i + 1, reason: `${key} appears twice; the first row is kept` });
    rows.set(key, parsed.value);
  });
  return { rows: [...rows.values()], rejected, missingColumns };
}

function firstIssue(error: { issues: { path: PropertyKey[]; message: string }[] }): string {
  const issue = error.issues[0];
  return issue ? (issue.message.includes(' ') && !issue.message.startsWith('Invalid') ? issue.message : `${String(issue.path[0])}: ${issue.message}`) : 'invalid row';
}

export function parseCatalogRows(records: Record<string, string>[]): ParsedRows<CatalogItem> {
  return parseWith(
    'catalog',
    records,
    (record) => {
      const r = catalogRowSchema.safeParse(record);
      if (!r.success) return { ok: false, reason: firstIssue(r.error) };
      const prices = Object.fromEntries(
        Object.entries(record)
          .filter(([k, v]) => k.startsWith('price_') && v.trim() !== '' && Number.isFinite(Number(v)))
          .map(([k, v]) => [k.slice('price_'.length), Number(v)]),
      );
      const d = r.data;
      return {
        ok: true,
        value: { sku: d.sku, description: d.description, unit: d.unit, unitPrice: d.unit_price, currency: d.currency, stockOnHand: d.stock_on_hand, gtin: d.gtin, prices },
      };
    },
    (item) => item.sku,
  );
}

export function parseCustomerRows(records: Record<string, string>[]): ParsedRows<Customer> {
  return parseWith(
    'customers',
    records,
    (record) => {
      const r = customerRowSchema.safeParse(record);
      if (!r.success) return { ok: false, reason: firstIssue(r.error) };
      const d = r.data;
      return {
        ok: true,
        value: {
          customerId: d.customer_id,
          name: d.name,
          emailDomains: d.email_domains.map((x) => x.replace(/^@/, '')),
          emails: d.emails,
          phone: d.phone,
          fax: d.fax,
          priceList: d.price_list?.toLowerCase() ?? null,
          autoApprove: d.auto_approve,
          ...(d.party_ids.length ? { partyIds: d.party_ids } : {}),
          ...(d.cxml_shared_secret ? { cxmlSharedSecret: d.cxml_shared_secret } : {}),
          shipTo: { street: d.ship_to_street, city: d.ship_to_city, region: d.ship_to_region, postalCode: d.ship_to_postal_code, country: d.ship_to_country },
        },
      };
    },
    (c) => c.customerId,
  );
}

export function parseXrefRows(records: Record<string, string>[]): ParsedRows<CrossRef> {
  return parseWith(
    'xref',
    records,
    (record) => {
      const r = xrefRowSchema.safeParse(record);
      if (!r.success) return { ok: false, reason: firstIssue(r.error) };
      const d = r.data;
      return {
        ok: true,
        value: { customerId: d.customer_id, customerSku: d.customer_sku, sku: d.sku, unitFactor: d.unit_factor, origin: 'import', createdBy: null, createdAt: null },
      };
    },
    (x) => `${x.customerId}/${x.customerSku.toUpperCase()}`,
  );
}
