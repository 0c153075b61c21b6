import { foldWords } from '../../domain/fold-text.ts';
import { ADDRESS_REFERENCES, type AddressReference } from '../lexicon/index.ts';

const PATTERNS = ADDRESS_REFERENCES.map(([kind, sources]) => [kind, new RegExp(sources.join('|'))] as const);

/**
 * The address an address block names instead of writing one: "as letterhead address above",
 * "identique à l'adresse ci-dessus" (the sender's own), "same as delivery address", "wie
 * Lieferanschrift" (the ship-to). Only words, and few: a written address has digits.
 */
export function addressReferenceOf(text: string): AddressReference | null {
  if (/\d/.test(text)) return null;
  const words = foldWords(text);
  if (!words || words.split(' ').length > 10) return null;
  return PATTERNS.find(([, pattern]) => pattern.test(words))?.[0] ?? null;
}
