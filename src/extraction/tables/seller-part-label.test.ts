import { describe, expect, it } from 'vitest';
import { isSellerPartLabel } from './seller-part-label.ts';

describe('isSellerPartLabel', () => {
  it.each([
    'Your material no.',
    'Supplier ref.',
    'Ihre Materialnummer',
    'Vendor item #',
    'Votre référence',
    'Su código',
    'Uw artikelnummer',
    'Codice fornitore',
    'Lieferanten-Artikelnr.',
  ])('takes "%s" for our item number', (label) => expect(isSellerPartLabel(label)).toBe(true));
  it.each(['Material', 'Our part no.', 'Product', 'Supplier', 'Your reference person', 'Description'])('does not take "%s"', (label) =>
    expect(isSellerPartLabel(label)).toBe(false),
  );
});
