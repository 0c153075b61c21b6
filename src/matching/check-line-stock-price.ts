import type { OrderLine } from '../domain/draft-order.ts';
import type { Customer } from '../domain/master-data.ts';
import type { LineMatch } from './match-line.ts';

// Price and stock of one matched line. The price expected is the customer's price list (catalogue
// column price_NAME) or else the catalogue price, per the buyer's unit (times the pack factor).

export interface LineCheck {
  /** Blocking: the draft goes to review. */
  problems: string[];
  /** Shown on the line, not blocking (low stock). */
  warnings: string[];
  expectedUnitPrice: number | null;
  priceDifferencePercent: number | null;
  backorder: boolean;
}

const round = (n: number, places = 2) => Math.round(n * 10 ** places) / 10 ** places;

export function checkLineStockPrice(
  line: OrderLine,
  name: string,
  m: LineMatch,
  context: { customer: Customer | null; currency: string | null; tolerancePercent: number },
): LineCheck {
  const check: LineCheck = { problems: [], warnings: [], expectedUnitPrice: null, priceDifferencePercent: null, backorder: false };
  const item = m.item;
  if (!item) return check;
  const list = context.customer?.priceList ?? null;
  const base = (list ? item.prices[list] : undefined) ?? item.unitPrice;
  const source = list && item.prices[list] !== undefined ? `price list ${list}` : 'catalogue price';
  check.expectedUnitPrice = round(base * m.unitFactor, 4);
  if (line.unitPrice !== null && item.currency && context.currency && item.currency !== context.currency) {
    check.problems.push(`${name}: priced in ${context.currency} but ${item.sku} is listed in ${item.currency}; price not checked`);
  } else if (line.unitPrice !== null && check.expectedUnitPrice > 0) {
    const diff = ((line.unitPrice - check.expectedUnitPrice) / check.expectedUnitPrice) * 100;
    check.priceDifferencePercent = round(diff, 1);
    if (Math.abs(diff) > context.tolerancePercent) {
      check.problems.push(
        `${name}: unit price ${line.unitPrice.toFixed(2)} differs from ${source} ${check.expectedUnitPrice.toFixed(2)} by ${diff > 0 ? '+' : ''}${diff.toFixed(1)}% (tolerance ${context.tolerancePercent}%)`,
      );
    }
  }
  if (item.stockOnHand !== null) {
    const wanted = round(line.quantity * m.unitFactor, 3);
    if (wanted > item.stockOnHand) {
      check.backorder = true;
      check.problems.push(`${name}: backorder, ${wanted} ${item.unit} of ${item.sku} ordered, ${item.stockOnHand} on hand`);
    } else if (item.stockOnHand - wanted < wanted) {
      check.warnings.push(`low stock: ${item.stockOnHand} ${item.unit} of ${item.sku} on hand, ${wanted} ordered`);
    }
  }
  return check;
}
