import { fold } from '../../domain/fold-text.ts';
import { FUNCTION_WORDS } from '../lexicon/index.ts';

// Function words are enough to tell the languages a PO arrives in apart (each lexicon lists its
// own); a document with too few of them is "unknown" rather than guessed.
const WORDS = Object.entries(FUNCTION_WORDS).map(([lang, words]) => [lang, new Set(words.map(fold))] as const);

/** The document's language (en, de, fr, es, nl, it) by function-word counts, or null when unclear. */
export function detectLanguage(text: string): string | null {
  const tokens = fold(text.slice(0, 20000)).split(/[^a-z]+/);
  const scores = WORDS.map(([lang, set]) => [lang, tokens.filter((t) => set.has(t)).length] as const);
  scores.sort((a, b) => b[1] - a[1]);
  const [best, second] = scores;
  if (best[1] < 3 || best[1] < second[1] * 1.3) return null;
  return best[0];
}
