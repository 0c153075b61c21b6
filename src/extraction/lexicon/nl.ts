import type { Lexicon } from './lexicon.ts';

/** Dutch: what a purchase order and the mail around it say in Dutch. */
export const nl: Lexicon = {
  lang: 'nl',
  functionWords: ['de', 'het', 'een', 'en', 'van', 'voor', 'met', 'wij', 'uw', 'graag', 'bestelling', 'aantal', 'prijs', 'levering', 'bedankt'],
  columns: {
    description: ['omschrijving'],
    quantity: ['aantal'],
    unit: ['eenheid'],
    unitPrice: ['prijs'],
    amount: ['bedrag'],
  },
  fields: {
    poNumber: ['bestelnummer'],
    orderDate: ['besteldatum'],
    requestedDeliveryDate: ['leverdatum'],
    paymentTerms: ['betalingsvoorwaarden'],
    shippingMethod: ['verzendwijze'],
  },
  totals: {
    subtotal: ['subtotaal'],
    tax: ['btw'],
    shipping: ['verzendkosten'],
    total: ['totaal'],
  },
  parties: {
    supplier: ['leverancier'],
    shipTo: ['afleveradres'],
    billTo: ['factureren aan', 'factuuradres'],
  },
  orderNouns: ['inkooporder|bestelling'],
  orderPhrases: ["hierbij (?:ons|onze) (?:bestelling|order)\\b", "graag (?:leveren|bestellen|ontvangen)\\b"],
  orderTitles: ["(?:inkooporder|bestelling)\\b"],
  documentKinds: {
    invoice: ["\\b(?:factuur)\\b"],
    quotation: ["\\b(?:offerte)\\b"],
  },
  urgency: {
    urgent: ['spoed(?:order|bestelling)?'],
    negators: ['geen', 'niet'],
    contrast: ['maar'],
  },
  /** Issue 16 part 3: a reply that accepts a quote ("approved, please go ahead"). */
  quoteApprovals: ["\\b(?:offerte|aanbieding)\\b[^.\\n]{0,40}\\b(?:is |wordt )?(?:goedgekeurd|geaccepteerd|akkoord|bevestigd)\\b", "\\bakkoord\\b[^.\\n]{0,30}\\b(?:offerte|graag leveren|ga je gang|u kunt leveren)\\b", "\\b(?:graag leveren|leveren) (?:zoals|volgens) (?:aangeboden|offerte)\\b", "\\bwij gaan akkoord met\\b"],
};
