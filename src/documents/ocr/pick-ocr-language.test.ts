import { describe, expect, it } from 'vitest';
import { pickOcrLanguage } from './pick-ocr-language.ts';

const ALL = ['eng', 'deu', 'fra', 'spa'];

describe('pickOcrLanguage', () => {
  it('knows an order form by its labels when it has hardly a sentence', () => {
    // As the English model reads a German form: compounds run together, umlauts lost.
    const german =
      'Bestellung WeserlandVerpackungGmbH\nBestellnummer: 4500402436 Versandart: DB Schenker\nLiefertermin: 11.03.2026 Tel:\nPos. Bezeichnung Artikelnr: Menge Einheit FEinzelpreis Gesamipreis\nNettobetrag 455,10';
    expect(pickOcrLanguage(german, ALL)).toBe('deu');
    const english = 'Purchase Order\nPO Number: 31769 Ship Via: UPS Ground\nPayment Terms: Net 30\nVendor Ship To\nLine Description Item No. Qty UoM Unit Price Amount';
    expect(pickOcrLanguage(english, ALL)).toBe('eng');
    const spanish = 'PEDIDO DE COMPRA\nProveedor Forma de pago: 60 dias\nReferencia Descripcion Cantidad Unidad Importe\nIVA 21%';
    expect(pickOcrLanguage(spanish, ALL)).toBe('spa');
  });
});
