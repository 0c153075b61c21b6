export type Lang = 'en' | 'de' | 'fr' | 'es' | 'nl' | 'it' | 'pt' | 'sv';
export interface Labels {
  title: string; poNumber: string; orderDate: string; deliveryDate: string; supplier: string; shipTo: string; billTo: string;
  line: string; sku: string; description: string; qty: string; unit: string; unitPrice: string; amount: string; discount: string;
  subtotal: string; vat: string; shipping: string; total: string; terms: string; shipVia: string; contact: string; phone: string;
  email: string; notes: string; page: string; of: string; currency: string; date: string;
}
export const L: Record<Lang, Labels> = {
  en: { title: 'PURCHASE ORDER', poNumber: 'PO Number', orderDate: 'Order Date', deliveryDate: 'Required Date', supplier: 'Supplier', shipTo: 'Ship To', billTo: 'Bill To',
    line: 'Line', sku: 'Item No.', description: 'Description', qty: 'Qty', unit: 'UoM', unitPrice: 'Unit Price', amount: 'Amount', discount: 'Disc. %',
    subtotal: 'Subtotal', vat: 'VAT', shipping: 'Freight', total: 'Total', terms: 'Payment Terms', shipVia: 'Ship Via', contact: 'Buyer', phone: 'Phone',
    email: 'E-mail', notes: 'Notes', page: 'Page', of: 'of', currency: 'Currency', date: 'Date' },
  de: { title: 'BESTELLUNG', poNumber: 'Bestellnummer', orderDate: 'Bestelldatum', deliveryDate: 'Liefertermin', supplier: 'Lieferant', shipTo: 'Lieferanschrift', billTo: 'Rechnungsanschrift',
    line: 'Pos.', sku: 'Artikelnr.', description: 'Bezeichnung', qty: 'Menge', unit: 'ME', unitPrice: 'Preis/ME', amount: 'Betrag', discount: 'Rabatt %',
    subtotal: 'Nettobetrag', vat: 'MwSt.', shipping: 'Fracht', total: 'Gesamtbetrag', terms: 'Zahlungsbedingungen', shipVia: 'Versandart', contact: 'Ansprechpartner', phone: 'Telefon',
    email: 'E-Mail', notes: 'Bemerkungen', page: 'Seite', of: 'von', currency: 'Währung', date: 'Datum' },
  fr: { title: 'BON DE COMMANDE', poNumber: 'N° de commande', orderDate: 'Date de commande', deliveryDate: 'Date de livraison souhaitée', supplier: 'Fournisseur', shipTo: 'Adresse de livraison', billTo: 'Adresse de facturation',
    line: 'Ligne', sku: 'Référence', description: 'Désignation', qty: 'Qté', unit: 'Unité', unitPrice: 'P.U. HT', amount: 'Montant HT', discount: 'Remise %',
    subtotal: 'Total HT', vat: 'TVA', shipping: 'Frais de port', total: 'Total TTC', terms: 'Conditions de paiement', shipVia: 'Mode de transport', contact: 'Acheteur', phone: 'Tél.',
    email: 'E-mail', notes: 'Observations', page: 'Page', of: '/', currency: 'Devise', date: 'Date' },
  es: { title: 'PEDIDO DE COMPRA', poNumber: 'Nº Pedido', orderDate: 'Fecha pedido', deliveryDate: 'Fecha de entrega', supplier: 'Proveedor', shipTo: 'Dirección de entrega', billTo: 'Dirección de facturación',
    line: 'Lín.', sku: 'Código', description: 'Descripción', qty: 'Cantidad', unit: 'Ud.', unitPrice: 'Precio unit.', amount: 'Importe', discount: 'Dto. %',
    subtotal: 'Base imponible', vat: 'IVA', shipping: 'Portes', total: 'Total', terms: 'Forma de pago', shipVia: 'Transporte', contact: 'Comprador', phone: 'Tel.',
    email: 'Correo', notes: 'Observaciones', page: 'Página', of: 'de', currency: 'Moneda', date: 'Fecha' },
  nl: { title: 'INKOOPORDER', poNumber: 'Ordernummer', orderDate: 'Orderdatum', deliveryDate: 'Gewenste leverdatum', supplier: 'Leverancier', shipTo: 'Afleveradres', billTo: 'Factuuradres',
    line: 'Regel', sku: 'Artikelnummer', description: 'Omschrijving', qty: 'Aantal', unit: 'Eenheid', unitPrice: 'Prijs', amount: 'Bedrag', discount: 'Korting %',
    subtotal: 'Subtotaal', vat: 'BTW', shipping: 'Vracht', total: 'Totaal', terms: 'Betalingscondities', shipVia: 'Verzendwijze', contact: 'Inkoper', phone: 'Tel.',
    email: 'E-mail', notes: 'Opmerkingen', page: 'Pagina', of: 'van', currency: 'Valuta', date: 'Datum' },
  it: { title: 'ORDINE DI ACQUISTO', poNumber: 'N. Ordine', orderDate: 'Data ordine', deliveryDate: 'Data consegna richiesta', supplier: 'Fornitore', shipTo: 'Luogo di consegna', billTo: 'Intestazione fattura',
    line: 'Pos.', sku: 'Codice articolo', description: 'Descrizione', qty: 'Q.tà', unit: 'U.M.', unitPrice: 'Prezzo unit.', amount: 'Importo', discount: 'Sconto %',
    subtotal: 'Imponibile', vat: 'IVA', shipping: 'Spese di trasporto', total: 'Totale ordine', terms: 'Pagamento', shipVia: 'Spedizione', contact: 'Referente', phone: 'Tel.',
    email: 'E-mail', notes: 'Note', page: 'Pagina', of: 'di', currency: 'Valuta', date: 'Data' },
  pt: { title: 'NOTA DE ENCOMENDA', poNumber: 'N.º Encomenda', orderDate: 'Data', deliveryDate: 'Data de entrega', supplier: 'Fornecedor', shipTo: 'Local de entrega', billTo: 'Faturar a',
    line: 'Linha', sku: 'Artigo', description: 'Descrição', qty: 'Qtd.', unit: 'Un.', unitPrice: 'Preço unit.', amount: 'Valor', discount: 'Desc. %',
    subtotal: 'Total ilíquido', vat: 'IVA', shipping: 'Portes', total: 'Total', terms: 'Condições de pagamento', shipVia: 'Expedição', contact: 'Contacto', phone: 'Tel.',
    email: 'Email', notes: 'Observações', page: 'Página', of: 'de', currency: 'Moeda', date: 'Data' },
  sv: { title: 'BESTÄLLNING', poNumber: 'Ordernummer', orderDate: 'Orderdatum', deliveryDate: 'Önskat leveransdatum', supplier: 'Leverantör', shipTo: 'Leveransadress', billTo: 'Fakturaadress',
    line: 'Rad', sku: 'Artikelnr', description: 'Benämning', qty: 'Antal', unit: 'Enhet', unitPrice: 'À-pris', amount: 'Belopp', discount: 'Rabatt %',
    subtotal: 'Summa exkl. moms', vat: 'Moms', shipping: 'Frakt', total: 'Att betala', terms: 'Betalningsvillkor', shipVia: 'Leveranssätt', contact: 'Vår referens', phone: 'Tel',
    email: 'E-post', notes: 'Meddelande', page: 'Sida', of: 'av', currency: 'Valuta', date: 'Datum' },
};
export const COUNTRY_NAME: Record<string, Record<string, string>> = {
  GB: { en: 'United Kingdom', de: 'Großbritannien', fr: 'Royaume-Uni' }, DE: { en: 'Germany', de: 'Deutschland', fr: 'Allemagne', nl: 'Duitsland' },
  FR: { en: 'France', fr: 'France' }, ES: { en: 'Spain', es: 'España' }, NL: { en: 'Netherlands', nl: 'Nederland' }, IT: { en: 'Italy', it: 'Italia' },
  PT: { en: 'Portugal', pt: 'Portugal' }, SE: { en: 'Sweden', sv: 'Sverige' }, US: { en: 'USA' }, IE: { en: 'Ireland' }, AT: { de: 'Österreich', en: 'Austria' },
  CH: { de: 'Schweiz', en: 'Switzerland' }, BE: { fr: 'Belgique', nl: 'België', en: 'Belgium' }, PL: { en: 'Poland' },
};
