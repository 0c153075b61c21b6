/**
 * `work`, or the error `fail` makes (given the limit as text, "60 s" or "50 ms") when it takes
 * longer than `ms`. The work itself is not stopped: its later result or failure is ignored.
 */
export function withTimeLimit<T>(work: Promise<T>, ms: number, fail: (limit: string) => Error): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const limitText = ms >= 1000 ? `${ms / 1000} s` : `${ms} ms`;
  const limit = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(fail(limitText)), ms);
  });
  work.catch(() => {});
  return Promise.race([work, limit]).finally(() => clearTimeout(timer));
}
