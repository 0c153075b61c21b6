// Sign-in throttling by growing delays, never a lockout: the first few failures under a key cost
// nothing, then each further one makes the next attempt wait twice as long (2 s, 4 s, 8 s ...)
// up to a cap. An attacker guessing gets a handful of tries an hour; the rep, from a browser they
// signed in from before, is not slowed by someone else's guesses at their address (see
// store/known-devices.ts), and after a pause can always try again.

export interface DelayRule {
  /** Failures in the window that cost nothing. */
  free: number;
  /** The longest wait, in seconds. */
  capSeconds: number;
}

/** Per address (or per known browser): three free tries. Per client: ten, since several users may share it. */
export const ACCOUNT_RULE: DelayRule = { free: 3, capSeconds: 300 };
export const CLIENT_RULE: DelayRule = { free: 10, capSeconds: 300 };
/** Failures older than this no longer count. */
export const FAILURE_WINDOW_MS = 60 * 60 * 1000;

/** Seconds still to wait before the next attempt under a key with these failures; 0: go ahead. */
export function signInDelay(failures: { count: number; lastAt: Date | null }, rule: DelayRule, now: Date): number {
  if (failures.count < rule.free || !failures.lastAt) return 0;
  const delay = Math.min(rule.capSeconds, 2 ** (failures.count - rule.free + 1));
  const left = failures.lastAt.getTime() + delay * 1000 - now.getTime();
  return left > 0 ? Math.ceil(left / 1000) : 0;
}
