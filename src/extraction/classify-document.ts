import type { DocumentReading } from './extract-document-order.ts';
import { fold } from './vocabulary.ts';

// What a document says it is, from its title and wording. An order needs order words or order
// lines and none of the marks of the mail that is not an order (invoice, quote request, auto-reply).

const PO_TITLE = /\b(?:purchase\s*order\b|p\.?\s?o\.?\s*(?:#|no\b|number\b|nr\b)|order\s*(?:#|no\b|number\b|form\b)|new\s+order\b|(?:bestellung|einkaufsbestellung|bestellschein|auftrag|bon\s+de\s+commande|commande|pedido|orden\s+de\s+compra|inkooporder|bestelling|ordine)\b)/;
const NEGATIVE: [RegExp, string][] = [
  [/\b(pro[ -]?forma|invoice|tax invoice|rechnung|facture|factura|fattura|factuur|credit note|gutschrift|avoir|nota de cr[eé]dito)\b/, 'invoice'],
  [/\b(statement of account|account statement|kontoauszug|relev[eé] de compte|extracto de cuenta|estado de cuenta|reminder|mahnung|relance)\b/, 'statement'],
  [/\b(request for (a )?quot(e|ation)|rfq|please quote|could you (please )?quote|can you (please )?quote|quote request|price request|pricing request|angebotsanfrage|bitte um (ein )?angebot|demande de (prix|devis)|solicitud de (presupuesto|cotizaci[oó]n)|could you send (us )?(a |your )?(quote|price))\b|\b((send|share|provide|forward|need|request)\w*\b[^.\n]{0,30}\b(price ?list|preisliste|liste de prix|lista de precios)|anfrage|angebot (f[üu]r|[üu]ber)|senden sie uns (bitte )?ein angebot|um ein angebot|request for (a )?price|quotation (for|request)|devis pour|cotizaci[oó]n para)\b/, 'quote request'],
  [/\b(out of (the )?office|automatic reply|auto-?reply|autoreply|abwesenheitsnotiz|abwesend|absence du bureau|r[eé]ponse automatique|fuera de la oficina|respuesta autom[aá]tica|i am currently away|i'm away)\b/, 'out-of-office reply'],
  [/\b(newsletter|unsubscribe|abmelden|se d[eé]sinscrire|darse de baja|view (this email )?in (your )?browser)\b/, 'newsletter'],
  [/\b(has (been )?shipped|has been dispatched|shipping (notification|confirmation)|shipment notification|delivery notification|tracking (number|no)|aviso de entrega|ha sido entregad[oa]|has been delivered|was delivered|wurde zugestellt|a [ée]t[ée] livr[ée]e?|avis de livraison|lieferbenachrichtigung|sendungsverfolgung|sendungsnummer|versandbest[aä]tigung|lieferavis|avis d'exp[eé]dition|aviso de env[ií]o|your order is on its way)\b/, 'shipping notice'],
  [/^(price ?list|preisliste|liste de prix|lista de precios|tarifs?)\b/, 'price list request'],
  // Titles only: a PO often asks for the delivery note or packing slip by name.
  [/\b(delivery note|lieferschein|bon de livraison|albar[aá]n|packing (slip|list))\b/, 'delivery note'],
  [/\b(cancel(?:l?ation)?|please cancel|stornierung|stornieren|storno|annulation|annuler|cancelaci[oó]n|cancelar|anular)\b/, 'cancellation'],
  [/\b(damaged|broken|defective|complaint|claim|wrong (?:item|parts?|delivery)|missing (?:items?|parts?)|reklamation|besch[aä]digt|mangel|r[eé]clamation|endommag[eé]|d[eé]fectueux|reclamaci[oó]n|da[nñ]ad[oa]s?|defectuos[oa]s?)\b/, 'complaint'],
  [/\b(invitation|you have been invited|einladung|convocation|invitaci[oó]n|meeting request|calendar invite)\b/, 'invitation'],
  [/\b(no new order|not a new order|just checking(?: on)?(?: the)? status|checking (?:on )?(?:the )?status|status (?:of|on) (?:our|my|the) (?:order|po)|any update on (?:our|my|the) (?:order|po)|where is (?:our|my) (?:order|shipment)|when will (?:our|my|the) (?:order|goods|parts) (?:ship|arrive|be delivered)|keine neue bestellung|pas une nouvelle commande|no es un nuevo pedido)\b/, 'question'],
  [/\b(thank you for your (?:order|purchase)|thanks for your order|vielen dank f[üu]r ihre bestellung|merci pour votre commande|gracias por su (?:pedido|compra)|your order (?:has been|was) (?:received|confirmed|placed))\b/, 'order acknowledgement'],
  [/\b(trade confirmation|confirmation of trade|order confirmation|auftragsbest[aä]tigung|confirmation de commande|confirmaci[oó]n de pedido)\b/, 'confirmation'],
];

const BODY_KINDS = new Set(['question', 'statement', 'quote request', 'out-of-office reply', 'newsletter', 'shipping notice']);

export interface Classification {
  isOrder: boolean;
  /** What it is when not an order (invoice, newsletter ...), for the reasons. */
  kind: string | null;
  poTitle: boolean;
}

/** Reads the title area (first lines) and, more weakly, the whole text. */
/** Title-like lines: short ones, or lines that start with the word (not "... from invoice"). */
function titleText(title: string): string {
  return title
    .split('\n')
    .map((l) => fold(l.replace(/\t/g, ' ').trim()))
    .filter(Boolean)
    .map((l) => (l.length <= 40 ? l : l.split(/[:.]/)[0].slice(0, 40)))
    .join('\n');
}

export function classifyText(title: string, body: string): { negative: string | null; poTitle: boolean } {
  // "Invoice to:", "Rechnung an", "Facturer à" are the bill-to label of a PO, not its title.
  const lines = titleText(title).split('\n').filter((l) => !/^(invoice|bill|rechnung|facture|factura|fatturazione)\w*\s*(to|an|à|a|address|adresse|direcci[oó]n)\b/.test(l));
  const t = lines.join('\n');
  // In the title area a negative word counts where a line starts with it ("INVOICE", "Invoice no").
  const neg = NEGATIVE.find(([re]) => lines.some((l) => (l.match(re)?.index ?? 99) <= 2));
  const poTitle = PO_TITLE.test(t);
  if (neg && !(poTitle && neg[1] === 'confirmation')) return { negative: neg[1], poTitle };
  const b = fold(body.slice(0, 4000));
  // In running text only unambiguous kinds count: a PO may well mention invoices, claims or cancelling.
  const weak = NEGATIVE.find(([re, k]) => BODY_KINDS.has(k) && re.test(b));
  if (weak && !poTitle) return { negative: weak[1], poTitle };
  return { negative: null, poTitle };
}

export function classifyDocument(r: DocumentReading): Classification {
  // Each cell of the top lines is a title candidate ("Ferreira SARL | BON DE COMMANDE").
  const title = r.lines.slice(0, 10).flatMap((l) => l.segments.map((s) => s.text)).join('\n');
  const { negative, poTitle } = classifyText(title, r.doc.text);
  if (negative) return { isOrder: false, kind: negative, poTitle };
  const hasItems = r.items.length > 0;
  const hasPoNumber = r.fields.poNumber !== null;
  // A mail body without a table or PO number is an order only when its lines name item numbers
  // ("please send 12 x AB-1234"), not when it merely mentions quantities ("around 200 pairs a month").
  const coded = r.items.some((i) => i.sku !== null);
  const isOrder = hasItems && (poTitle || hasPoNumber || r.tables.length > 0 || (r.doc.isBody === true && coded));
  return { isOrder, kind: hasItems ? null : 'no order lines', poTitle };
}
