import { describe, expect, it } from 'vitest';
import { shortReason } from './short-reason.ts';

describe('shortReason', () => {
  it('keeps one line without its full stop', () => {
    expect(shortReason(new Error('Invalid PDF structure.\n    at x (y.js:1)'))).toBe('Invalid PDF structure');
    expect(shortReason('x'.repeat(200))).toHaveLength(120);
    expect(shortReason(new Error(''))).toBe('unknown error');
  });
});
