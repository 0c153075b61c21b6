// The References chain of a reply (RFC 5322 3.6.4): the parent's References, else its
// In-Reply-To, then the parent's own Message-ID. Read from the original's parsed header block.

import { headerIds, type HeaderBlock } from '../domain/header-block.ts';

export function toReferences(headers: HeaderBlock, parentMessageId: string | null): string[] {
  const earlier = headerIds(headers, 'References');
  const chain = earlier.length > 0 ? earlier : headerIds(headers, 'In-Reply-To').slice(0, 1);
  const ids = parentMessageId ? [...chain, parentMessageId] : chain;
  // Mail clients cap long chains; keep the first (thread root) and the most recent ones.
  const unique = [...new Set(ids)];
  return unique.length > 20 ? [unique[0] as string, ...unique.slice(-19)] : unique;
}
