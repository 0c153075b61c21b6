import { describe, expect, it } from 'vitest';
import { detectLanguage } from './detect-language.ts';

describe('detectLanguage', () => {
  it.each([
    ['Please send the order to us and thank you for the quick delivery of the goods.', 'en'],
    ['Bitte liefern Sie die Bestellung mit der Menge und dem Preis für unsere Firma.', 'de'],
    ['Merci de nous livrer la commande pour le prix et la quantité des produits.', 'fr'],
    ['Por favor enviar el pedido con la cantidad y el precio para la entrega.', 'es'],
    ['AB-1234 12 4.50', null],
    ['ok', null],
  ])('%j -> %j', (text, expected) => {
    expect(detectLanguage(text)).toBe(expected);
  });
});
