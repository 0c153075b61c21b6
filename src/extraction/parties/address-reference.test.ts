import { describe, expect, it } from 'vitest';
import { addressReferenceOf } from './address-reference.ts';

describe('addressReferenceOf', () => {
  it('reads the address a block names instead of writing one, in each language', () => {
    expect(addressReferenceOf('as letterhead address above')).toBe('letterhead');
    expect(addressReferenceOf('wie Briefkopf')).toBe('letterhead');
    expect(addressReferenceOf('come da carta intestata')).toBe('letterhead');
    expect(addressReferenceOf('Same as delivery address')).toBe('shipTo');
    expect(addressReferenceOf('wie Lieferanschrift')).toBe('shipTo');
    expect(addressReferenceOf("identique à l'adresse de livraison")).toBe('shipTo');
    expect(addressReferenceOf("identique à l'adresse ci-dessus")).toBe('above');
    expect(addressReferenceOf('as above (FAO Accounts)')).toBe('above');
    expect(addressReferenceOf('zie boven')).toBe('above');
  });

  it('takes a written address, or a long sentence, for no reference', () => {
    expect(addressReferenceOf('12 Above Street, Leeds LS1 4AP')).toBeNull();
    expect(addressReferenceOf('Kessler Antriebstechnik GmbH')).toBeNull();
    expect(addressReferenceOf('please send the invoice to the accounts team at the address shown above and quote our order number')).toBeNull();
  });
});
