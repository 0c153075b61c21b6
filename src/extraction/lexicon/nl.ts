import type { Lexicon } from './lexicon.ts';

/** Dutch: what a purchase order and the mail around it say in Dutch. */
export const nl: Lexicon = {
  lang: 'nl',
  functionWords: ['de', 'het', 'een', 'en', 'van', 'voor', 'met', 'wij', 'uw', 'graag', 'bestelling', 'aantal', 'prijs', 'levering', 'bedankt'],
  columns: {
    description: ['omschrijving', 'beschrijving', 'artikelomschrijving', 'product', 'artikel'],
    quantity: ['aantal', 'hoeveelheid', 'besteld', 'aantal besteld', 'bestelde hoeveelheid', 'aant.'],
    unit: ['eenheid', 'eh', 'eenh.', 'verpakking'],
    unitPrice: ['prijs', 'stukprijs', 'eenheidsprijs', 'prijs per eenheid', 'directe kostprijs', 'directe kostprijs excl. btw', 'netto prijs', 'nettoprijs', 'prijs/st'],
    amount: ['bedrag', 'regelbedrag', 'regelbedrag excl. btw', 'totaal', 'netto bedrag', 'totaalbedrag', 'bedrag excl. btw', 'subtotaal'],
    lineNo: ['regel', 'regelnr', 'regelnr.', 'nr.', 'nr', 'pos.'],
    sku: ['artikelnummer', 'artikelnr.', 'artikelnr', 'art.nr.', 'artikelcode', 'code', 'uw artikelnr.', 'leveranciersartikel', 'bestelnummer'],
    date: ['leverdatum', 'gewenste leverdatum', 'afleverdatum', 'leveringsdatum'],
    discount: ['korting', 'korting %'],
    tax: ['btw', 'btw %'],
  },
  fields: {
    poNumber: ['bestelnummer', 'ordernummer', 'ordernr.', 'inkoopordernummer', 'bestelnr.'],
    orderDate: ['besteldatum', 'orderdatum', 'datum'],
    requestedDeliveryDate: ['gewenste leverdatum', 'verwachte ontvangstdatum', 'verwachte leverdatum', 'leverdatum', 'afleverdatum'],
    paymentTerms: ['betalingsvoorwaarden', 'betalingscondities', 'betalingsconditie', 'betalingstermijn'],
    shippingMethod: ['verzendwijze', 'verzendmethode', 'vervoerder', 'transporteur'],
    contactName: ['contactpersoon', 'inkoper', 'besteld door', 'aanvrager'],
    phone: ['telefoon'],
  },
  totals: {
    subtotal: ['subtotaal', 'totaal excl. btw', 'totaal exclusief btw'],
    tax: ['btw'],
    shipping: ['verzendkosten'],
    total: ['totaal'],
  },
  parties: {
    supplier: ['leverancier'],
    shipTo: ['afleveradres', 'verzenden naar', 'leveradres', 'afleveren op'],
    billTo: ['factureren aan', 'factuuradres'],
  },
  addressReferences: {
    shipTo: ['\\b(?:zelfde als|gelijk aan|zie) (?:het )?(?:aflever|lever)adres\\b'],
    letterhead: ['\\bbriefhoofd\\b'],
    above: ['\\b(?:zie|als) (?:hier)?boven\\b', '\\bidem\\b', '\\bzelfde adres\\b'],
  },
  sellerSide: ['uw', 'leverancier', 'lev.'],
  automatedMail: ['\\bniet (?:op dit bericht |op deze e-?mail )?(?:beantwoorden|antwoorden|reageren)\\b', '\\bautomatisch (?:gegenereerd|verzonden|aangemaakt)\\b'],
  closings: ['met\\s+vriendelijke\\s+groet(?:en)?'],
  datedWords: ['van', 'd\\.d\\.'],
  numberWords: ['nummer', 'nr\\.?'],
  orderNouns: ['inkooporder|bestelling'],
  orderPhrases: ['hierbij (?:ons|onze) (?:bestelling|order)\\b', 'graag (?:leveren|bestellen|ontvangen)\\b'],
  orderTitles: ['(?:inkooporder|bestelling)\\b'],
  documentKinds: {
    invoice: ['\\b(?:factuur)\\b'],
    quotation: ['\\b(?:offerte)\\b'],
  },
  urgency: {
    urgent: ['spoed(?:order|bestelling)?'],
    negators: ['geen', 'niet'],
    contrast: ['maar'],
  },
  /** Issue 16 part 3: a reply that accepts a quote ("approved, please go ahead"). */
  quoteApprovals: [
    '\\b(?:offerte|aanbieding)\\b[^.\\n]{0,40}\\b(?:is |wordt )?(?:goedgekeurd|geaccepteerd|akkoord|bevestigd)\\b',
    '\\bakkoord\\b[^.\\n]{0,30}\\b(?:offerte|graag leveren|ga je gang|u kunt leveren)\\b',
    '\\b(?:graag leveren|leveren) (?:zoals|volgens) (?:aangeboden|offerte)\\b',
    '\\bwij gaan akkoord met\\b',
  ],
};
