// The header words of item tables as ERPs print them, per language. Written for the fuzzer from
// knowledge of those systems' standard print forms (not taken from the extractor's own lexicon), so
// the fuzzer measures how far the reader's vocabulary and geometry reach.

export type Lang = 'en' | 'de' | 'fr' | 'es' | 'nl' | 'it';
export const LANGS: Lang[] = ['en', 'de', 'fr', 'es', 'nl', 'it'];

/** Column roles of an item table. */
export type Role = 'line' | 'sku' | 'desc' | 'qty' | 'unit' | 'price' | 'amount' | 'due';
export const ROLES: Role[] = ['line', 'sku', 'desc', 'qty', 'unit', 'price', 'amount', 'due'];

/** ERP families whose print forms the header sets imitate. */
export type Family = 'sap' | 'oracle' | 'netsuite' | 'dynamics' | 'sage' | 'quickbooks' | 'xero' | 'epicor' | 'infor' | 'odoo' | 'as400';
export const FAMILIES: Family[] = ['sap', 'oracle', 'netsuite', 'dynamics', 'sage', 'quickbooks', 'xero', 'epicor', 'infor', 'odoo', 'as400'];

type Words = [line: string, sku: string, desc: string, qty: string, unit: string, price: string, amount: string, due: string];

/** Header words per ERP family and language; a family is only used in the languages it has here. */
export const HEADER_SETS: Record<Family, Partial<Record<Lang, Words>>> = {
  sap: {
    en: ['Item', 'Material', 'Short Text', 'PO Quantity', 'OUn', 'Net Price', 'Net Value', 'Deliv. Date'],
    de: ['Pos.', 'Material', 'Kurztext', 'Bestellmenge', 'ME', 'Nettopreis', 'Nettowert', 'Lieferdatum'],
    fr: ['Poste', 'Article', 'Texte court', 'Quantité', 'UQ', 'Prix net', 'Valeur nette', 'Date livr.'],
    es: ['Pos.', 'Material', 'Texto breve', 'Cantidad', 'UMP', 'Precio neto', 'Valor neto', 'Fecha entrega'],
    nl: ['Pos.', 'Materiaal', 'Korte tekst', 'Bestelhoev.', 'BE', 'Nettoprijs', 'Nettowaarde', 'Leverdatum'],
    it: ['Pos.', 'Materiale', 'Testo breve', 'Quantità', 'UM', 'Prezzo netto', 'Valore netto', 'Data consegna'],
  },
  oracle: {
    en: ['Line', 'Item', 'Description', 'Quantity', 'UOM', 'Unit Price', 'Extended', 'Need-By Date'],
    fr: ['Ligne', 'Article', 'Description', 'Quantité', 'UDM', 'Prix unitaire', 'Montant', 'Date besoin'],
    es: ['Línea', 'Artículo', 'Descripción', 'Cantidad', 'UDM', 'Precio unitario', 'Importe', 'Fecha necesidad'],
    de: ['Zeile', 'Artikel', 'Beschreibung', 'Menge', 'ME', 'Stückpreis', 'Betrag', 'Bedarfsdatum'],
  },
  netsuite: {
    en: ['Ln', 'Vendor SKU', 'Description', 'Qty', 'Units', 'Rate', 'Amount', 'Expected Receipt'],
    de: ['Nr.', 'Lieferanten-Art.-Nr.', 'Beschreibung', 'Menge', 'Einheiten', 'Satz', 'Betrag', 'Erw. Eingang'],
  },
  dynamics: {
    en: ['Line No.', 'Item No.', 'Description', 'Quantity', 'Unit of Measure', 'Direct Unit Cost', 'Line Amount', 'Expected Receipt Date'],
    de: ['Zeilennr.', 'Artikelnr.', 'Beschreibung', 'Menge', 'Einheit', 'EK-Preis', 'Zeilenbetrag', 'Erw. Wareneingangsdatum'],
    fr: ['N° ligne', 'N° article', 'Désignation', 'Quantité', 'Unité', 'Coût unit. direct', 'Montant ligne', 'Date réception prévue'],
    es: ['N.º línea', 'N.º producto', 'Descripción', 'Cantidad', 'Unidad medida', 'Coste unit. directo', 'Importe línea', 'Fecha recepción esperada'],
    nl: ['Regelnr.', 'Artikelnr.', 'Omschrijving', 'Aantal', 'Eenheid', 'Directe kostprijs', 'Regelbedrag', 'Verwachte ontvangstdatum'],
    it: ['N. riga', 'N. articolo', 'Descrizione', 'Quantità', 'Unità di misura', 'Costo unit. diretto', 'Importo riga', 'Data ricezione prevista'],
  },
  sage: {
    en: ['Line', 'Product Code', 'Description', 'Qty', 'Unit', 'Unit Cost', 'Net Amount', 'Due Date'],
    de: ['Pos', 'Art.-Nr.', 'Artikelbezeichnung', 'Anzahl', 'Einh.', 'Einzelpreis', 'Gesamtpreis', 'Liefertermin'],
    fr: ['Ligne', 'Réf.', 'Désignation', 'Qté', 'Unité', 'P.U. HT', 'Montant HT', 'Date de livraison'],
    es: ['Lín.', 'Referencia', 'Descripción', 'Cantidad', 'Unidad', 'Precio', 'Importe', 'Fecha entrega'],
    nl: ['Regel', 'Art.nr.', 'Omschrijving', 'Aantal', 'Eenh.', 'Prijs', 'Bedrag', 'Leverdatum'],
    it: ['Riga', 'Cod. art.', 'Descrizione', 'Qtà', 'U.M.', 'Prezzo', 'Importo', 'Consegna'],
  },
  quickbooks: {
    en: ['Ln', 'Item', 'Description', 'Qty', 'U/M', 'Rate', 'Amount', 'Due Date'],
  },
  xero: {
    en: ['No.', 'Item Code', 'Description', 'Quantity', 'Unit', 'Unit Price', 'Amount', 'Delivery Date'],
    nl: ['Nr.', 'Artikelcode', 'Omschrijving', 'Aantal', 'Eenheid', 'Stukprijs', 'Bedrag', 'Leverdatum'],
  },
  epicor: {
    en: ['Line', 'Part Number', 'Description', 'Qty Ordered', 'UOM', 'Unit Cost', 'Ext Cost', 'Due Date'],
    de: ['Zeile', 'Teilenummer', 'Beschreibung', 'Bestellmenge', 'ME', 'Stückkosten', 'Gesamt', 'Fälligkeit'],
    es: ['Línea', 'Número de parte', 'Descripción', 'Cant. pedida', 'UM', 'Costo unitario', 'Costo ext.', 'Fecha vencimiento'],
  },
  infor: {
    en: ['Ln', 'Vendor Item', 'Item Description', 'Ordered Qty', 'U/M', 'Unit Cost', 'Ext Cost', 'Due Date'],
    de: ['Pos.', 'Ihre Art.-Nr.', 'Text', 'Bestellmenge', 'ME', 'Preis', 'Wert', 'Termin'],
    it: ['Pos.', 'Vs. codice', 'Descrizione articolo', 'Q.tà ordinata', 'UM', 'Prezzo unitario', 'Valore', 'Data richiesta'],
  },
  odoo: {
    en: ['#', 'Internal Reference', 'Description', 'Qty', 'UoM', 'Unit Price', 'Amount', 'Date Req.'],
    de: ['Nr.', 'Interne Referenz', 'Beschreibung', 'Menge', 'ME', 'Stückpreis', 'Betrag', 'Bedarfsdatum'],
    fr: ['N°', 'Référence interne', 'Description', 'Qté', 'UdM', 'Prix unitaire', 'Montant', 'Date prévue'],
    es: ['N.º', 'Referencia interna', 'Descripción', 'Cant.', 'UdM', 'Precio unitario', 'Importe', 'Fecha prevista'],
    nl: ['Nr.', 'Interne referentie', 'Omschrijving', 'Aantal', 'Eenheid', 'Prijs per eenheid', 'Bedrag', 'Geplande datum'],
    it: ['N.', 'Riferimento interno', 'Descrizione', 'Q.tà', 'UdM', 'Prezzo unitario', 'Importo', 'Data prevista'],
  },
  as400: {
    en: ['LN#', 'ITEM NUMBER', 'DESCRIPTION', 'QTY ORD', 'U/M', 'UNIT PRICE', 'EXTENSION', 'DUE DATE'],
    de: ['POS', 'ARTIKEL-NR', 'BEZEICHNUNG', 'MENGE', 'ME', 'E-PREIS', 'BETRAG', 'LIEFERTERMIN'],
    it: ['RIGA', 'CODICE', 'DESCRIZIONE', 'QTA', 'UM', 'PREZZO', 'IMPORTO', 'CONSEGNA'],
    fr: ['LIG', 'REFERENCE', 'DESIGNATION', 'QTE', 'UN', 'PRIX UNIT.', 'MONTANT', 'LIVRAISON'],
  },
};

export function familiesFor(lang: Lang): Family[] {
  return FAMILIES.filter((f) => HEADER_SETS[f][lang]);
}

export function headerWords(family: Family, lang: Lang): Record<Role, string> {
  const w = HEADER_SETS[family][lang];
  if (!w) throw new Error(`no header set ${family}/${lang}`);
  return Object.fromEntries(ROLES.map((r, i) => [r, w[i]])) as Record<Role, string>;
}

/** Labels of the document around the table, a few variants each. */
export interface DocLabels {
  title: string[]; po: string[]; date: string[]; delivery: string[]; terms: string[]; shipVia: string[];
  buyer: string[]; phone: string[]; email: string[]; shipTo: string[]; billTo: string[]; vendor: string[];
  subtotal: string[]; tax: string; freight: string[]; total: string[]; currency: string; page: string; of: string;
  continued: string; notes: string[];
}

export const DOC_LABELS: Record<Lang, DocLabels> = {
  en: {
    title: ['PURCHASE ORDER', 'Purchase Order', 'PURCHASE ORDER'], po: ['PO Number', 'PO #', 'Purchase Order No.', 'P.O. No.', 'Order Number'],
    date: ['Order Date', 'PO Date', 'Date'], delivery: ['Delivery Date', 'Required Date', 'Need By', 'Requested Delivery'],
    terms: ['Payment Terms', 'Terms'], shipVia: ['Ship Via', 'Shipping Method', 'Carrier'], buyer: ['Buyer', 'Contact', 'Ordered By'],
    phone: ['Phone', 'Tel'], email: ['Email', 'E-mail'], shipTo: ['Ship To', 'Deliver To', 'Shipping Address'], billTo: ['Bill To', 'Invoice To'],
    vendor: ['Vendor', 'Supplier'], subtotal: ['Subtotal', 'Sub-Total'], tax: 'Tax', freight: ['Freight', 'Shipping'], total: ['Total', 'PO Total', 'Order Total'],
    currency: 'Currency', page: 'Page', of: 'of', continued: 'continued', notes: ['Notes', 'Comments'],
  },
  de: {
    title: ['BESTELLUNG', 'Bestellung', 'EINKAUFSBESTELLUNG'], po: ['Bestellnummer', 'Bestell-Nr.', 'Bestellung Nr.', 'Unsere Bestellnummer'],
    date: ['Bestelldatum', 'Datum'], delivery: ['Liefertermin', 'Lieferdatum', 'Wunschtermin'],
    terms: ['Zahlungsbedingungen', 'Zahlungsziel'], shipVia: ['Versandart', 'Lieferbedingung'], buyer: ['Ansprechpartner', 'Einkäufer', 'Sachbearbeiter'],
    phone: ['Telefon', 'Tel.'], email: ['E-Mail'], shipTo: ['Lieferanschrift', 'Lieferadresse', 'Warenempfänger'], billTo: ['Rechnungsanschrift', 'Rechnungsadresse'],
    vendor: ['Lieferant'], subtotal: ['Nettobetrag', 'Summe netto', 'Zwischensumme'], tax: 'MwSt.', freight: ['Fracht', 'Versandkosten'], total: ['Gesamtbetrag', 'Endbetrag', 'Gesamtsumme'],
    currency: 'Währung', page: 'Seite', of: 'von', continued: 'Fortsetzung', notes: ['Bemerkungen', 'Hinweise'],
  },
  fr: {
    title: ['BON DE COMMANDE', 'Bon de commande', 'COMMANDE FOURNISSEUR'], po: ['N° de commande', 'Commande n°', 'N° commande', 'Réf. commande'],
    date: ['Date de commande', 'Date'], delivery: ['Date de livraison', 'Livraison souhaitée', 'Délai'],
    terms: ['Conditions de paiement', 'Règlement'], shipVia: ["Mode d'expédition", 'Transporteur'], buyer: ['Acheteur', 'Contact', 'Suivi par'],
    phone: ['Tél.', 'Téléphone'], email: ['E-mail', 'Courriel'], shipTo: ['Adresse de livraison', 'Livrer à', 'Lieu de livraison'], billTo: ['Adresse de facturation', 'Facturer à'],
    vendor: ['Fournisseur'], subtotal: ['Total HT', 'Montant HT'], tax: 'TVA', freight: ['Frais de port', 'Port'], total: ['Total TTC', 'Net à payer'],
    currency: 'Devise', page: 'Page', of: 'sur', continued: 'suite', notes: ['Remarques', 'Observations'],
  },
  es: {
    title: ['PEDIDO DE COMPRA', 'Pedido de compra', 'ORDEN DE COMPRA'], po: ['Nº de pedido', 'Número de pedido', 'Pedido nº', 'N.º pedido'],
    date: ['Fecha de pedido', 'Fecha'], delivery: ['Fecha de entrega', 'Entrega prevista', 'Plazo de entrega'],
    terms: ['Forma de pago', 'Condiciones de pago'], shipVia: ['Envío', 'Transportista'], buyer: ['Comprador', 'Contacto', 'Solicitado por'],
    phone: ['Tel.', 'Teléfono'], email: ['Email', 'Correo'], shipTo: ['Dirección de entrega', 'Entregar en', 'Lugar de entrega'], billTo: ['Dirección de facturación', 'Facturar a'],
    vendor: ['Proveedor'], subtotal: ['Base imponible', 'Subtotal'], tax: 'IVA', freight: ['Portes', 'Transporte'], total: ['Total', 'Total pedido'],
    currency: 'Moneda', page: 'Página', of: 'de', continued: 'continúa', notes: ['Observaciones', 'Notas'],
  },
  nl: {
    title: ['INKOOPORDER', 'Inkooporder', 'BESTELLING'], po: ['Ordernummer', 'Inkoopordernr.', 'Bestelnummer', 'Ons ordernummer'],
    date: ['Orderdatum', 'Datum'], delivery: ['Leverdatum', 'Gewenste leverdatum', 'Afleverdatum'],
    terms: ['Betalingsvoorwaarden', 'Betalingstermijn'], shipVia: ['Verzendwijze', 'Vervoerder'], buyer: ['Inkoper', 'Contactpersoon', 'Besteld door'],
    phone: ['Telefoon', 'Tel.'], email: ['E-mail'], shipTo: ['Afleveradres', 'Leveradres'], billTo: ['Factuuradres'],
    vendor: ['Leverancier'], subtotal: ['Subtotaal', 'Totaal excl. btw'], tax: 'BTW', freight: ['Vrachtkosten', 'Verzendkosten'], total: ['Totaal', 'Totaal incl. btw'],
    currency: 'Valuta', page: 'Pagina', of: 'van', continued: 'vervolg', notes: ['Opmerkingen'],
  },
  it: {
    title: ['ORDINE DI ACQUISTO', 'Ordine di acquisto', 'ORDINE FORNITORE'], po: ['N. ordine', 'Numero ordine', 'Ordine n.', 'Rif. ordine'],
    date: ['Data ordine', 'Data'], delivery: ['Data consegna', 'Consegna richiesta', 'Termine di consegna'],
    terms: ['Condizioni di pagamento', 'Pagamento'], shipVia: ['Spedizione', 'Vettore'], buyer: ['Buyer', 'Referente', 'Richiedente'],
    phone: ['Tel.', 'Telefono'], email: ['E-mail', 'Email'], shipTo: ['Indirizzo di consegna', 'Destinazione merce', 'Luogo di consegna'], billTo: ['Indirizzo di fatturazione', 'Fatturare a'],
    vendor: ['Fornitore'], subtotal: ['Imponibile', 'Totale imponibile'], tax: 'IVA', freight: ['Spese di trasporto', 'Trasporto'], total: ['Totale', 'Totale ordine'],
    currency: 'Valuta', page: 'Pagina', of: 'di', continued: 'segue', notes: ['Note'],
  },
};
