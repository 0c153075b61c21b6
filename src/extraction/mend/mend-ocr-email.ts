// An address OCR read with a letter wrong ("hrett.nguyen@", "biryit@hrandt-soehne.example") is
// mended from what the same page says elsewhere, as a reader would: the local part is usually the
// contact's name ("Brett Nguyen" -> brett.nguyen, jgarnier, jorg), and the domain is usually
// written again in another address or the web site in the letterhead. Only a part one letter away
// from such a witness is changed; the draft still goes to review, as every OCR'd order does.
// On six scans sets the buyer's address was the weakest field: 39 of 68 right, 48 with this.

import { isOneEdit, onlyNear } from '../reading/is-one-edit.ts';
import { fold } from '../reading/vocabulary.ts';

export interface EmailWitnesses {
  /** The contact's name as read on the page ("Jörg Vogt"), if any. */
  contactName: string | null;
  /** The buyer's company name, which the domain usually spells. */
  company: string | null;
  /** The whole page text: other addresses and web sites name the domain again. */
  text: string;
}

/** Names shorter than this ("Ann", "Lee") are too near other names to mend towards. */
const MIN_NAME_PART = 4;
const MIN_JOINED = 6;

/** `email` with a local-part word or the domain put right where the page witnesses them one letter away. */
export function mendOcrEmail(email: string, witnesses: EmailWitnesses): string {
  const at = email.lastIndexOf('@');
  if (at <= 0) return email;
  return `${mendLocal(email.slice(0, at), witnesses.contactName)}@${mendDomain(email.slice(at + 1), witnesses)}`;
}

// "hrett.nguyen", "biryit", "jgarnier": each word of the local part, and the whole of it, is
// held against the contact's names and the usual ways of joining them.
function mendLocal(local: string, contactName: string | null): string {
  const words = contactName ? toNameWords(contactName) : [];
  if (words.length === 0) return local;
  const [first, last] = [words[0], words[words.length - 1]];
  // Joined forms only when long: "annl" (Ann L.) is one letter from an "anna" who is someone else.
  const joined = words.length > 1 ? first.flatMap((f) => last.flatMap((l) => [f + l, f[0] + l, l + f])).filter((form) => form.length >= MIN_JOINED) : [];
  const forms = new Set([...words.flat().filter((form) => form.length >= MIN_NAME_PART), ...joined]);
  return local
    .split(/([._-])/)
    .map((word) => mendWord(word, forms, true))
    .join('');
}

/** The one form `word` is an OCR slip away from, else `word` as it stands. */
function mendWord(word: string, forms: Set<string>, lengthMayDiffer: boolean): string {
  const lower = word.toLowerCase();
  if (lower.length < MIN_NAME_PART || !/^[a-z]+$/i.test(word) || forms.has(lower)) return word;
  return onlyNear(forms, (form) => isOcrSlip(lower, form, lengthMayDiffer)) ?? word;
}

// One letter read as another ("hrett", "biryit"), or "rn" as "m" ("jgamier"): OCR's commonest
// slips. A letter more or less ("nura", "Jjames") is one too against a person's name, but not
// against a company's: "acme-tool" for ACME Tools is how people name their domains. "rn" is
// never taken back to "m": OCR runs r and n together, it does not split an m, so "cfairbairn"
// stays when the contact was read "Fairbaim".
function isOcrSlip(read: string, meant: string, lengthMayDiffer: boolean): boolean {
  if (read === meant) return false;
  const [readRn, meantRn] = [rnCount(read), rnCount(meant)];
  if (readRn !== meantRn && read.replace(/rn/g, 'm') === meant.replace(/rn/g, 'm')) return readRn < meantRn;
  return (lengthMayDiffer || read.length === meant.length) && isOneEdit(read, meant);
}

function rnCount(word: string): number {
  return word.split('rn').length - 1;
}

/**
 * The contact's name with an "m" put back to the "rn" OCR ran together, where the buyer's email
 * spells it ("Callum Fairbaim" with cfairbairn@... -> "Callum Fairbairn").
 */
export function mendOcrContact(contactName: string, email: string | null): string {
  const local =
    email
      ?.slice(0, email.lastIndexOf('@'))
      .toLowerCase()
      .replace(/[^a-z]/g, '') ?? '';
  if (!local) return contactName;
  return contactName.replace(/\p{L}{4,}/gu, (word) => {
    const lower = fold(word);
    for (let i = lower.indexOf('m'); i >= 0; i = lower.indexOf('m', i + 1)) {
      const spelled = `${lower.slice(0, i)}rn${lower.slice(i + 1)}`;
      if (!local.includes(lower) && local.includes(spelled)) return `${word.slice(0, i)}rn${word.slice(i + 1)}`;
    }
    return word;
  });
}

/** "Jörg Vogt" -> [jorg, joerg], [vogt]: each word's lowercase ASCII spellings, German letters both ways. */
function toNameWords(name: string): string[][] {
  const words = name.split(/[\s,.'-]+/).filter((w) => /^\p{L}{2,}$/u.test(w));
  return words
    .map((w) => {
      const spelled = w.toLowerCase().replace(/ä/g, 'ae').replace(/ö/g, 'oe').replace(/ü/g, 'ue').replace(/ß/g, 'ss');
      return [...new Set([fold(w), fold(spelled)])].filter((p) => /^[a-z]+$/.test(p));
    })
    .filter((spellings) => spellings.length > 0);
}

const DOMAIN_MENTION = /(?:@|\bwww\.|https?:\/\/)([a-z0-9-]+(?:\.[a-z0-9-]+)+)/gi;

// The domain is changed only to one written elsewhere on the page one letter away, and only when
// that spelling is written more often, or as often and nearer the company's name ("hrandt-soehne"
// against "brandt-soehne" for Brandt & Söhne).
function mendDomain(domain: string, witnesses: EmailWitnesses): string {
  const counts = new Map<string, number>();
  for (const m of witnesses.text.matchAll(DOMAIN_MENTION)) {
    const mention = m[1].toLowerCase().replace(/\.$/, '');
    counts.set(mention, (counts.get(mention) ?? 0) + 1);
  }
  const ours = mendTowardsCompany(domain.toLowerCase(), witnesses.company);
  const own = Math.max(1, counts.get(ours) ?? 0);
  const company = witnesses.company ? lettersOf(witnesses.company) : '';
  let best = ours;
  let bestScore = [own, affinity(ours, company)];
  for (const [other, count] of counts) {
    if (!isOneEdit(ours, other)) continue;
    const score = [count, affinity(other, company)];
    if (score[0] > bestScore[0] || (score[0] === bestScore[0] && score[1] > bestScore[1])) [best, bestScore] = [other, score];
  }
  return best;
}

// "hrandt-soehne.example" for Brandt & Söhne: with no other mention to go by, each word of the
// name part is held against the company's words, as the local part is against the contact's.
function mendTowardsCompany(domain: string, company: string | null): string {
  const words = company
    ? toNameWords(company)
        .flat()
        .filter((w) => w.length >= MIN_NAME_PART)
    : [];
  if (words.length === 0) return domain;
  const labels = domain.split('.');
  if (labels.length < 2) return domain;
  const name = labels.slice(0, -1).join('.');
  const mended = name
    .split(/([.-])/)
    .map((word) => mendWord(word, new Set(words), false))
    .join('');
  return [mended, labels[labels.length - 1]].join('.');
}

function lettersOf(text: string): string {
  return fold(text).replace(/[^a-z0-9]/g, '');
}

/** Length of the longest run of the domain's first label found in the company's letters. */
function affinity(domain: string, company: string): number {
  const label = lettersOf(domain.split('.')[0]);
  let longest = 0;
  for (let i = 0; i < label.length; i++) {
    for (let j = i + longest + 1; j <= label.length && company.includes(label.slice(i, j)); j++) longest = j - i;
  }
  return longest;
}
