import { describe, expect, it } from 'vitest';
import { printedCompanyName } from './printed-company-name.ts';
import { toLayoutLines } from '../reading/to-layout-lines.ts';
import { textDoc } from '../testing/layout-docs.ts';

const lines = (text: string) => toLayoutLines(textDoc(text));

describe('the buyer name as the document prints it', () => {
  it('takes the legal form the document prints after the name a signature gives, in mixed case before capitals', () => {
    const doc = lines('HARBOR POINT MARINE SERVICES, INC.\n\nShip To\nHarbor Point Marine Services, Inc.\n18 Wharf Road');
    expect(printedCompanyName('Harbor Point Marine Services', doc)).toBe('Harbor Point Marine Services, Inc.');
  });

  it('keeps the name when what follows it is no legal form, or nothing does', () => {
    expect(printedCompanyName('Harbor Point Marine', lines('Harbor Point Marine Services yard\nHarbor Point Marine Dock 4'))).toBe('Harbor Point Marine');
    expect(printedCompanyName('Kestrel Fabrication LLC', lines('Kestrel Fabrication LLC\n2210 W Fulton St'))).toBe('Kestrel Fabrication LLC');
  });
});
