/** Polls `condition` until it holds; fails with `what` after `timeoutMs`. */
export async function waitFor(condition: () => Promise<boolean> | boolean, what: string, timeoutMs = 10_000, everyMs = 50): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  while (Date.now() < deadline) {
    try {
      if (await condition()) return;
    } catch (err) {
      lastError = err;
    }
    await new Promise((resolve) => setTimeout(resolve, everyMs));
  }
  throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}${lastError ? ` (last error: ${(lastError as Error).message})` : ''}`);
}

/**
 * Polls `check` until it returns something other than null / undefined / false, and returns it;
 * on timeout fails with `what`, the last error and, from `seen`, the last state seen.
 */
export async function waitForValue<T>(what: string, check: () => Promise<T | null | undefined | false>, timeoutMs: number, seen?: () => Promise<unknown>): Promise<T> {
  const started = Date.now();
  let lastError: unknown = null;
  for (;;) {
    try {
      const value = await check();
      if (value !== null && value !== undefined && value !== false) return value;
      lastError = null;
    } catch (err) {
      lastError = err;
    }
    if (Date.now() - started > timeoutMs) {
      const state = seen ? await seen().catch((err: unknown) => `(cannot read state: ${String(err)})`) : undefined;
      throw new Error(
        `timed out after ${timeoutMs} ms waiting for ${what}` +
          (lastError ? `; last error: ${String(lastError)}` : '') +
          (state !== undefined ? `; last seen: ${JSON.stringify(state)}` : ''),
      );
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
