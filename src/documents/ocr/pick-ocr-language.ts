// Which traineddata to read a document with, from the text of a first pass. Loading every
// language at once (eng+deu+fra+spa) makes tesseract several times slower and lets it "find"
// umlauts in English, so a page is first read in one language and re-read only when its
// function words say it is another. The words survive being read with the wrong model: accents
// may be lost, but "de", "la", "und", "pour" come through.

const FUNCTION_WORDS: Record<string, string[]> = {
  eng: ['the', 'and', 'of', 'to', 'for', 'with', 'please', 'order', 'date', 'quantity', 'price', 'ship', 'total', 'from', 'by'],
  deu: ['der', 'die', 'das', 'und', 'mit', 'bitte', 'bestellung', 'menge', 'preis', 'lieferung', 'datum', 'fur', 'für', 'wir', 'ihre', 'gesamt', 'nicht'],
  fra: ['le', 'les', 'et', 'des', 'du', 'pour', 'commande', 'quantite', 'quantité', 'prix', 'livraison', 'merci', 'nous', 'vous', 'votre', 'au'],
  spa: ['el', 'los', 'las', 'y', 'del', 'para', 'pedido', 'cantidad', 'precio', 'entrega', 'gracias', 'por', 'fecha', 'compra', 'orden', 'con'],
};

// An order form has few sentences: its labels carry the language. Without them a German form
// ("Bestellnummer", "Liefertermin", "Einzelpreis") was read on with the English model, which
// runs German compounds together ("WeserlandVerpackungGmbH") and loses umlauts. Only words no
// other of the four languages spells the same way.
const FORM_WORDS: Record<string, string[]> = {
  eng: ['purchase', 'number', 'qty', 'amount', 'subtotal', 'vendor', 'supplier', 'buyer', 'payment', 'terms', 'delivery', 'item', 'unit'],
  deu: [
    'bestellnummer',
    'bestelldatum',
    'liefertermin',
    'zahlungsbedingungen',
    'einzelpreis',
    'gesamtpreis',
    'lieferanschrift',
    'lieferant',
    'einheit',
    'nettobetrag',
    'gesamtbetrag',
    'mwst',
    'versandart',
    'ansprechpartner',
    'bezeichnung',
    'artikelnr',
    'seite',
    'tage',
  ],
  fra: ['bon', 'désignation', 'designation', 'référence', 'montant', 'unité', 'tva', 'règlement', 'reglement', 'fournisseur', 'acheteur', 'jours', 'mois', 'expédition'],
  spa: [
    'proveedor',
    'descripción',
    'descripcion',
    'importe',
    'unidad',
    'iva',
    'dirección',
    'direccion',
    'envío',
    'envio',
    'forma',
    'pago',
    'días',
    'dias',
    'comprador',
    'condiciones',
  ],
};

/** Fewer hits than this and the text is too short or too garbled to judge. */
const MIN_HITS = 3;
/** The winner must beat the runner-up by this factor. */
const MARGIN = 1.5;

/** The tesseract language code among `allowed` that the text is written in, or null when unclear. */
export function pickOcrLanguage(text: string, allowed: readonly string[]): string | null {
  const tokens = text.toLowerCase().split(/[^\p{L}]+/u);
  const scores = allowed
    .filter((lang) => FUNCTION_WORDS[lang])
    .map((lang) => {
      const words = new Set([...FUNCTION_WORDS[lang], ...(FORM_WORDS[lang] ?? [])]);
      return { lang, hits: tokens.filter((t) => words.has(t)).length };
    })
    .sort((a, b) => b.hits - a.hits);
  const [best, second] = scores;
  if (!best || best.hits < MIN_HITS || best.hits < (second?.hits ?? 0) * MARGIN) return null;
  return best.lang;
}
