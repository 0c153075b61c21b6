import { afterEach, describe, expect, it, vi } from 'vitest';
import { requirePostgres, requireService } from './fixtures/require-service.ts';

// The decision every PostgreSQL, Dovecot or Chromium test defers to: fail in CI, skip elsewhere.

const ci = process.env.CI;
afterEach(() => {
  if (ci === undefined) delete process.env.CI;
  else process.env.CI = ci;
  vi.restoreAllMocks();
});

describe('requireService', () => {
  it('runs the tests when the service is there, CI or not', () => {
    process.env.CI = 'true';
    expect(requireService('some-test', 'Chromium', true, 'no chromium')).toBe(true);
    delete process.env.CI;
    expect(requireService('some-test', 'Chromium', true, 'no chromium')).toBe(true);
  });

  it('fails with CI=true when the service is missing, naming the file, the service and why', () => {
    process.env.CI = 'true';
    expect(() => requireService('browser-review', 'Chromium', false, 'no chromium at /usr/bin/chromium')).toThrow(
      'browser-review: Chromium is not available (no chromium at /usr/bin/chromium); CI=true, so the tests that need it must run, not be skipped',
    );
  });

  it('skips with one plain line when CI is not set (or not "true")', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    for (const value of [undefined, 'false', '']) {
      if (value === undefined) delete process.env.CI;
      else process.env.CI = value;
      expect(requireService('store-ledger', 'PostgreSQL', false, 'nothing accepts connections at 127.0.0.1:5432')).toBe(false);
    }
    expect(warn).toHaveBeenCalledTimes(3);
    expect(warn).toHaveBeenLastCalledWith('store-ledger: PostgreSQL is not available (nothing accepts connections at 127.0.0.1:5432), so the tests that need it are skipped');
  });

  it('asks PostgreSQL at the admin URL', async () => {
    delete process.env.CI;
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(typeof (await requirePostgres('require-service'))).toBe('boolean');
  });
});
