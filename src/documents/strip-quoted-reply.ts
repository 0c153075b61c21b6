// A reply's new content sits above the quoted thread; the thread repeats older orders that must not
// be read twice. A forwarded message is the opposite: the order is inside it, so it is kept, and only
// quotes below the forwarded header count.

const FORWARD_MARKERS = [
  /^\s*-{2,}\s*(forwarded message|message transféré|weitergeleitete nachricht|mensaje reenviado|messaggio inoltrato|doorgestuurd bericht|mensagem encaminhada)\s*-*\s*$/i,
  /^\s*(begin forwarded message|début du message réexpédié|début du message réenvoyé|anfang der weitergeleiteten nachricht|inicio del mensaje reenviado)\s*:\s*$/i,
  /^\s*-{2,}\s*forwarded by\b.*$/i,
];

const ORIGINAL_MESSAGE =
  /^\s*-{2,}\s*(original message|mensaje original|ursprüngliche nachricht|message d'origine|messaggio originale|oorspronkelijk bericht|mensagem original)\s*-*\s*$/i;

// "On <date>, <name> wrote:" in the languages customers write in; mail clients wrap it at ~76 chars.
const ATTRIBUTION = [
  /^\s*On\b.{0,300}\bwrote\s*:\s*$/i,
  /^\s*Am\b.{0,300}\bschrieb\b.{0,200}:\s*$/i,
  /^\s*Le\b.{0,300}\ba écrit\s*:\s*$/i,
  /^\s*El\b.{0,300}\bescribió\s*:\s*$/i,
  /^\s*Il\b.{0,300}\bha scritto\s*:\s*$/i,
  /^\s*Op\b.{0,300}\bschreef\b.{0,200}:\s*$/i,
  /^\s*Em\b.{0,300}\bescreveu\s*:\s*$/i,
];

// Outlook quotes with a header block: "From: ..." then "Sent: ..." (localised) within a few lines.
const HEADER_FROM = /^\s*\*?(from|von|de|van|da|från|fra|od)\s*\*?\s*:/i;
const HEADER_SENT = /^\s*\*?(sent|date|gesendet|datum|envoyé|enviado|enviada|fecha|inviato|data|verzonden|skickat|sendt)\s*\*?\s*:/i;
const HEADER_SENT_INLINE = /\b(sent|gesendet|envoyé|enviado|inviato|verzonden)\s*:/i;
const HEADER_FIELD = /^\s*\*?[\p{L}][\p{L}\- ]{0,30}\*?\s*:/u;

export interface StripOptions {
  /** The subject says Fw:/WG:/TR:, so Outlook's first header block opens the forwarded message. */
  forwarded?: boolean;
}

/** Cuts a reply body at its first quote marker; forwarded content is kept. */
export function stripQuotedReply(text: string, options: StripOptions = {}): string {
  const lines = text.split('\n');
  let forwardBlocks = options.forwarded ? 1 : 0;
  for (let i = 0; i < lines.length; i++) {
    if (FORWARD_MARKERS.some((re) => re.test(lines[i]))) {
      i = skipHeaderBlock(lines, i + 1) - 1;
      continue;
    }
    // Outlook forwards under "-----Original Message-----" too; the subject (Fw:) tells them apart.
    if (forwardBlocks > 0 && ORIGINAL_MESSAGE.test(lines[i])) {
      forwardBlocks--;
      i = skipHeaderBlock(lines, i + 1) - 1;
      continue;
    }
    if (isHeaderBlock(lines, i) && forwardBlocks > 0) {
      forwardBlocks--;
      i = skipHeaderBlock(lines, i) - 1;
      continue;
    }
    if (isQuoteStart(lines, i)) return keepAbove(lines, i) ?? text;
  }
  return text;
}

function isQuoteStart(lines: string[], i: number): boolean {
  const line = lines[i];
  if (ORIGINAL_MESSAGE.test(line) || isHeaderBlock(lines, i)) return true;
  if (/^\s*>/.test(line) && /^\s*>/.test(lines[i + 1] ?? '')) return true;
  const joined = i + 1 < lines.length ? `${line} ${lines[i + 1]}` : line;
  return ATTRIBUTION.some((re) => re.test(line) || (line.trim() !== '' && re.test(joined)));
}

function isHeaderBlock(lines: string[], i: number): boolean {
  if (!HEADER_FROM.test(lines[i])) return false;
  if (HEADER_SENT_INLINE.test(lines[i].replace(HEADER_FROM, ''))) return true;
  for (let j = i + 1; j < Math.min(lines.length, i + 5); j++) {
    if (HEADER_SENT.test(lines[j])) return true;
    if (!HEADER_FIELD.test(lines[j]) && !/^\s/.test(lines[j])) return false;
  }
  return false;
}

/** Index of the first line after a header block (blank lines before it are skipped too). */
function skipHeaderBlock(lines: string[], start: number): number {
  let i = start;
  while (i < lines.length && lines[i].trim() === '') i++;
  while (i < lines.length && (HEADER_FIELD.test(lines[i]) || (i > start && /^[ \t]+\S/.test(lines[i])))) i++;
  return i;
}

/** The text above line `end`, without trailing rules; null when nothing is above the quote. */
function keepAbove(lines: string[], end: number): string | null {
  const above = lines.slice(0, end);
  while (above.length > 0 && /^[\s_\-=*]*$/.test(above[above.length - 1])) above.pop();
  return above.length > 0 ? above.join('\n') : null;
}
