import { describe, expect, it } from 'vitest';
import { organisationName } from './organisation-name.ts';

describe('organisationName', () => {
  it.each([
    ['Lakemont State University - Business Office', 'Lakemont State University'],
    ['Hochschule Leinetal - Institut für Mikrobiologie', 'Hochschule Leinetal'],
    ['Hôpital Saint-Just – Service financier', 'Hôpital Saint-Just'],
    ['Lakeshore Health Accounts Payable', 'Lakeshore Health'],
    ['Halvorsen University Purchasing Department', 'Halvorsen University'],
  ])('"%s" is ordered by %s', (name, org) => expect(organisationName(name)).toBe(org));

  it.each(['Brandt & Söhne Maschinenbau GmbH', 'Acme - Widgets Ltd', 'Rolls-Royce plc', 'Smith - 2', 'Purchasing', 'Coastal Waters Authority'])('keeps "%s"', (name) =>
    expect(organisationName(name)).toBe(name),
  );
});
