// A reply's new content sits above the quoted thread; the thread repeats older orders that must not
// be read twice. A forwarded message is the opposite: the order is inside it, so it is kept, and only
// quotes below the forwarded header count.

const FORWARD_MARKERS = [
  /^\s*-{2,}\s*(forwarded message|original message follows|message transféré|message réexpédié|weitergeleitete nachricht|mensaje reenviado|messaggio inoltrato|doorgestuurd bericht|mensagem encaminhada|vidarebefordrat meddelande|videresendt (meddelelse|melding)|przekazana wiadomość|välitetty viesti)\s*-*\s*$/i,
  /^\s*(begin forwarded message|début du message réexpédié|début du message réenvoyé|début du message transféré|anfang der weitergeleiteten nachricht|inicio del mensaje reenviado|inizio messaggio inoltrato|begin doorgestuurd bericht|início da mensagem reencaminhada|início da mensagem encaminhada)\s*:\s*$/i,
  /^\s*-{2,}\s*(forwarded by|weitergeleitet von|transféré par)\b.*$/i,
];

const ORIGINAL_MESSAGE =
  /^\s*-{2,}\s*(original message|mensaje original|ursprüngliche nachricht|message d'origine|message original|messaggio originale|oorspronkelijk bericht|origineel bericht|mensagem original|ursprungligt meddelande|wiadomość oryginalna|oprindelig meddelelse|opprinnelig melding|alkuperäinen viesti)\s*-*\s*$/i;

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
const HEADER_FROM_LINE = /^\s*\*?(from|von|de|van|da|från|fra|od|lähettäjä)\s*\*?\s*:\s*(.*)$/i;
const HEADER_FROM = /^\s*\*?(from|von|de|van|da|från|fra|od|lähettäjä)\s*\*?\s*:/i;
const HEADER_SENT =
  /^\s*\*?(sent|date|gesendet|datum|envoyé|envoyé le|enviado|enviado el|enviada|enviada em|enviado em|fecha|inviato|data|verzonden|skickat|sendt|wysłano|lähetetty)\s*\*?\s*:/i;
const HEADER_SENT_INLINE = /\b(sent|gesendet|envoyé|enviado|inviato|verzonden|skickat|sendt|wysłano)\s*:/i;
const HEADER_SUBJECT = /^\s*\*?(subject|betreff|objet|asunto|oggetto|onderwerp|assunto|ämne|emne|temat|aihe)\s*\*?\s*:\s*(.*)$/i;
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

/** A header of a message inside a body, as far as it shows. */
export interface ThreadHeader {
  from: string | null;
  fromName: string | null;
  subject: string | null;
  date: string | null;
}

/** One message of a body: the mail's own text first, then each forwarded message inside it. */
export interface ThreadPart {
  /** null for the mail's own text; the forwarded message's header otherwise. */
  header: ThreadHeader | null;
  /** 0: the mail's own text; 1: forwarded in it; 2: forwarded inside that one ... */
  depth: number;
  text: string;
  /** The quoted thread below the text (a reply's older message), with its header where it shows. */
  quoted: { header: ThreadHeader | null; text: string } | null;
}

/** Subjects of forwarded mail in the languages customers use (Fw, Fwd, WG, TR, RV, ENC, I, Doorst, VB, VS, PD). */
export const FORWARD_SUBJECT = /^\s*\[?\s*(fwd?|wg|tr|rv|enc|i|doorst|vb|vs|pd|vl)\s*:/i;

/**
 * Splits a body into the mail's own text and the messages forwarded inside it (inline forwards of
 * Gmail, Outlook, Apple Mail, Thunderbird, Lotus ... in their languages, nested ones included),
 * each with the header it shows and the quoted thread below its text kept apart.
 */
export function splitThread(text: string, options: StripOptions = {}): ThreadPart[] {
  const lines = text.split('\n');
  const parts: ThreadPart[] = [];
  let header: ThreadHeader | null = null;
  let start = 0;
  let forwardBlocks = options.forwarded ? 1 : 0;
  const push = (end: number, quoted: ThreadPart['quoted']) => parts.push({ header, depth: parts.length, text: trimRules(lines.slice(start, end)).join('\n'), quoted });
  for (let i = 0; i < lines.length; i++) {
    const marker = FORWARD_MARKERS.some((re) => re.test(lines[i])) || (forwardBlocks > 0 && ORIGINAL_MESSAGE.test(lines[i]));
    if (marker || (forwardBlocks > 0 && isHeaderBlock(lines, i))) {
      const from = marker ? i + 1 : i;
      const end = skipHeaderBlock(lines, from);
      push(i, null);
      header = parseHeader(lines.slice(from, end));
      // A forwarded message that was itself forwarded (its subject says Fw:) opens with a forward too.
      forwardBlocks = FORWARD_SUBJECT.test(header.subject ?? '') ? 1 : 0;
      start = end;
      i = end - 1;
      continue;
    }
    if (isQuoteStart(lines, i) && lines.slice(start, i).some((l) => !/^[\s_\-=*]*$/.test(l))) {
      push(i, readQuote(lines.slice(i)));
      return dropEmptyLead(parts);
    }
  }
  push(lines.length, null);
  return dropEmptyLead(parts);
}

/** A forward with nothing typed above it has no text of its own. */
function dropEmptyLead(parts: ThreadPart[]): ThreadPart[] {
  return parts.filter((p, i) => i > 0 || p.text.trim() !== '' || p.quoted !== null || parts.length === 1);
}

function trimRules(lines: string[]): string[] {
  const out = [...lines];
  while (out.length > 0 && /^[\s_\-=*]*$/.test(out[out.length - 1])) out.pop();
  while (out.length > 0 && out[0].trim() === '') out.shift();
  return out;
}

/** The quoted thread: its "> " marks taken off, its header read, and older quotes inside it cut. */
function readQuote(lines: string[]): { header: ThreadHeader | null; text: string } {
  const unquoted = lines.map((l) => l.replace(/^\s*(?:>\s?)+/, ''));
  let i = 0;
  while (i < unquoted.length && unquoted[i].trim() === '') i++;
  let header: ThreadHeader | null = null;
  const attribution = i + 1 < unquoted.length ? `${unquoted[i]} ${unquoted[i + 1]}` : (unquoted[i] ?? '');
  if (ORIGINAL_MESSAGE.test(unquoted[i] ?? '') || FORWARD_MARKERS.some((re) => re.test(unquoted[i] ?? ''))) {
    const end = skipHeaderBlock(unquoted, i + 1);
    header = parseHeader(unquoted.slice(i + 1, end));
    i = end;
  } else if (isHeaderBlock(unquoted, i)) {
    const end = skipHeaderBlock(unquoted, i);
    header = parseHeader(unquoted.slice(i, end));
    i = end;
  } else if (ATTRIBUTION.some((re) => re.test(unquoted[i] ?? '') || re.test(attribution))) {
    const one = ATTRIBUTION.some((re) => re.test(unquoted[i] ?? ''));
    const line = one ? unquoted[i] : attribution;
    header = { ...parseMailbox(line), subject: null, date: null };
    i += one ? 1 : 2;
  }
  const rest = unquoted.slice(i).join('\n');
  return { header, text: stripQuotedReply(rest).trim() };
}

/** From, date and subject of a header block ("From: Jane <jane@x>", "Gesendet: ...", "Objet : ..."). */
function parseHeader(lines: string[]): ThreadHeader {
  const header: ThreadHeader = { from: null, fromName: null, subject: null, date: null };
  for (const [k, line] of lines.entries()) {
    const from = line.match(HEADER_FROM_LINE);
    if (from && header.from === null && header.fromName === null) {
      // A long From line wraps: the address may stand on the next, indented line.
      const value = /@/.test(from[2]) || !/^\s+\S/.test(lines[k + 1] ?? '') ? from[2] : `${from[2]} ${lines[k + 1].trim()}`;
      Object.assign(header, parseMailbox(value));
      continue;
    }
    const subject = line.match(HEADER_SUBJECT);
    if (subject && header.subject === null) {
      header.subject = subject[2].replace(/\*+$/, '').trim() || null;
      continue;
    }
    if (HEADER_SENT.test(line) && header.date === null) header.date = line.replace(HEADER_SENT, '').trim() || null;
  }
  return header;
}

const ADDRESS = /[\w.+'-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,8}/;

/** `Jane Doe <jane@x>`, `"Doe, Jane" [mailto:jane@x]`, `jane@x`, `Jane Doe`; an attribution line too. */
function parseMailbox(value: string): { from: string | null; fromName: string | null } {
  const address = value.match(ADDRESS)?.[0]?.toLowerCase() ?? null;
  const wrote = ATTRIBUTION.some((re) => re.test(value));
  let name = value
    .replace(/[<[(]\s*(?:mailto:)?[^<>[\]()]*@[^<>[\]()]*[>\])]/gi, ' ')
    .replace(ADDRESS, ' ')
    .replace(/\*/g, '');
  if (wrote) {
    // "On Wed, Oct 7, 2026 at 10:02 AM Northwind Quotes <...> wrote:": the words right before the address.
    const m = value.match(/(?:\d|[AP]M|Uhr|h\d\d)[,.]?\s+([^\d<>(),]{2,60}?)\s*[<([]?\s*(?:mailto:)?[\w.+'-]+@/i);
    name = m ? m[1].replace(/^(?:[ap]\.?m\.?|uhr|h)\s+/i, '') : '';
  }
  name = name.replace(/^["'\s]+|["'\s,;:]+$/g, '').replace(/\s{2,}/g, ' ');
  return { from: address, fromName: name && !/@/.test(name) ? name : null };
}
