// The one time limit around a promise: the model call's deadline, the IMAP command deadline, the
// OCR engine's start and page limits, the sandbox start, the PDF render. The timer is cleared as
// soon as the work settles, so none is left behind to hold the event loop.

export interface TimeLimitOptions {
  /** Run when the limit is hit, just before the promise rejects: abort the request, close the
   * connection, so the work that lost the race does not run on. */
  onTimeout?: () => void;
  /** Let the timer not keep the process alive on its own. */
  unref?: boolean;
}

/** A limit as text for messages: "60 s", "1.5 s", "50 ms". */
export function formatTimeLimit(ms: number): string {
  return ms >= 1000 ? `${ms / 1000} s` : `${ms} ms`;
}

/**
 * `work` (a promise, or a function started at once), or the error `fail` makes (given the limit
 * as text, see formatTimeLimit) when it takes longer than `ms`. The work itself is stopped only
 * by `onTimeout`; its later result or failure is ignored.
 */
export function withTimeLimit<T>(work: Promise<T> | (() => Promise<T>), ms: number, fail: (limit: string) => Error, options: TimeLimitOptions = {}): Promise<T> {
  let running: Promise<T>;
  try {
    running = typeof work === 'function' ? work() : work;
  } catch (err) {
    return Promise.reject(err);
  }
  running.catch(() => {}); // a failure after the limit was hit is nobody's concern
  let timer: ReturnType<typeof setTimeout> | undefined;
  const limit = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      try {
        options.onTimeout?.();
      } finally {
        reject(fail(formatTimeLimit(ms)));
      }
    }, ms);
    if (options.unref) (timer as { unref?: () => void }).unref?.();
  });
  return Promise.race([running, limit]).finally(() => clearTimeout(timer));
}
