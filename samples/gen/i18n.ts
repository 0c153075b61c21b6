import type { Lang, Style } from './model.ts';
import { formatNumber } from './format.ts';

export interface Labels {
  title: string; poNumber: string; orderDate: string; deliveryDate: string; vendor: string;
  shipTo: string; billTo: string; line: string; sku: string; description: string; qty: string;
  unit: string; unitPrice: string; amount: string; subtotal: string; total: string; shipping: string;
  terms: string; shipVia: string; contact: string; phone: string; email: string; notes: string;
  page: string; of: string; continued: string; discount: string; currency: string;
}

export const LABELS: Record<Lang, Labels> = {
  en: {
    title: 'PURCHASE ORDER', poNumber: 'PO Number', orderDate: 'Order Date', deliveryDate: 'Delivery Date', vendor: 'Vendor',
    shipTo: 'Ship To', billTo: 'Bill To', line: 'Line', sku: 'Item No.', description: 'Description', qty: 'Qty',
    unit: 'UoM', unitPrice: 'Unit Price', amount: 'Amount', subtotal: 'Subtotal', total: 'Total', shipping: 'Freight',
    terms: 'Payment Terms', shipVia: 'Ship Via', contact: 'Buyer', phone: 'Phone', email: 'Email', notes: 'Notes',
    page: 'Page', of: 'of', continued: 'continued', discount: 'Discount', currency: 'Currency',
  },
  de: {
    title: 'BESTELLUNG', poNumber: 'Bestellnummer', orderDate: 'Bestelldatum', deliveryDate: 'Liefertermin', vendor: 'Lieferant',
    shipTo: 'Lieferanschrift', billTo: 'Rechnungsanschrift', line: 'Pos.', sku: 'Artikelnr.', description: 'Bezeichnung', qty: 'Menge',
    unit: 'Einheit', unitPrice: 'Einzelpreis', amount: 'Gesamtpreis', subtotal: 'Nettobetrag', total: 'Gesamtbetrag', shipping: 'Versandkosten',
    terms: 'Zahlungsbedingungen', shipVia: 'Versandart', contact: 'Ansprechpartner', phone: 'Tel.', email: 'E-Mail', notes: 'Bemerkungen',
    page: 'Seite', of: 'von', continued: 'Fortsetzung', discount: 'Rabatt', currency: 'Währung',
  },
  fr: {
    title: 'BON DE COMMANDE', poNumber: 'N° de commande', orderDate: 'Date de commande', deliveryDate: 'Date de livraison', vendor: 'Fournisseur',
    shipTo: 'Adresse de livraison', billTo: 'Adresse de facturation', line: 'Ligne', sku: 'Référence', description: 'Désignation', qty: 'Qté',
    unit: 'Unité', unitPrice: 'Prix unitaire', amount: 'Montant HT', subtotal: 'Total HT', total: 'Total TTC', shipping: 'Frais de port',
    terms: 'Conditions de paiement', shipVia: 'Mode d\'expédition', contact: 'Contact', phone: 'Tél.', email: 'E-mail', notes: 'Remarques',
    page: 'Page', of: 'sur', continued: 'suite', discount: 'Remise', currency: 'Devise',
  },
  es: {
    title: 'PEDIDO DE COMPRA', poNumber: 'Nº de pedido', orderDate: 'Fecha de pedido', deliveryDate: 'Fecha de entrega', vendor: 'Proveedor',
    shipTo: 'Dirección de entrega', billTo: 'Dirección de facturación', line: 'Pos.', sku: 'Referencia', description: 'Descripción', qty: 'Cantidad',
    unit: 'Unidad', unitPrice: 'Precio', amount: 'Importe', subtotal: 'Base imponible', total: 'Total', shipping: 'Portes',
    terms: 'Forma de pago', shipVia: 'Envío', contact: 'Contacto', phone: 'Tel.', email: 'Email', notes: 'Observaciones',
    page: 'Página', of: 'de', continued: 'continúa', discount: 'Descuento', currency: 'Moneda',
  },
};

export function labels(style: Style): Labels {
  return LABELS[style.lang];
}

export function taxLabel(style: Style, rate: number): string {
  const pct = formatNumber(rate * 100, style.locale, Number.isInteger(rate * 100) ? 0 : 2);
  switch (style.locale) {
    case 'en-US': return `Sales Tax (${pct}%)`;
    case 'en-GB': return `VAT ${pct}%`;
    case 'de-DE': return `MwSt. ${pct} %`;
    case 'fr-FR': return `TVA ${pct} %`;
    case 'es-ES': return `IVA ${pct}%`;
  }
}

export const COUNTRY_NAMES: Record<Lang, Record<string, string>> = {
  en: { US: 'USA', GB: 'United Kingdom', DE: 'Germany', FR: 'France', ES: 'Spain', NL: 'Netherlands' },
  de: { US: 'USA', GB: 'Vereinigtes Königreich', DE: 'Deutschland', FR: 'Frankreich', ES: 'Spanien', NL: 'Niederlande' },
  fr: { US: 'États-Unis', GB: 'Royaume-Uni', DE: 'Allemagne', FR: 'France', ES: 'Espagne', NL: 'Pays-Bas' },
  es: { US: 'EE. UU.', GB: 'Reino Unido', DE: 'Alemania', FR: 'Francia', ES: 'España', NL: 'Países Bajos' },
};

export const PAYMENT_TERMS: Record<string, string[]> = {
  'en-US': ['Net 30', 'Net 45', '2% 10, Net 30', 'Net 60', 'Net 30 days'],
  'en-GB': ['30 days end of month', 'Net 30', '60 days from invoice'],
  'de-DE': ['30 Tage netto', '14 Tage 2 % Skonto, 30 Tage netto', 'Zahlbar innerhalb 30 Tagen ohne Abzug'],
  'fr-FR': ['30 jours fin de mois', '45 jours fin de mois', 'Paiement à 30 jours date de facture'],
  'es-ES': ['Transferencia a 60 días', 'Confirming 90 días', 'Recibo domiciliado a 30 días'],
};

/** Shipping methods with no urgency words in them. */
export const SHIP_METHODS: Record<string, string[]> = {
  'en-US': ['UPS Ground', 'FedEx Ground', 'Best Way', 'LTL Freight - Prepaid & Add', 'Will Call'],
  'en-GB': ['DPD Classic', 'Royal Mail Tracked 48', 'Our own transport', 'Palletways'],
  'de-DE': ['DHL Paket', 'Spedition', 'DB Schenker', 'Selbstabholung'],
  'fr-FR': ['Colissimo', 'Transporteur Geodis', 'Messagerie', 'DHL'],
  'es-ES': ['SEUR', 'Agencia de transporte', 'DHL', 'Recogida en almacén'],
};

export const NOTES: Record<Lang, string[]> = {
  en: [
    'Please include packing slip with PO number.',
    'Deliveries accepted Mon-Fri 7:00-15:00 at dock 4.',
    'Certificate of conformance required with shipment.',
    'Do not substitute without written approval.',
  ],
  de: ['Bitte Bestellnummer auf dem Lieferschein angeben.', 'Anlieferung Mo-Fr 7-14 Uhr, Tor 3.'],
  fr: ['Merci de rappeler le numéro de commande sur le bon de livraison.', 'Livraison du lundi au vendredi de 8h à 16h.'],
  es: ['Indicar el número de pedido en el albarán.', 'Horario de descarga: lunes a viernes de 8:00 a 14:00.'],
};
