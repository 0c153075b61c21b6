import { describe, expect, it } from 'vitest';
import type { Address } from '../../domain/draft-order.ts';
import { mendUsCityLine } from './mend-us-city-line.ts';

const address = (street: string, rest: Partial<Address> = {}): Address => ({
  name: 'Bluegill Marine Services',
  street,
  city: null,
  region: null,
  postalCode: null,
  country: null,
  ...rest,
});

describe('mendUsCityLine', () => {
  it('splits off a town line whose state a scan misread, leaving the state empty rather than guessed', () => {
    expect(mendUsCityLine(address('77 Harbor View Dr\nPortland, MF, 04101'))).toMatchObject({
      street: '77 Harbor View Dr',
      city: 'Portland',
      region: null,
      postalCode: '04101',
      country: 'US',
    });
  });

  it('leaves addresses that already have a town, one street line, or another country', () => {
    const whole = address('77 Harbor View Dr', { city: 'Portland', region: 'ME', postalCode: '04101', country: 'US' });
    expect(mendUsCityLine(whole)).toBe(whole);
    expect(mendUsCityLine(address('Portland, MF, 04101'))).toMatchObject({ street: 'Portland, MF, 04101', city: null });
    expect(mendUsCityLine(address('12 rue de Rivoli\nParis, FR 75001', { country: 'FR' }))).toMatchObject({ city: null });
    expect(mendUsCityLine(address('Unit 7\nDalton Lane'))).toMatchObject({ city: null });
  });
});
