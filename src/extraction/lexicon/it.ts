import type { Lexicon } from './lexicon.ts';

/** Italian: what a purchase order and the mail around it say in Italian. */
export const it: Lexicon = {
  lang: 'it',
  functionWords: ['il', 'lo', 'gli', 'e', 'di', 'per', 'con', 'che', 'ordine', 'quantita', 'prezzo', 'consegna', 'grazie', 'vostro', 'nostro'],
  columns: {
    description: ['descrizione'],
    quantity: ['quantità', 'qtà'],
    unitPrice: ['prezzo'],
    amount: ['importo'],
  },
  fields: {
    poNumber: ['ordine n.'],
    orderDate: ['data'],
  },
  totals: {
    total: ['totale'],
  },
  parties: {
    supplier: ['fornitore'],
  },
  units: ['PZ'],
  orderNouns: ['ordine'],
  orderPhrases: ["(?:in allegato|alleghiamo|vi inviamo) (?:il )?(?:nostro )?ordine\\b", "vi preghiamo di (?:inviare|fornire|consegnare)\\b"],
  orderTitles: ["ordine\\b"],
  documentKinds: {
    invoice: ["\\b(?:fattura)\\b"],
    quotation: ["\\b(?:preventivo|offerta)\\b"],
  },
  urgency: {
    urgent: ['urgente'],
    high: ['prioritari[oa]'],
    negators: ['niente'],
    contrast: ['ma'],
  },
  /** Issue 16 part 3: a reply that accepts a quote ("approved, please go ahead"). */
  quoteApprovals: ["\\b(?:preventivo|offerta)\\b[^.\\n]{0,40}\\b(?:e |viene )?(?:approvat|accettat|confermat)[oa]\\b", "\\b(?:approvato|accettato)\\b[^.\\n]{0,30}\\b(?:procedete|potete procedere|procedere)\\b", "\\b(?:potete|prego di) procedere\\b", "\\baccettiamo (?:il |la |vostr[oa] )?(?:preventivo|offerta)\\b"],
};
