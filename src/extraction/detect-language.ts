import { fold } from './vocabulary.ts';

// Function words are enough to tell the four languages a PO arrives in apart; a document with
// too few of them is "unknown" rather than guessed.
const WORDS: Record<string, string[]> = {
  en: ['the', 'and', 'of', 'to', 'please', 'order', 'for', 'with', 'date', 'quantity', 'price', 'ship', 'total', 'thank', 'you'],
  de: ['der', 'die', 'das', 'und', 'mit', 'bitte', 'bestellung', 'menge', 'preis', 'lieferung', 'datum', 'für', 'wir', 'ihre', 'gesamt'],
  fr: ['le', 'la', 'les', 'et', 'des', 'de', 'pour', 'commande', 'quantite', 'prix', 'livraison', 'merci', 'nous', 'vous', 'votre'],
  es: ['el', 'la', 'los', 'las', 'y', 'de', 'del', 'para', 'pedido', 'cantidad', 'precio', 'entrega', 'gracias', 'por', 'favor'],
};

/** The document's language (en, de, fr, es) by function-word counts, or null when unclear. */
export function detectLanguage(text: string): string | null {
  const tokens = fold(text.slice(0, 20000)).split(/[^a-z]+/);
  const scores = Object.entries(WORDS).map(([lang, words]) => {
    const set = new Set(words);
    return [lang, tokens.filter((t) => set.has(t)).length] as const;
  });
  scores.sort((a, b) => b[1] - a[1]);
  const [best, second] = scores;
  if (best[1] < 3 || best[1] < second[1] * 1.3) return null;
  return best[0];
}
