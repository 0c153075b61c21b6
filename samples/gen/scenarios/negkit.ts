import type { Rng } from '../random.ts';
import type { Locale } from '../format.ts';
import type { Row } from '../pdf/table.ts';
import type { Pair } from '../pdf/blocks.ts';
import { ITEMS, type Item } from '../items.ts';
import { formatMoney, formatNumber, formatPrice, round2 } from '../format.ts';
import { SELLER } from '../address.ts';

/** Our suppliers and other senders of mail that is not an order. Invented. */
export const SENDERS = {
  cascade: { name: 'Cascade Corrugated Containers Inc.', domain: 'cascade-corrugated.example', lines: ['5500 Pacific Hwy E', 'Fife, WA 98424', 'USA'] },
  kessler: { name: 'Kessler Zerspanungstechnik GmbH', domain: 'kessler-zt.example', lines: ['Am Bahnhof 9', '42651 Solingen', 'Deutschland'] },
  pacfast: { name: 'Pacific Fastener Distributors', domain: 'pacfast.example', lines: ['2901 Marine View Dr', 'Everett, WA 98201', 'USA'] },
  safety: { name: 'SafetyFirst Distribution', domain: 'safetyfirst-distrib.example', lines: [] as string[] },
  freight: { name: 'FastFreight Logistics', domain: 'notify.fastfreight.example', lines: [] as string[] },
  levante: { name: 'Transportes del Levante S.A.', domain: 'tlevante.example', lines: [] as string[] },
};

export const NORTHWIND_BILL_TO = [SELLER.name, 'Accounts Payable', '1200 Harbor Blvd', 'Tacoma, WA 98421', 'USA'];
export const NORTHWIND_EU = ['Northwind Industrial Supply Europe B.V.', 'Crediteurenadministratie', 'Waalhaven Zuidzijde 21', '3089 JH Rotterdam', 'Niederlande'];

export interface PricedRows { rows: Row[]; net: number }

/** Invoice-like rows (qty x price = amount) for a few catalogue items. */
export function pricedRows(rng: Rng, lang: 'en' | 'de', count: number, locale: Locale): PricedRows {
  let net = 0;
  const rows = rng.sample(ITEMS[lang], count).map((it: Item, i) => {
    const qty = it.step * rng.int(2, 12);
    const price = Number((it.price[0] + rng.next() * (it.price[1] - it.price[0])).toFixed(2));
    const amount = round2(qty * price);
    net = round2(net + amount);
    return { line: String(i + 1), sku: it.sku, description: it.description, qty: String(qty), unitPrice: formatPrice(price, locale), amount: formatNumber(amount, locale) };
  });
  return { rows, net };
}

export function moneyPairs(labels: [string, string, string], net: number, rate: number, locale: Locale, currency: string): Pair[] {
  const tax = round2(net * rate);
  const m = (n: number) => formatMoney(n, locale, currency, 'symbol');
  return [[labels[0], m(net)], [labels[1], m(tax)], [labels[2], m(round2(net + tax))]];
}
