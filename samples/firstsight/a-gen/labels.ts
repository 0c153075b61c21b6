export type Labels = {
  title: string; poNo: string; date: string; reqDate: string; vendor: string; shipTo: string; billTo: string; buyer: string; terms: string; shipVia: string;
  line: string; item: string; buyerPart: string; desc: string; qty: string; unit: string; price: string; disc: string; amount: string; lineDate: string;
  subtotal: string; goods: string; discount: string; tax: (rate: number) => string; freight: string; total: string; notes: string; page: string; of: string;
  phone: string; email: string; currency: string; contact: string; sign: string;
};

export const LABELS: Record<string, Labels> = {
  en: {
    title: 'Purchase Order', poNo: 'PO Number', date: 'Order Date', reqDate: 'Required Date', vendor: 'Vendor', shipTo: 'Ship To', billTo: 'Bill To', buyer: 'Buyer', terms: 'Payment Terms', shipVia: 'Ship Via',
    line: 'Line', item: 'Item No.', buyerPart: 'Our Part No.', desc: 'Description', qty: 'Qty', unit: 'UoM', price: 'Unit Price', disc: 'Disc %', amount: 'Amount', lineDate: 'Need By',
    subtotal: 'Subtotal', goods: 'Goods Total', discount: 'Discount', tax: (r) => `Sales Tax (${r}%)`, freight: 'Freight', total: 'Total', notes: 'Notes', page: 'Page', of: 'of',
    phone: 'Phone', email: 'Email', currency: 'Currency', contact: 'Contact', sign: 'Authorized Signature',
  },
  de: {
    title: 'Bestellung', poNo: 'Bestellnummer', date: 'Bestelldatum', reqDate: 'Liefertermin', vendor: 'Lieferant', shipTo: 'Lieferanschrift', billTo: 'Rechnungsanschrift', buyer: 'Ansprechpartner', terms: 'Zahlungsbedingungen', shipVia: 'Versandart',
    line: 'Pos.', item: 'Artikel-Nr.', buyerPart: 'Unsere Mat.-Nr.', desc: 'Bezeichnung', qty: 'Menge', unit: 'ME', price: 'Einzelpreis', disc: 'Rabatt %', amount: 'Gesamtpreis', lineDate: 'Liefertermin',
    subtotal: 'Nettobetrag', goods: 'Warenwert', discount: 'Rabatt', tax: (r) => `MwSt. ${r} %`, freight: 'Fracht', total: 'Gesamtbetrag', notes: 'Bemerkungen', page: 'Seite', of: 'von',
    phone: 'Tel.', email: 'E-Mail', currency: 'Währung', contact: 'Ansprechpartner', sign: 'Unterschrift',
  },
  fr: {
    title: 'Bon de commande', poNo: 'N° de commande', date: 'Date de commande', reqDate: 'Date de livraison souhaitée', vendor: 'Fournisseur', shipTo: 'Adresse de livraison', billTo: 'Adresse de facturation', buyer: 'Acheteur', terms: 'Conditions de paiement', shipVia: "Mode d'expédition",
    line: 'Ligne', item: 'Référence', buyerPart: 'Notre réf.', desc: 'Désignation', qty: 'Qté', unit: 'Unité', price: 'Prix unitaire HT', disc: 'Remise %', amount: 'Montant HT', lineDate: 'Livraison',
    subtotal: 'Total HT', goods: 'Total brut HT', discount: 'Remise', tax: (r) => `TVA ${r} %`, freight: 'Frais de port', total: 'Total TTC', notes: 'Observations', page: 'Page', of: 'sur',
    phone: 'Tél.', email: 'E-mail', currency: 'Devise', contact: 'Contact', sign: 'Bon pour accord',
  },
  es: {
    title: 'Pedido de compra', poNo: 'N.º pedido', date: 'Fecha pedido', reqDate: 'Fecha de entrega', vendor: 'Proveedor', shipTo: 'Dirección de entrega', billTo: 'Facturar a', buyer: 'Comprador', terms: 'Forma de pago', shipVia: 'Transporte',
    line: 'Lín.', item: 'Referencia', buyerPart: 'Ref. interna', desc: 'Descripción', qty: 'Cant.', unit: 'Ud.', price: 'Precio unit.', disc: 'Dto. %', amount: 'Importe', lineDate: 'Entrega',
    subtotal: 'Base imponible', goods: 'Suma', discount: 'Descuento', tax: (r) => `IVA ${r} %`, freight: 'Portes', total: 'Total pedido', notes: 'Observaciones', page: 'Página', of: 'de',
    phone: 'Tel.', email: 'Email', currency: 'Moneda', contact: 'Contacto', sign: 'Firma',
  },
  nl: {
    title: 'Inkooporder', poNo: 'Ordernummer', date: 'Orderdatum', reqDate: 'Gewenste leverdatum', vendor: 'Leverancier', shipTo: 'Afleveradres', billTo: 'Factuuradres', buyer: 'Inkoper', terms: 'Betalingsvoorwaarden', shipVia: 'Verzendwijze',
    line: 'Regel', item: 'Artikelnr.', buyerPart: 'Ons art.nr.', desc: 'Omschrijving', qty: 'Aantal', unit: 'Eenheid', price: 'Prijs', disc: 'Korting %', amount: 'Bedrag', lineDate: 'Leverdatum',
    subtotal: 'Subtotaal', goods: 'Totaal artikelen', discount: 'Korting', tax: (r) => `BTW ${r}%`, freight: 'Verzendkosten', total: 'Totaal', notes: 'Opmerkingen', page: 'Pagina', of: 'van',
    phone: 'Tel.', email: 'E-mail', currency: 'Valuta', contact: 'Contactpersoon', sign: 'Handtekening',
  },
  it: {
    title: "Ordine d'acquisto", poNo: 'N. ordine', date: 'Data ordine', reqDate: 'Data consegna richiesta', vendor: 'Fornitore', shipTo: 'Destinazione merce', billTo: 'Intestazione fattura', buyer: 'Referente', terms: 'Pagamento', shipVia: 'Resa / Spedizione',
    line: 'Pos.', item: 'Codice', buyerPart: 'Ns. codice', desc: 'Descrizione', qty: 'Q.tà', unit: 'U.M.', price: 'Prezzo unit.', disc: 'Sconto %', amount: 'Importo', lineDate: 'Consegna',
    subtotal: 'Imponibile', goods: 'Totale merce', discount: 'Sconto', tax: (r) => `IVA ${r}%`, freight: 'Trasporto', total: 'Totale ordine', notes: 'Note', page: 'Pagina', of: 'di',
    phone: 'Tel.', email: 'E-mail', currency: 'Valuta', contact: 'Referente', sign: 'Firma',
  },
};

export const FINE_PRINT: Record<string, string[]> = {
  en: [
    'TERMS AND CONDITIONS: This order is subject to the Buyer\'s standard terms and conditions of purchase, which are incorporated by reference. Acceptance of this order, including by shipment, constitutes acceptance of these terms. Any additional or different terms proposed by the Seller are rejected unless expressly agreed in writing.',
    'Please show our PO number on all invoices, packing lists and correspondence. Invoices without a valid PO number will be returned unpaid. Partial shipments require prior approval.',
    'Goods are subject to inspection upon receipt. Non-conforming goods may be returned at the Seller\'s expense. The Seller warrants that all goods are new, merchantable and free from defects.',
  ],
  de: ['Es gelten ausschließlich unsere Allgemeinen Einkaufsbedingungen. Bitte geben Sie unsere Bestellnummer auf allen Lieferpapieren und Rechnungen an. Teillieferungen nur nach Absprache. Wareneingang Mo–Fr 7:00–14:30 Uhr.'],
  fr: ['Nos conditions générales d\'achat s\'appliquent. Merci de rappeler notre numéro de commande sur le bon de livraison et la facture. Réception des marchandises du lundi au vendredi de 8h à 12h.'],
  es: ['Se aplican nuestras condiciones generales de compra. Indiquen nuestro número de pedido en el albarán y en la factura. Horario de descarga: lunes a viernes de 8:00 a 14:00.'],
  nl: ['Op deze order zijn onze algemene inkoopvoorwaarden van toepassing. Vermeld ons ordernummer op pakbon en factuur. Levering op werkdagen tussen 7:30 en 15:00 uur.'],
  it: ['Si applicano le nostre condizioni generali di acquisto. Indicare il numero d\'ordine su DDT e fattura. Orario ricevimento merci: lun–ven 8:00–12:30.'],
};
