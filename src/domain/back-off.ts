// The one back-off formula: exponential from a base, capped, with optional jitter so that
// workers failing together do not retry together. Every retry loop (model calls, message
// extraction, the outbox, the IMAP reconnect) asks here, each with its own numbers.

export interface BackOff {
  /** The delay before the first retry (retry 0), in ms; each later retry doubles it. */
  baseMs: number;
  /** The most any delay may be, in ms (default: no cap). */
  capMs?: number;
  /**
   * "none": the delay itself; "equal": half fixed, half random (between half and all of it);
   * "full": anywhere from 0 to all of it. Default "none".
   */
  jitter?: 'none' | 'equal' | 'full';
  /** A number in [0, 1) (default Math.random); injectable for tests. */
  random?: () => number;
}

/** The delay in whole ms before retry number `retry` (0 for the first retry). */
export function backOffMs(retry: number, options: BackOff): number {
  const exponential = options.baseMs * 2 ** Math.max(0, retry);
  const ceiling = Math.min(options.capMs ?? Number.POSITIVE_INFINITY, exponential);
  const random = options.random ?? Math.random;
  switch (options.jitter ?? 'none') {
    case 'none':
      return Math.round(ceiling);
    case 'equal':
      return Math.round(ceiling / 2 + random() * (ceiling / 2));
    case 'full':
      return Math.round(random() * ceiling);
  }
}
