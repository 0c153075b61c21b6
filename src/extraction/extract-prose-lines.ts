import { parseAmount } from '../domain/parse-amount.ts';
import type { ItemDraft, NumberStyle } from './read-line-table.ts';
import type { LayoutLine } from './to-layout-lines.ts';
import { UNIT_WORDS, fold } from './vocabulary.ts';

// Orders written as sentences or lists in a mail body: "please send 12 x AB-1234",
// "- 10 cases of copy paper (PAP-500)", "AB-1234: 5 pcs", "3 boxes of cable ties CT-200 @ 4.50".

const UNIT_ALT = [...UNIT_WORDS, 'boxes', 'cases', 'packs', 'pieces', 'units', 'rolls', 'pairs', 'cartons', 'bags', 'sets', 'pallets', 'stück', 'stk', 'kartons', 'packungen', 'rollen', 'paar', 'pièces', 'boîtes', 'cartons', 'paquets', 'rouleaux', 'cajas', 'unidades', 'piezas', 'paquetes', 'rollos', 'pares', 'uds', 'pcs']
  .map((u) => u.toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
  .sort((a, b) => b.length - a.length)
  .join('|');
const SKU = String.raw`(?=[A-Z0-9./-]*\d)[A-Z0-9][A-Z0-9./-]{2,}[A-Z0-9]|(?=[A-Z0-9./-]*[A-Z])(?=[A-Z0-9./-]*\d)[A-Z0-9]{3,}`;
const QTY = String.raw`(\d{1,6}(?:[.,]\d{1,3})?)`;
const PRICE = String.raw`(?:\s*(?:@|at|à|a|zu\s*je|je|each|à\s*)\s*(?:[$€£]\s*)?(\d[\d.,]*)\s*(?:[$€£]|eur|usd|gbp)?(?:\s*(?:each|ea|\/\s*\w+|pro\s+\w+|la\s+\w+|cada\s+\w+|l'unité|pièce))?)?`;

const PATTERNS: RegExp[] = [
  // 12 x AB-1234 Widget blue | 12 pcs AB-1234 | 10 cases of copy paper (PAP-500)
  new RegExp(String.raw`^${QTY}\s*(?:x|×|\*)?\s*(?:(${UNIT_ALT})\.?\s+)?(?:(?:of|de|von|du|des|d')\s+)?(.+?)${PRICE}$`, 'i'),
  // AB-1234 Widget x 12 | AB-1234: 12 pcs | Widget AB-1234 - qty 12
  new RegExp(String.raw`^(.+?)\s*(?:[:=–-]\s*|\s)(?:qty\.?|menge|cantidad|qté|quantity)?\s*(?:x|×)?\s*${QTY}\s*(?:(${UNIT_ALT})\.?)?${PRICE}$`, 'i'),
];

function cleanLine(text: string): string {
  return text
    .replace(/^\s*(?:[-*•·]|\d{1,2}[.)])\s+/, '')
    .replace(/^(?:please\s+)?(?:send|ship|supply|deliver|order|we need|we'd like|we would like|i need|bitte\s+(?:liefern|senden)|wir\s+(?:bestellen|benötigen)|veuillez\s+(?:livrer|envoyer)|merci\s+de\s+(?:livrer|nous\s+envoyer)|nous\s+commandons|por\s+favor\s+(?:enviar|envíen)|necesitamos)\s*(?:us\s+)?(?:the\s+following:?\s*)?/i, '')
    .replace(/[.;!]+$/, '')
    .trim();
}

function splitSku(text: string): { sku: string | null; description: string | null } {
  const paren = text.match(new RegExp(String.raw`^(.*?)\s*\((?:(?:item|part|art\.?|ref\.?|sku)[\s#:.-]*)?(${SKU})\)\s*(.*)$`, 'i'));
  if (paren) return { sku: paren[2], description: `${paren[1]} ${paren[3]}`.trim() || null };
  const tokens = text.split(/\s+/);
  const at = tokens.findIndex((t) => new RegExp(`^(?:${SKU})$`).test(t.replace(/[,:;]$/, '')) && /[A-Z]/.test(t) || /^(?:\d{4,}[-/.]?\d*)$/.test(t));
  if (at < 0) return { sku: null, description: text || null };
  const sku = tokens[at].replace(/[,:;]$/, '');
  const rest = [...tokens.slice(0, at), ...tokens.slice(at + 1)].join(' ').replace(/^[-–:,]\s*|\s*[-–:,]$/g, '').trim();
  return { sku, description: rest.replace(/^(?:item|part|art\.?|artikel|réf\.?|ref\.?|sku)\s*#?\s*$/i, '') || null };
}

function toProseItem(raw: string, line: LayoutLine, index: number, style: NumberStyle): ItemDraft | null {
  const text = cleanLine(raw);
  if (text.length < 4 || text.length > 160) return null;
  if (/\b(tel|phone|fax|call|order\s*(?:no|number|#)|po\s*(?:no|number|#)|invoice|total|subtotal|date|datum|fecha|street|suite)\b/i.test(text)) return null;
  for (const [k, re] of PATTERNS.entries()) {
    const m = text.match(re);
    if (!m) continue;
    const [qtyText, unit, what, price] = k === 0 ? [m[1], m[2], m[3], m[4]] : [m[2], m[3], m[1], m[4]];
    const quantity = parseAmount(qtyText, style);
    if (quantity === null || quantity <= 0 || quantity > 1e6) continue;
    const { sku, description } = splitSku(what.trim());
    if (!sku && !(unit && description && description.split(/\s+/).length <= 8)) continue;
    const unitPrice = price ? parseAmount(price, style) : null;
    return {
      lineNo: null, sku, description, quantity,
      unit: unit ? normaliseUnit(unit) : null,
      unitPrice, amount: null,
      deliveryDate: null, confidence: sku ? 0.85 : 0.7, page: line.page, lineIndex: index, issues: [],
    };
  }
  return null;
}

function normaliseUnit(unit: string): string {
  return unit.toUpperCase();
}

/** Items written as prose or a list, one or several per line ("12 x A-1 and 3 x B-2"). */
export function extractProseLines(lines: LayoutLine[], style: NumberStyle): ItemDraft[] {
  const items: ItemDraft[] = [];
  lines.forEach((line, i) => {
    const text = line.segments.map((s) => s.text).join(' ');
    if (/^>/.test(text)) return;
    for (const part of text.split(/\s*(?:;|,\s+(?=\d)|\s+(?:and|und|et|y|plus|sowie)\s+(?=\d))\s*/i)) {
      const item = toProseItem(part, line, i, style);
      if (item) items.push(item);
    }
  });
  return items;
}

export { fold };
