import { afterEach, describe, expect, it, vi } from 'vitest';
import { formatTimeLimit, withTimeLimit } from './with-time-limit.ts';

afterEach(() => {
  vi.useRealTimers();
});

const fail = (limit: string) => new Error(`took over ${limit}`);

describe('withTimeLimit', () => {
  it('gives the work its result and clears the timer at once', async () => {
    vi.useFakeTimers();
    const result = withTimeLimit(Promise.resolve(42), 60_000, fail);
    await expect(result).resolves.toBe(42);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('passes the work failure on and clears the timer', async () => {
    vi.useFakeTimers();
    await expect(withTimeLimit(Promise.reject(new Error('boom')), 60_000, fail)).rejects.toThrow('boom');
    expect(vi.getTimerCount()).toBe(0);
  });

  it('fails with the made error once the limit is hit, after running onTimeout', async () => {
    vi.useFakeTimers();
    const events: string[] = [];
    let lateReject!: (err: Error) => void;
    const work = new Promise<number>((_, reject) => (lateReject = reject));
    const result = withTimeLimit(
      work,
      1500,
      (limit) => {
        events.push('fail');
        return fail(limit);
      },
      { onTimeout: () => events.push('timeout') },
    );
    const settled = expect(result).rejects.toThrow('took over 1.5 s');
    await vi.advanceTimersByTimeAsync(1500);
    await settled;
    expect(events).toEqual(['timeout', 'fail']);
    lateReject(new Error('late')); // ignored: no unhandled rejection
    expect(vi.getTimerCount()).toBe(0);
  });

  it('starts a function at once and turns its synchronous throw into a rejection, with no timer left', async () => {
    vi.useFakeTimers();
    const started = vi.fn(async () => 'ok');
    await expect(withTimeLimit(started, 50, fail)).resolves.toBe('ok');
    expect(started).toHaveBeenCalledTimes(1);
    const throwing = () => {
      throw new Error('sync');
    };
    await expect(withTimeLimit(throwing, 50, fail)).rejects.toThrow('sync');
    expect(vi.getTimerCount()).toBe(0);
  });

  it('can unref its timer', async () => {
    const result = withTimeLimit(new Promise<void>(() => {}), 20, fail, { unref: true });
    await expect(result).rejects.toThrow('took over 20 ms');
  });

  it('names limits in s from a second up, else in ms', () => {
    expect([formatTimeLimit(60_000), formatTimeLimit(1500), formatTimeLimit(50)]).toEqual(['60 s', '1.5 s', '50 ms']);
  });
});
