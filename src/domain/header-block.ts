// The header block of an RFC 5322 message, read once into its fields in order. Every reader of
// headers goes through here: the ledger's fingerprint (Message-ID and the sender's own headers),
// the sender check (every From, each Authentication-Results with the Received hops above it) and
// acknowledgement threading (References, In-Reply-To). Pure JavaScript on bytes, so the edge
// worker reads headers the same way. Values are raw (RFC 2047 words left encoded), unfolded, with
// runs of white space made one space.

export interface HeaderField {
  /** The field name in lower case ("authentication-results"). */
  key: string;
  /** The unfolded value. */
  value: string;
}

export interface HeaderBlock {
  /** Every field, topmost first. */
  fields: HeaderField[];
  /** Bytes up to and including the blank line that ends the block; -1 when there is none. */
  end: number;
}

/** A header block longer than this is not read further: no sender writes one, a bomb does. */
export const MAX_HEADER_BYTES = 1024 * 1024;

const MSG_ID = /<[^<>\s]+>/g;

/** The fields of the message's header block. */
export function readHeaderBlock(bytes: Uint8Array): HeaderBlock {
  const end = headerEnd(bytes);
  const length = Math.min(end < 0 ? bytes.length : end, MAX_HEADER_BYTES);
  // latin1 maps every byte to one character, so a stray 8-bit header byte cannot throw.
  const text = new TextDecoder('latin1').decode(bytes.subarray(0, length));
  const fields: HeaderField[] = [];
  for (const line of text.split(/\r?\n(?![ \t])/)) {
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    const key = line.slice(0, colon).trim().toLowerCase();
    if (!/^[!-9;-~]+$/.test(key)) continue;
    fields.push({
      key,
      value: line
        .slice(colon + 1)
        .replace(/\s+/g, ' ')
        .trim(),
    });
  }
  return { fields, end };
}

/** The first field of that name, as mail readers show it, or undefined. */
export function firstHeader(block: HeaderBlock, name: string): string | undefined {
  const key = name.toLowerCase();
  return block.fields.find((field) => field.key === key)?.value;
}

/** Every field of that name, topmost first. */
export function allHeaders(block: HeaderBlock, name: string): string[] {
  const key = name.toLowerCase();
  return block.fields.filter((field) => field.key === key).map((field) => field.value);
}

/** The message ids (`<id@host>`) of the first field of that name; [] when it is absent. */
export function headerIds(block: HeaderBlock, name: string): string[] {
  return firstHeader(block, name)?.match(MSG_ID) ?? [];
}

/** Where the header block ends: after the first empty line (CRLF or LF), or -1. */
function headerEnd(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length - 1; i += 1) {
    if (bytes[i] !== 0x0a) continue;
    if (bytes[i + 1] === 0x0a) return i + 2;
    if (bytes[i + 1] === 0x0d && bytes[i + 2] === 0x0a) return i + 3;
  }
  return -1;
}
