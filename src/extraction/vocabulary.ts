// Words that name things on purchase orders, in English, German, French, Spanish (and some Dutch,
// Italian, Portuguese). Lower case, accents kept; matching folds accents on both sides.

import { fold } from '../domain/fold-text.ts';

export type ColumnRole =
  | 'lineNo'
  | 'sku'
  | 'description'
  | 'quantity'
  | 'unit'
  | 'unitPrice'
  | 'amount'
  | 'date'
  | 'discount'
  | 'tax';

/** Header words for table columns; longer phrases are tried first. */
export const COLUMN_WORDS: Record<ColumnRole, string[]> = {
  lineNo: ['line', 'line no', 'line #', 'line number', 'número de línea', 'numero de linea', 'nº de línea', 'numéro de ligne', 'zeile', 'zeilennummer', 'item line', 'ln', 'pos', 'pos.', 'position', '#', 'no', 'no.', 'nr', 'nr.', 'lfd. nr.', 'lfd nr', 'ligne', 'linea', 'línea', 'lin', 'n°', 'nº', 'seleccion', 'selección', 'posición'],
  sku: ['item #', 'nº de pieza', 'n° de pieza', 'número de pieza', 'pieza', 'part', 'teil', 'pièce', 'n° de pièce', 'item no', 'item number', 'item code', 'item id', 'part no', 'part #', 'part number', 'part no.', 'sku', 'article no', 'article number', 'artikel', 'artikelnummer', 'artikel-nr', 'artikel-nr.', 'artikelnr', 'artikelnr.', 'art-nr', 'art.nr', 'art. nr', 'artnr', 'art.-nr.', 'art.-nr', 'art. nr.', 'art.nr.', 'materialnummer', 'material no', 'material', 'référence', 'reference', 'réf', 'réf.', 'ref', 'ref.', 'code', 'código', 'codigo', 'cod.', 'código artículo', 'product code', 'product no', 'product id', 'catalog #', 'catalog no', 'cat. no', 'model', 'model no', 'mfr part', 'mpn', 'your part no', 'customer part', 'ref. cliente', 'ref cliente', 'n° article', 'code article', 'referencia', 'our part no', 'nuestro nº de pieza', 'teilenummer', 'bestellnummer lieferant'],
  description: ['description', 'details', 'item details', 'particulars', 'desc', 'desc.', 'item description', 'product', 'product description', 'product name', 'item', 'items', 'article', 'goods', 'beschreibung', 'bezeichnung', 'artikelbezeichnung', 'produkt', 'désignation', 'designation', 'libellé', 'libelle', 'descripción', 'descripcion', 'denominación', 'denominacion', 'texto breve', 'producto', 'concepto', 'artículo', 'articulo', 'omschrijving', 'descrizione', 'name', 'service'],
  quantity: ['qty', 'qty.', 'quantity', 'qty ordered', 'order qty', 'ordered', 'quantity ordered', 'menge', 'anzahl', 'bestellmenge', 'stück', 'stk', 'qté', 'qte', 'quantité', 'quantite', 'cantidad', 'cant.', 'ctd', 'ctd.', 'ctd.pedido', 'ctd. pedido', 'cantidad del pedido', 'cantidad pedido', 'order quantity', 'bestellte menge', 'quantité commandée', 'cantidad pedida', 'cant. pedida', 'cant', 'cdad', 'uds', 'unidades', 'aantal', 'quantità', 'qtà', 'pcs', 'units'],
  unit: ['einh', 'einh.', 'me.', 'unit', 'uom', 'u/m', 'um', 'u.m.', 'unit of measure', 'me', 'einheit', 'unité', 'unite', 'unidad', 'ud', 'ud.', 'eenheid', 'pack'],
  unitPrice: ['ep', 'e.p.', 'einzelpr.', 'unit price', 'preis/me', 'preis je me', 'preis/stk', 'preis/stück', 'prix/u', 'prix/unité', 'price/ea', 'price each', 'unit cost', 'price', 'price each', 'each', 'unit cost', 'cost', 'rate', 'price/unit', 'net price', 'preis', 'einzelpreis', 'e-preis', 'stückpreis', 'preis/einheit', 'prix unitaire', 'prix', 'p.u.', 'pu', 'pu ht', 'prix unit.', 'prix unitaire ht', 'precio', 'precio unitario', 'precio por unidad', 'precio neto', 'precio unidad', 'precio unit.', 'precio/ud', 'p. unitario', 'prijs', 'prezzo', 'unit price (usd)', 'unit price (eur)'],
  amount: ['gp', 'g.p.', 'gesamtpr.', 'g-preis', 'amount', 'total', 'line total', 'total price', 'extended', 'extended price', 'ext. price', 'ext price', 'net amount', 'value', 'net value', 'valor neto', 'importe neto', 'neto', 'nettowert', 'nettobetrag', 'gesamtwert', 'montant net', 'valeur nette', 'valeur', 'betrag', 'gesamt', 'gesamtpreis', 'summe', 'wert', 'montant', 'montant ht', 'total ht', 'importe', 'importe fila', 'total línea', 'valor', 'bedrag', 'importo', 'subtotal'],
  date: ['requested ship date', 'req. ship date', 'requested date', 'requested', 'delivery date', 'fecha para la que se requiere', 'fecha requerida', 'fecha de necesidad', 'need-by date', 'need by date', 'date needed', 'required by', 'date de besoin', 'bedarfsdatum', 'wunschtermin', 'dlv date', 'dlv. date', 'deliv. date', 'del. date', 'due date', 'date required', 'required date', 'need by', 'ship date', 'liefertermin', 'lieferdatum', 'date de livraison', 'fecha de entrega', 'fecha entrega', 'delivery'],
  discount: ['disc', 'disc.', 'discount', 'disc %', 'rabatt', 'remise', 'dto', 'dto.', 'desc %', 'descuento'],
  tax: ['tax', 'vat', 'vat %', 'mwst', 'ust', 'tva', 'iva', 'tax %'],
};

/** Labels of header fields; a value follows on the same line or stands below. */
export const FIELD_LABELS = {
  poNumber: ['purchase order number', 'document number', 'document no', 'document no.', 'doc. no.', 'purchase order no', 'purchase order #', 'purchase order', 'p.o. number', 'p.o. no', 'p.o. #', 'p.o.', 'po number', 'po no', 'po #', 'po#', 'po', 'order number', 'order no', 'order #', 'order', 'our order no', 'our order number', 'our po', 'bestellnummer', 'bestell-nr', 'bestell-nr.', 'bestellung nr', 'bestellung', 'bestellnr', 'auftragsnummer', 'auftrag nr', 'numéro de commande', 'n° de commande', 'nº de commande', 'bon de commande n°', 'bon de commande', 'commande n°', 'commande', 'número de pedido', 'núm. pedido', 'num. pedido', 'núm pedido', 'nº pedido', 'n.º pedido', 'nº de pedido', 'n° de pedido', 'pedido nº', 'pedido n°', 'pedido de compra', 'pedido', 'orden de compra', 'número de orden', 'nº orden', 'bestelnummer', 'ordine n.', 'ordernummer'],
  orderDate: ['dated as', 'order date', 'po date', 'document date', 'doc. date', 'date of order', 'date issued', 'issue date', 'date', 'dated', 'bestelldatum', 'datum', 'date de commande', 'date commande', 'fecha de pedido', 'fecha del pedido', 'fecha de nuestra orden', 'fecha', 'data', 'besteldatum'],
  requestedDeliveryDate: ['requested delivery date', 'need date', 'need-by date', 'need by date', 'need by', 'date needed', 'in-house date', 'requested', 'date requested', 'req. date', 'req date', 'requested date', 'required', 'required on', 'needed', 'entrega prevista', 'fecha prevista', 'fecha de entrega prevista', 'date prévue', 'livraison prévue', 'voraussichtlicher liefertermin', 'gewünschter liefertermin', 'delivery requested', 'expected delivery', 'expected', 'dlv date', 'dlv. date', 'requested delivery', 'delivery date', 'required delivery date', 'required by', 'required date', 'date required', 'need by', 'needed by', 'need-by date', 'due date', 'deliver by', 'delivery required', 'ship by', 'ship date', 'requested ship date', 'wanted by', 'liefertermin', 'lieferdatum', 'wunschtermin', 'gewünschter liefertermin', 'anlieferung', 'date de livraison', 'date de livraison souhaitée', 'livraison souhaitée', 'livraison le', 'à livrer le', 'fecha de entrega', 'fecha entrega', 'entrega', 'plazo de entrega', 'leverdatum'],
  paymentTerms: ['payment terms', 'terms of payment', 'payment', 'terms', 'zahlungsbedingungen', 'zahlungsbedingung', 'zahlungsziel', 'conditions de paiement', 'conditions de règlement', 'modalités de paiement', 'règlement', 'condiciones de pago', 'cond.pago', 'cond. pago', 'cond. de pago', 'forma de pago', 'condición de pago', 'betalingsvoorwaarden'],
  shippingMethod: ['ship via', 'transporte', 'forma de transporte', 'medio de transporte', 'mode de transport', 'transportart', 'versandweg', 'shipped via', 'send via', 'deliver via', 'shipping method', 'shipping via', 'ship method', 'delivery method', 'carrier', 'via', 'shipment', 'versandart', 'versand', 'lieferart', 'spediteur', 'mode de livraison', 'mode d\'expédition', 'transporteur', 'expédition', 'envío por', 'envio por', 'forma de envío', 'transportista', 'medio de envío', 'verzendwijze', 'delivery via', 'shipping', 'delivery', 'envío', 'livraison', 'lieferung', 'transport'],
  contactName: ['contact', 'contact person', 'responsable', 'ordered by', 'placed by', 'commandé par', 'pedido por', 'bestellt von', 'persona de contacto', 'personne à contacter', 'contact name', 'your contact', 'ihr ansprechpartner', 'nuestro contacto', 'buyer', 'purchaser', 'requisitioner', 'requested by', 'ordered by', 'attn', 'attention', 'ansprechpartner', 'einkäufer', 'besteller', 'sachbearbeiter', 'acheteur', 'interlocuteur', 'demandeur', 'comprador', 'contacto', 'solicitante'],
  email: ['email', 'e-mail', 'mail', 'correo electrónico', 'correo', 'courriel'],
  phone: ['company phone', 'main phone', 'phone number', 'phone', 'tel', 'tel.', 'telephone', 'telefon', 'téléphone', 'tél', 'tél.', 'teléfono', 'tfno', 'tfno.', 'mobile', 'cell'],
  currency: ['currency', 'währung', 'devise', 'monnaie', 'moneda', 'divisa'],
} as const;

export const TOTAL_LABELS = {
  subtotal: ['subtotal', 'goods total', 'goods', 'merchandise', 'net total', 'items total', 'total items', 'lines total', 'summe netto', 'warensumme', 'total marchandises', 'sub-total', 'sub total', 'net total', 'total net', 'net amount', 'total before tax', 'merchandise total', 'zwischensumme', 'nettobetrag', 'netto', 'summe netto', 'gesamt netto', 'warenwert', 'sous-total', 'sous total', 'total ht', 'montant ht', 'base imponible', 'subtotal neto', 'importe neto', 'importe', 'total neto', 'valor neto', 'net value', 'total net value', 'subtotaal'],
  tax: ['tax', 'sales tax', 'vat', 'mwst', 'mwst.', 'ust', 'ust.', 'umsatzsteuer', 'mehrwertsteuer', 'tva', 'iva', 'i.v.a.', 'impuestos', 'btw', 'gst', 'hst'],
  shipping: ['shipping', 'shipping & handling', 'shipping and handling', 's&h', 'ship/ins', 'freight', 'delivery', 'delivery charge', 'carriage', 'postage', 'versand', 'versandkosten', 'fracht', 'frachtkosten', 'porto', 'frais de port', 'port', 'livraison', 'transport', 'frais de livraison', 'portes', 'envío', 'gastos de envío', 'verzendkosten'],
  other: ['handling', 'handling charge', 'handling fee', 'other', 'other charges', 'misc', 'miscellaneous', 'surcharge', 'fees', 'bearbeitungsgebühr', 'mindermengenzuschlag', 'zuschlag', 'frais de traitement', 'frais divers', 'gastos de gestión', 'otros'],
  total: ['total', 'grand total', 'gross total', 'total gross', 'invoice total', 'total amount due', 'bruttosumme', 'total général', 'order total', 'total amount', 'total due', 'amount due', 'total order', 'po total', 'total (incl. vat)', 'total incl. vat', 'gesamtbetrag', 'gesamtsumme', 'endbetrag', 'summe', 'gesamt', 'bruttobetrag', 'total ttc', 'montant total', 'montant ttc', 'net à payer', 'importe total', 'total pedido', 'total a pagar', 'totaal', 'totale'],
} as const;

export type TotalKind = keyof typeof TOTAL_LABELS;

/** Labels that mark OUR block on a customer's PO: vendor, supplier. */
export const SUPPLIER_LABELS = ['shipped from', 'ship from', 'vendor', 'supplier', 'seller', 'to', 'lieferant', 'an', 'fournisseur', 'à', 'proveedor', 'vendedor', 'para', 'leverancier', 'fornitore', 'sold by', 'order to', 'purchase from'];
export const SHIP_TO_LABELS = ['shipped to', 'ship/bill to', 'ship & bill to', 'ship and bill to', 'bill/ship to', 'ship to', 'entrega', 'livraison', 'lieferung', 'delivery', 'site', 'local', 'lugar de entrega', 'shipping address', 'delivery address', 'por favor entregar a', 'favor entregar a', 'ship-to', 'shipping address', 'deliver to', 'delivery address', 'delivery to', 'consignee', 'lieferadresse', 'lieferanschrift', 'versandadresse', 'warenempfänger', 'anlieferadresse', 'lieferung an', 'livrer à', 'adresse de livraison', 'livraison à', 'lieu de livraison', 'dirección de entrega', 'direccion de entrega', 'enviar a', 'entregar en', 'entregar a', 'sírvase entregar a', 'dirección de envío', 'lugar de descarga', 'lugar de entrega', 'afleveradres'];
export const BILL_TO_LABELS = ['bill to', 'facturación', 'facturacion', 'datos de facturación', 'billing', 'invoice', 'rechnung', 'emitir factura a nombre de', 'factura a nombre de', 'facturar a nombre de', 'bill-to', 'billing address', 'invoice to', 'invoice address', 'invoicing address', 'sold to', 'rechnungsadresse', 'rechnungsanschrift', 'rechnung an', 'adresse de facturation', 'facturer à', 'facturation', 'dirección de facturación', 'facturar a', 'factureren aan', 'factuuradres'];
export const BUYER_LABELS = ['from', 'customer', 'besteller', 'auftraggeber', 'kunde', 'acheteur', 'client', 'donneur d\'ordre', 'comprador', 'cliente', 'desde', 'de', 'von'];

/** Lines that end a line-item table. */
export const TABLE_END_WORDS = [...TOTAL_LABELS.subtotal, ...TOTAL_LABELS.total, 'comments', 'notes', 'remarks', 'bemerkungen', 'observaciones', 'remarques', 'terms and conditions', 'thank you', 'authorized', 'signature', 'approved by'];

/** Rows inside a table that are charges, not items. */
export const CHARGE_ROW_WORDS = ['discount', 'rabatt', 'remise', 'descuento', 'freight', 'shipping', 'fracht', 'versand', 'frais de port', 'port', 'portes', 'transporte', 'envío', 'handling', 'tax', 'vat', 'mwst', 'tva', 'iva', 'surcharge', 'zuschlag', 'deposit', 'coupon'];

export const UNIT_WORDS = ['EA', 'EACH', 'PC', 'PCS', 'PCE', 'PIECE', 'PIECES', 'STK', 'STÜCK', 'ST', 'BOX', 'BOXES', 'BX', 'CS', 'CASE', 'CASES', 'CTN', 'CARTON', 'CARTONS', 'PK', 'PACK', 'PACKS', 'PKG', 'KG', 'G', 'LB', 'LBS', 'M', 'MTR', 'MM', 'CM', 'FT', 'L', 'LTR', 'ML', 'SET', 'SETS', 'PR', 'PAIR', 'PAIRS', 'ROLL', 'ROLLS', 'RL', 'DZ', 'DOZ', 'UDS', 'UD', 'U', 'UN', 'UNIDAD', 'UNIDADES', 'PIEZA', 'PIEZAS', 'STUECK', 'STCK', 'EINHEIT', 'UNITÉ', 'UNITÉS', 'UNIT', 'UNITS', 'PAQ', 'PALLET', 'PAL', 'BAG', 'BAGS', 'TUBE', 'DRUM', 'GAL', 'SHEET', 'HR', 'H', 'PZ', 'PZA', 'PIÈCE', 'PIÈCES', 'PAQUET', 'COLIS', 'CAJA', 'CAJAS', 'KARTON', 'PAK', 'SACK', 'T', 'TONNE', 'M2', 'M3', 'QM', 'LFM'];

/** Removes accents and folds case, for matching labels whatever the typing. */
export { fold };

let labelSet: Set<string> | null = null;

/** Is the text itself a field or column label ("SHIP VIA", "Qty")? Such text is never a value. */
export function isLabelText(text: string): boolean {
  labelSet ??= new Set(
    [...Object.values(FIELD_LABELS).flat(), ...Object.values(TOTAL_LABELS).flat(), ...Object.values(COLUMN_WORDS).flat(), ...SHIP_TO_LABELS, ...BILL_TO_LABELS, ...SUPPLIER_LABELS, 'f.o.b.', 'fob', 'shipping terms', 'incoterms', 'terms of delivery']
      .map((l) => fold(l)),
  );
  text = text.replace(/\s*\([^)]*\)\s*$/, '');
  return labelSet.has(fold(text).replace(/[:\s#.]+$/, '').trim()) || labelSet.has(fold(text).replace(/[:\s#]+$/, '').trim());
}
