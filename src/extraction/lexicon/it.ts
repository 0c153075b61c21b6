import type { Lexicon } from './lexicon.ts';

/** Italian: what a purchase order and the mail around it say in Italian. */
export const it: Lexicon = {
  lang: 'it',
  functionWords: ['il', 'lo', 'gli', 'e', 'di', 'per', 'con', 'che', 'ordine', 'quantita', 'prezzo', 'consegna', 'grazie', 'vostro', 'nostro'],
  columns: {
    description: ['descrizione', 'descrizione articolo', 'prodotto', 'denominazione'],
    quantity: ['quantità', 'qtà', 'q.tà', 'qta', 'q.ta', 'qtà ordinata', 'quantità ordinata', 'q.tà ord.'],
    unitPrice: ['prezzo', 'prezzo unitario', 'prezzo unit.', 'prezzo netto', 'prezzo unit', 'p.u.', 'prezzo cad.'],
    amount: ['importo', 'totale', 'valore', 'importo netto', 'totale riga', 'imponibile'],
    lineNo: ['pos.', 'pos', 'riga', 'n.', 'nr.', 'n. riga'],
    sku: ['codice', 'cod.', 'codice articolo', 'cod. art.', 'cod. articolo', 'articolo', 'vs. codice', 'codice fornitore', 'rif.'],
    unit: ['u.m.', 'um', 'unità di misura', 'u.m'],
    date: ['data consegna', 'consegna', 'data di consegna', 'termine di consegna'],
    discount: ['sconto', 'sconto %', 'sc. %', 'sc.'],
    tax: ['iva', 'aliquota iva'],
  },
  fields: {
    poNumber: ['numero ordine', 'n. ordine', 'ordine n.', 'ordine nr.', 'nr. ordine', 'ordine'],
    orderDate: ['data ordine', 'data documento', 'data'],
    requestedDeliveryDate: ['data consegna richiesta', 'data di consegna richiesta', 'data consegna', 'data di consegna', 'consegna richiesta', 'consegna'],
    paymentTerms: ['condizioni di pagamento', 'modalità di pagamento', 'pagamento'],
    shippingMethod: ['resa / spedizione', 'modalità di spedizione', 'spedizione', 'vettore', 'trasporto', 'resa'],
    contactName: ['referente', 'richiedente', 'buyer'],
    phone: ['telefono', 'tel.'],
    currency: ['valuta'],
  },
  totals: {
    subtotal: ['imponibile', 'totale imponibile', 'totale merce', 'subtotale'],
    tax: ['iva'],
    shipping: ['spese di trasporto', 'trasporto', 'spese di spedizione'],
    total: ['totale ordine', 'totale documento', 'totale'],
  },
  parties: {
    supplier: ['fornitore', 'spett.le'],
    shipTo: ['destinazione merce', 'luogo di consegna', 'indirizzo di consegna', 'consegnare a', 'destinazione'],
    billTo: ['fatturare a', 'intestatario fattura', 'indirizzo di fatturazione'],
  },
  addressReferences: {
    shipTo: ['\\b(?:come|uguale a(?:ll)?|idem) (?:l )?(?:indirizzo di |luogo di )?(?:consegna|destinazione)\\b'],
    letterhead: ['\\bcarta intestata\\b', '\\bintestazione\\b'],
    above: ['\\bcome sopra\\b', '\\bsopra indicat[oa]\\b', '\\bidem\\b'],
  },
  units: ['PZ'],
  sellerSide: ['vostro', 'vostra', 'vs.', 'fornitore', 'forn.'],
  automatedMail: ['\\bnon rispondere\\b', '\\b(?:generat[oa]|inviat[oa]) automaticamente\\b', '\\bmessaggio automatico\\b'],
  closings: ['cordiali\\s+saluti', 'distinti\\s+saluti', 'saluti', 'grazie'],
  jobTitles: ['acquisti', 'responsabile', 'buyer', 'ufficio'],
  datedWords: ['del', 'in data'],
  numberWords: ['n[°º]\\.?', 'numero', 'nr\\.?'],
  orderNouns: ['ordine'],
  orderPhrases: ['(?:in allegato|alleghiamo|vi inviamo) (?:il )?(?:nostro )?ordine\\b', 'vi preghiamo di (?:inviare|fornire|consegnare)\\b'],
  orderTitles: ['ordine\\b'],
  documentKinds: {
    invoice: ['\\b(?:fattura)\\b'],
    quotation: ['\\b(?:preventivo|offerta)\\b'],
  },
  urgency: {
    urgent: ['urgente'],
    high: ['prioritari[oa]'],
    negators: ['niente'],
    contrast: ['ma'],
  },
  /** Issue 16 part 3: a reply that accepts a quote ("approved, please go ahead"). */
  quoteApprovals: [
    '\\b(?:preventivo|offerta)\\b[^.\\n]{0,40}\\b(?:e |viene )?(?:approvat|accettat|confermat)[oa]\\b',
    '\\b(?:approvato|accettato)\\b[^.\\n]{0,30}\\b(?:procedete|potete procedere|procedere)\\b',
    '\\b(?:potete|prego di) procedere\\b',
    '\\baccettiamo (?:il |la |vostr[oa] )?(?:preventivo|offerta)\\b',
  ],
};
