// A few calls at a time: a mailbox backlog must not turn into hundreds of parallel requests that
// all hit the provider's rate limit at once.

export type Limiter = <T>(task: () => Promise<T>) => Promise<T>;

export function limitConcurrency(max: number): Limiter {
  let running = 0;
  const waiting: Array<() => void> = [];
  // A finishing task hands its slot straight to the next waiter, so a newcomer cannot slip in between.
  const release = () => {
    const next = waiting.shift();
    if (next) next();
    else running -= 1;
  };
  return async <T>(task: () => Promise<T>): Promise<T> => {
    if (running >= max) await new Promise<void>((resolve) => waiting.push(resolve));
    else running += 1;
    try {
      return await task();
    } finally {
      release();
    }
  };
}
