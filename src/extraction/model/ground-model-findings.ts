import type { Address } from '../../domain/draft-order.ts';
import { parseAmount, sameAmount } from '../../domain/parse-amount.ts';
import { findDates } from '../../domain/parse-date.ts';
import type { ModelFindings, ModelLine } from './order-reader.ts';
import { foldKey } from '../../domain/fold-text.ts';

// A model can invent a plausible SKU, price or PO number, or copy one an attacker wrote into the
// mail. Grounding keeps only values that are printed in the source text; the rest is dropped and
// said, so a reviewer learns what the model tried.

export interface GroundingSource {
  text: string;
  /** For dates written without a year. */
  reference?: Date;
}

export interface GroundedFindings {
  findings: ModelFindings;
  /** One line per dropped value, for the review reasons. */
  dropped: string[];
}

/** Letters and digits only, folded: "AB-100 " and "ab 100" are the same item number. */
const squash = foldKey;

/** Every number the text prints, read both US and European way, since the style is a guess. */
export function numbersIn(text: string): number[] {
  const tokens = text.match(/\d(?:[\d.,'\u00a0]*\d)?/g) ?? [];
  const values = new Set<number>();
  for (const token of tokens) {
    for (const style of ['us', 'eu'] as const) {
      const value = parseAmount(token, style);
      if (value !== null) values.add(value);
    }
  }
  return [...values];
}

class Ground {
  private readonly squashed: string;
  private readonly numbers: number[];
  private readonly dates: Set<string>;
  readonly dropped: string[] = [];

  constructor(source: GroundingSource) {
    this.squashed = squash(source.text);
    this.numbers = numbersIn(source.text);
    const found = [true, false].flatMap((dayFirst) => findDates(source.text, { dayFirst, reference: source.reference }));
    this.dates = new Set(found.map((d) => d.iso));
  }

  text(label: string, value: string | null): string | null {
    if (value === null || value.trim() === '') return null;
    const s = squash(value);
    if (s !== '' && this.squashed.includes(s)) return value.trim();
    this.dropped.push(`model's ${label} "${value}" is not in the document (dropped)`);
    return null;
  }

  number(label: string, value: number | null): number | null {
    if (value === null) return null;
    if (this.numbers.some((n) => sameAmount(n, value))) return value;
    this.dropped.push(`model's ${label} ${value} is not in the document (dropped)`);
    return null;
  }

  date(label: string, value: string | null): string | null {
    if (value === null) return null;
    if (this.dates.has(value)) return value;
    this.dropped.push(`model's ${label} ${value} is not a date in the document (dropped)`);
    return null;
  }

  address(label: string, a: Address | null): Address | null {
    if (!a) return null;
    const g = {
      name: this.text(`${label} name`, a.name),
      street: this.text(`${label} street`, a.street),
      city: this.text(`${label} town`, a.city),
      region: this.text(`${label} region`, a.region),
      postalCode: this.text(`${label} postcode`, a.postalCode),
      // Written as a name ("Germany") but asked for as a code: not groundable, and harmless.
      country: a.country,
    };
    return g.name || g.street || g.city ? g : null;
  }

  line(l: ModelLine, n: number): ModelLine | null {
    const where = `line ${l.lineNo ?? n}`;
    if (l.quantity === null) {
      this.dropped.push(`model's ${where} has no quantity (dropped)`);
      return null;
    }
    const sku = l.sku === null ? null : this.text(`${where} item number`, l.sku);
    const quantity = this.number(`${where} quantity`, l.quantity);
    // An invented item or quantity makes the whole row suspect, not just the one cell.
    if ((l.sku !== null && sku === null) || quantity === null) return null;
    return { ...l, sku, quantity, unitPrice: this.number(`${where} unit price`, l.unitPrice), amount: this.number(`${where} amount`, l.amount) };
  }
}

/** Keeps the model's values that the source prints; currency and country codes are checked for shape only. */
export function groundModelFindings(f: ModelFindings, source: GroundingSource): GroundedFindings {
  const g = new Ground(source);
  const findings: ModelFindings = {
    poNumber: g.text('PO number', f.poNumber),
    orderDate: g.date('order date', f.orderDate),
    requestedDeliveryDate: g.date('requested delivery date', f.requestedDeliveryDate),
    // An ISO code is often not printed ("$"): checked for shape only, and merged as the model's.
    currency: f.currency && /^[A-Za-z]{3}$/.test(f.currency.trim()) ? f.currency.trim().toUpperCase() : null,
    buyerCompany: g.text('buyer company', f.buyerCompany),
    shipTo: g.address('ship-to', f.shipTo),
    billTo: g.address('bill-to', f.billTo),
    paymentTerms: g.text('payment terms', f.paymentTerms),
    shippingMethod: g.text('shipping method', f.shippingMethod),
    lines: f.lines.map((l, i) => g.line(l, i + 1)).filter((l): l is ModelLine => l !== null),
    subtotal: g.number('subtotal', f.subtotal),
    tax: g.number('tax', f.tax),
    shipping: g.number('shipping', f.shipping),
    total: g.number('total', f.total),
    rowsSeen: f.rowsSeen,
  };
  return { findings, dropped: g.dropped };
}
