// Text files and untyped parts carry no charset: UTF-8 is tried strictly first, and anything that
// is not valid UTF-8 is read as windows-1252, the usual charset of legacy Windows exports.

const utf8 = new TextDecoder('utf-8', { fatal: true });

// Node 20's TextDecoder('windows-1252') decodes as ISO-8859-1, leaving 0x80-0x9F as C1 controls;
// those bytes are where windows-1252 keeps € ‚ „ … – — ' ' " " and so on.
const CP1252_HIGH = '€\x81‚ƒ„…†‡ˆ‰Š‹Œ\x8dŽ\x8f\x90‘’“”•–—˜™š›œ\x9džŸ';

/** Bytes sampled when deciding whether a file is text: enough for any header, cheap on big files. */
const SAMPLE_BYTES = 64 * 1024;

/** Decodes bytes as text, or returns null when they look binary (NUL bytes, many control codes). */
export function decodeText(bytes: Uint8Array): string | null {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  if (isBinary(bytes)) return null;
  try {
    return utf8.decode(bytes);
  } catch {
    return decodeWindows1252(bytes);
  }
}

export function decodeWindows1252(bytes: Uint8Array): string {
  const latin1 = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  return latin1.replace(/[\x80-\x9f]/g, (ch) => CP1252_HIGH[ch.charCodeAt(0) - 0x80]);
}

/** True when the sample has a NUL byte or more than 1% control codes other than layout ones. */
export function isBinary(bytes: Uint8Array): boolean {
  const end = Math.min(bytes.length, SAMPLE_BYTES);
  let controls = 0;
  for (let i = 0; i < end; i++) {
    const b = bytes[i];
    if (b === 0) return true;
    // TAB, LF, VT, FF, CR and ESC appear in real text exports; other C0 codes mean binary.
    if (b < 0x20 && !(b >= 0x09 && b <= 0x0d) && b !== 0x1b) controls++;
  }
  return controls > end / 100;
}
