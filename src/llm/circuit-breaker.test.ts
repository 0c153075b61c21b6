import { describe, expect, it } from 'vitest';
import { CircuitBreaker } from './circuit-breaker.ts';

describe('CircuitBreaker', () => {
  it('opens after the threshold, lets one trial through after the cooldown, closes on success', () => {
    let now = 0;
    const b = new CircuitBreaker({ threshold: 2, cooldownMs: 1000, now: () => now });
    b.failure();
    expect(b.tryPass()).toBe(true);
    b.failure();
    expect(b.tryPass()).toBe(false);
    now = 1500;
    expect(b.tryPass()).toBe(true);
    expect(b.tryPass()).toBe(false);
    b.success();
    expect(b.isOpen()).toBe(false);
    expect(b.tryPass()).toBe(true);
  });
});
