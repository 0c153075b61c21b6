import { describe, expect, it } from 'vitest';
import { mendLegalForm } from './mend-legal-form.ts';

describe('mendLegalForm', () => {
  it.each([
    ['Kestrel Engineering Lid', 'Kestrel Engineering Ltd'],
    ['Thameside Joinery td', 'Thameside Joinery Ltd'],
    ['Brandt & Söhne Maschinenbau GmbM', 'Brandt & Söhne Maschinenbau GmbH'],
    ['Acme Tools Imc', 'Acme Tools Inc'],
    ['Ateliers Mercier SARI', 'Ateliers Mercier SARL'],
  ])('puts a misread form right: %s', (read, meant) => {
    expect(mendLegalForm(read)).toBe(meant);
  });

  it.each([
    'Kestrel Engineering Ltd', // already right
    'Lakeshore Bottling Company',
    'Draxton Europe & Asia, S.L.',
    'Hero Limited',
    'Pot & Pan', // no form near
    'Blue AB', // two-letter forms are one letter from too much
    'Smith Ltc Ltd',
    'Acme Tools lnc', // one letter from Inc and from LLC: no guess
  ])('leaves %s as it is', (name) => {
    expect(mendLegalForm(name)).toBe(name);
  });
});
