// The References chain of a reply (RFC 5322 3.6.4): the parent's References, else its
// In-Reply-To, then the parent's own Message-ID. Read from the stored header block.

const MSG_ID = /<[^<>\s]+>/g;

/** The message ids of one header in a raw header block, unfolded; [] when it is absent. */
export function readHeaderIds(head: string, name: string): string[] {
  const unfolded = head.replace(/\r?\n[ \t]+/g, ' ');
  const pattern = new RegExp(`^${name}:(.*)$`, 'im');
  return pattern.exec(unfolded)?.[1]?.match(MSG_ID) ?? [];
}

export function toReferences(head: string, parentMessageId: string | null): string[] {
  const earlier = readHeaderIds(head, 'References');
  const chain = earlier.length > 0 ? earlier : readHeaderIds(head, 'In-Reply-To').slice(0, 1);
  const ids = parentMessageId ? [...chain, parentMessageId] : chain;
  // Mail clients cap long chains; keep the first (thread root) and the most recent ones.
  const unique = [...new Set(ids)];
  return unique.length > 20 ? [unique[0] as string, ...unique.slice(-19)] : unique;
}
