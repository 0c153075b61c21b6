import { findDates } from '../../domain/parse-date.ts';
import type { Found } from '../reading/find-labeled-value.ts';
import type { LayoutLine } from '../reading/to-layout-lines.ts';
import { DATED_WORDS, ORDER_NUMBER_LABEL } from '../lexicon/index.ts';
import { FIELD_LABELS } from '../reading/vocabulary.ts';

// Dates that no label names: "please deliver by 31 March", a letter's "Reading, 10 March 2026".

export interface DateContext {
  dayFirst: boolean | null;
  reference?: Date;
}

export const DELIVERY_PHRASE =
  /\b((?:deliver\w*|need\w*|requir\w*|want\w*|ship\w*)(?:\s+[\w']+){0,5}?\s+(?:by|before|no later than|on or before)|deliver(?:ed|y)?\s+(?:by|before|on|no later than)|need(?:ed)?\s+(?:it\s+|them\s+|this\s+|these\s+|the\s+\w+\s+)?(?:by|before|on)|required\s+by|no later than|in time for|lieferung\s+(?:bis|am)(?:\s+zum)?|liefern\s+(?:bis|am)(?:\s+zum)?|bis\s+(?:sp[äa]testens|zum)|livr(?:er|aison|ée?s?)\s+(?:avant|le|pour|d'ici)(?:\s+le)?|livraison\s+(?:demand[ée]e|souhait[ée]e|pr[ée]vue|requise)\s+(?:le|pour\s+le|pour|avant\s+le)|entrega\s+(?:solicitada|prevista|deseada)\s+(?:el|para\s+el)|consegna\s+(?:richiesta\s+)?(?:entro\s+il|entro|il|per\s+il)|levering\s+(?:op|voor|uiterlijk)|avant\s+le|pour\s+le|d'ici\s+le|au\s+plus\s+tard\s+le|entrega\s+(?:antes\s+del?|el|para\s+el)|entregar\s+(?:antes\s+del?|el)|antes\s+del)\b/i;

/** "Please deliver by 31 March 2026": a date written after a delivery phrase. */
export function proseDate(lines: LayoutLine[], phrase: RegExp, ctx: DateContext, within = 12): Found<string> | null {
  for (let i = 0; i < lines.length; i++) {
    const text = lines[i].text.replace(/\t/g, ' ');
    const m = text.match(phrase);
    if (!m || m.index === undefined) continue;
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 40);
    const hit = findDates(after, { dayFirst: ctx.dayFirst, reference: ctx.reference })[0];
    if (hit && hit.index <= within) return { value: hit.iso, lineIndex: i, page: lines[i].page, confidence: 0.75, rule: `phrase "${m[0]}"` };
  }
  return null;
}

/** A letter's date line near the top ("Reading, 10 March 2026"), when no label names the order date. */
export function letterDate(lines: LayoutLine[], ctx: DateContext): Found<string> | null {
  for (let i = 0; i < Math.min(lines.length, 15); i++) {
    for (const seg of lines[i].segments) {
      const hits = findDates(seg.text, { dayFirst: ctx.dayFirst });
      if (hits.length !== 1 || seg.text.length > 45 || DELIVERY_PHRASE.test(seg.text)) continue;
      const before = seg.text.slice(0, hits[0].index).trim();
      if (before === '' || /^[\p{L} .'-]+,$/u.test(before)) return { value: hits[0].iso, lineIndex: i, page: lines[i].page, confidence: 0.7, rule: 'dated letter line' };
    }
  }
  return null;
}

const escape = (l: string) => l.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');

/**
 * "our order TFS/PO/38841 dated 13/10/2026", "Bestellung RV-26-1453 vom 19.10.2026", "l'ordine
 * OA-26-2207 del 03/11/2026": the date that follows an order's reference is its order date.
 */
export const ORDER_DATE_PHRASE = new RegExp(String.raw`${ORDER_NUMBER_LABEL}\s*[:#]?\s*[A-Z0-9][\w\-/.]*\d[\w\-/.]*,?\s+(?:${DATED_WORDS.join('|')})`, 'i');

let labelPhrase: RegExp | null = null;

/** "... Due date 23/10/2026 please", "La fecha de recepción prevista es el 15/12/2026": a delivery-date label inside a sentence, the date right after it (or after its verb). */
export function deliveryLabelPhrase(): RegExp {
  labelPhrase ??= new RegExp(
    `\\b(?:${FIELD_LABELS.requestedDeliveryDate
      .filter((l) => l.includes(' ') && l.length >= 8)
      .sort((a, b) => b.length - a.length)
      .map(escape)
      .join('|')})\\s*[:\\-]?\\s*(?:(?:is|will be|es(?:\\s+el)?|ser[aá](?:\\s+el)?|est(?:\\s+le)?|sera(?:\\s+le)?|ist(?:\\s+der)?|è(?:\\s+il)?|is op)\\s+)?`,
    'i',
  );
  return labelPhrase;
}
