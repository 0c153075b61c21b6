import { describe, expect, it } from 'vitest';
import type { Address } from '../../domain/draft-order.ts';
import { parseAddress, parseCityLine, type CityLine } from './parse-address.ts';

const city = (c: string | null, region: string | null, postalCode: string | null, country: string | null): CityLine => ({ city: c, region, postalCode, country });
const address = (name: string | null, street: string | null, c: CityLine): Address => ({ name, street, ...c });

describe('parseCityLine', () => {
  it.each([
    ['Springfield, IL 62704', city('Springfield', 'IL', '62704', 'US')],
    ['Springfield IL 62704-1234', city('Springfield', 'IL', '62704-1234', 'US')],
    ['Portland, OR 97201, USA', city('Portland', 'OR', '97201', 'US')],
    ['Toronto, ON M5X 1A9', city('Toronto', 'ON', 'M5X 1A9', 'CA')],
    ['Lac-Brome (Québec) J0E 1V0', city('Lac-Brome', 'QC', 'J0E 1V0', 'CA')],
    ['Toronto, Ontario M5V 2T6', city('Toronto', 'ON', 'M5V 2T6', 'CA')],
    ['4150-171 Porto', city('Porto', null, '4150-171', 'PT')],
    ['00-950 Warszawa', city('Warszawa', null, '00-950', 'PL')],
    ['70565 Stuttgart', city('Stuttgart', null, '70565', null)],
    ['D-70565 Stuttgart', city('Stuttgart', null, '70565', 'DE')],
    ['F-69003 Lyon', city('Lyon', null, '69003', 'FR')],
    ['28013 Madrid', city('Madrid', null, '28013', null)],
    ['E-08227 Terrassa, Spain', city('Terrassa', null, '08227', 'ES')],
    ['08620 Sant Vicenç dels Horts (Barcelona)', city('Sant Vicenç dels Horts', 'Barcelona', '08620', null)],
    ['London SW1A 1AA', city('London', null, 'SW1A 1AA', 'GB')],
    ['HD9 2QT', city(null, null, 'HD9 2QT', 'GB')],
    ['Acme Manufacturing Inc.', null],
  ])('%j', (line, expected) => {
    expect(parseCityLine(line)).toEqual(expected);
  });
});

describe('parseAddress', () => {
  it.each([
    [
      'US',
      ['Acme Manufacturing Inc.', '1200 Industrial Pkwy', 'Suite 300', 'Springfield, IL 62704'],
      address('Acme Manufacturing Inc.', '1200 Industrial Pkwy\nSuite 300', city('Springfield', 'IL', '62704', 'US')),
    ],
    [
      'DE with country',
      ['Müller Maschinenbau GmbH', 'Industriestraße 12', '70565 Stuttgart', 'Deutschland'],
      address('Müller Maschinenbau GmbH', 'Industriestraße 12', city('Stuttgart', null, '70565', 'DE')),
    ],
    ['FR with country', ['Atelier Dupont SARL', '14 rue des Lilas', '69003 Lyon', 'France'], address('Atelier Dupont SARL', '14 rue des Lilas', city('Lyon', null, '69003', 'FR'))],
    [
      'ES with country',
      ['Suministros Pérez S.L.', 'Calle Mayor 5', '28013 Madrid', 'España'],
      address('Suministros Pérez S.L.', 'Calle Mayor 5', city('Madrid', null, '28013', 'ES')),
    ],
    [
      'ES with "E-" and the country after a comma',
      ['Talleres Vallès S.A.', 'Pol. Ind. Can Parellada', 'C/ Montserrat 10', 'E-08227 Terrassa, Spain'],
      address('Talleres Vallès S.A.', 'Pol. Ind. Can Parellada\nC/ Montserrat 10', city('Terrassa', null, '08227', 'ES')),
    ],
    [
      'UK with the postcode under the town',
      ['Thameside Joinery Ltd', 'Unit 4 Moorside Works', 'Huddersfield', 'HD9 2QT'],
      address('Thameside Joinery Ltd', 'Unit 4 Moorside Works', city('Huddersfield', null, 'HD9 2QT', 'GB')),
    ],
    [
      'UK with town and postcode on one line',
      ['Thameside Joinery Ltd', '12 High Street', 'London SW1A 1AA', 'United Kingdom'],
      address('Thameside Joinery Ltd', '12 High Street', city('London', null, 'SW1A 1AA', 'GB')),
    ],
    ['CA', ['Maple Tools Inc.', '100 King St W', 'Toronto, ON M5X 1A9', 'Canada'], address('Maple Tools Inc.', '100 King St W', city('Toronto', 'ON', 'M5X 1A9', 'CA'))],
    ['a block that starts with its street', ['12 Main Street', 'Springfield, IL 62704'], address(null, '12 Main Street', city('Springfield', 'IL', '62704', 'US'))],
  ])('%s', (_, block, expected) => {
    expect(parseAddress(block)).toEqual(expected);
  });

  it.each([
    ['Germany', 'DE'],
    ['Allemagne', 'DE'],
    ['Alemania', 'DE'],
    ['Frankreich', 'FR'],
    ['Francia', 'FR'],
    ['Spanien', 'ES'],
    ['Espagne', 'ES'],
    ['USA', 'US'],
    ['UK', 'GB'],
    ['England', 'GB'],
  ])('reads the country line %j', (line, code) => {
    expect(parseAddress(['Acme Ltd', '1 Long Road', '12345 Somewhere', line])?.country).toBe(code);
  });

  it.each([
    ['a person line above the company', ['John Smith', 'Acme Manufacturing Inc.', '1200 Industrial Pkwy', 'Springfield, IL 62704']],
    ['"Attn:" above the company', ['Attn: Jane Doe', 'Acme Manufacturing Inc.', '1200 Industrial Pkwy', 'Springfield, IL 62704']],
    ['a dock line above the company', ['Receiving Dock 3', 'Acme Manufacturing Inc.', '1200 Industrial Pkwy', 'Springfield, IL 62704']],
  ])('chooses the company line as the name over %s', (_, block) => {
    expect(parseAddress(block)).toEqual(address('Acme Manufacturing Inc.', '1200 Industrial Pkwy', city('Springfield', 'IL', '62704', 'US')));
  });

  it('chooses the preferred name when the block holds it', () => {
    expect(parseAddress(['Plant 2', 'Acme', '1 Mill Road', '70565 Stuttgart'], 'acme')?.name).toBe('Acme');
  });

  it('leaves out phone, fax and mail lines', () => {
    expect(parseAddress(['Acme Inc.', 'Tel: 555-123-4567', '1200 Industrial Pkwy', 'Springfield, IL 62704', 'orders@acme.example'])).toEqual(
      address('Acme Inc.', '1200 Industrial Pkwy', city('Springfield', 'IL', '62704', 'US')),
    );
  });

  it('gives null for a block with nothing but contact lines', () => {
    expect(parseAddress(['Tel: +49 711 123456', 'info@acme.example'])).toBeNull();
  });

  it('reads a Dutch postcode with its letters', () => {
    expect(parseCityLine('1015 CJ Amsterdam')).toEqual(city('Amsterdam', null, '1015 CJ', null));
  });

  it('reads a UK postcode whose J a scan read as "]" or whose space it lost, in the Royal Mail form', () => {
    expect(parseCityLine('Keighley BD21 4]S')).toEqual(city('Keighley', null, 'BD21 4JS', 'GB'));
    expect(parseCityLine('BD214]S')).toEqual(city(null, null, 'BD21 4JS', 'GB'));
    expect(parseCityLine('London SW1A1AA')).toEqual(city('London', null, 'SW1A 1AA', 'GB'));
    expect(parseAddress(['Kestrel Engineering Ltd', 'Unit 7, Aire Valley Business Park', 'Dalton Lane', 'Keighley', 'BD214]S'])).toMatchObject({
      street: 'Unit 7, Aire Valley Business Park\nDalton Lane',
      city: 'Keighley',
      postalCode: 'BD21 4JS',
    });
  });
});

describe('parseCityLine: CEDEX', () => {
  it('keeps a French CEDEX delivery office with its town', () => {
    expect(parseCityLine('69361 Lyon Cedex 07')).toEqual({ city: 'Lyon Cedex 07', region: null, postalCode: '69361', country: null });
  });
});

describe('parseAddress: address structure per country', () => {
  it.each([
    [
      'AU suburb, state and postcode',
      ['Bunyip Drilling Pty Ltd', '7 Tonkin Hwy', 'Kewdale WA 6105', 'Australia'],
      address('Bunyip Drilling Pty Ltd', '7 Tonkin Hwy', city('Kewdale', 'WA', '6105', 'AU')),
    ],
    [
      'UK town and county above the postcode',
      ['Fenland Growers Ltd', 'Unit 9, Marsh Lane', 'Wisbech', 'Cambridgeshire', 'PE13 2RT'],
      address('Fenland Growers Ltd', 'Unit 9, Marsh Lane', city('Wisbech', 'Cambridgeshire', 'PE13 2RT', 'GB')),
    ],
    [
      'IE town with its postal district',
      ['Corrib Tooling Ltd', 'Unit 3, Naas Road Business Park', 'Dublin 22', 'D22 Y7K2', 'Ireland'],
      address('Corrib Tooling Ltd', 'Unit 3, Naas Road Business Park', city('Dublin 22', null, 'D22 Y7K2', 'IE')),
    ],
    [
      'IT province in brackets, not a country',
      ['Torneria Bassi S.r.l.', 'Via Po, 18', '10123 Torino (TO)'],
      address('Torneria Bassi S.r.l.', 'Via Po, 18', city('Torino', 'TO', '10123', null)),
    ],
    [
      'a dock line below the street stays',
      ['Prairie Mills Inc.', '400 Elm Ave', 'Dock 6', 'Wichita, KS 67202'],
      address('Prairie Mills Inc.', '400 Elm Ave\nDock 6', city('Wichita', 'KS', '67202', 'US')),
    ],
  ])('%s', (_, block, expected) => {
    expect(parseAddress(block)).toEqual(expected);
  });
});

describe('parseAddress: town lines of more countries, and a street with no name above it', () => {
  it.each([
    [
      'AU state and postcode on their own line',
      ['27 Kilgour Street', 'North Geelong', 'VIC 3215'],
      { street: '27 Kilgour Street', city: 'North Geelong', region: 'VIC', postalCode: '3215', country: 'AU' },
    ],
    ['NZ town then postcode', ['14 Port Road', 'Whangarei 0110'], { street: '14 Port Road', city: 'Whangarei', postalCode: '0110' }],
    [
      'Dutch postcode after the town',
      ['Achtseweg Zuid 221', 'Eindhoven 5651 GW'],
      { name: null, street: 'Achtseweg Zuid 221', city: 'Eindhoven', postalCode: '5651 GW', country: 'NL' },
    ],
    ['Indian PIN and state line', ['Plot 4', 'Pune 411026', 'Maharashtra'], { name: null, street: 'Plot 4', city: 'Pune', region: 'Maharashtra', postalCode: '411026' }],
    [
      'Irish county after the town',
      ['Dock Road', 'Limerick Co. Limerick', 'V94 X2K7'],
      { name: null, street: 'Dock Road', city: 'Limerick', region: 'Co. Limerick', postalCode: 'V94 X2K7', country: 'IE' },
    ],
  ] as const)('%s', (_, block, expected) => {
    expect(parseAddress([...block])).toMatchObject(expected);
  });

  it('keeps a site name over its street as the name', () => {
    expect(parseAddress(['Canal Park Warehouse', '400 Railroad St', 'Duluth, MN 55802'])).toMatchObject({ name: 'Canal Park Warehouse', street: '400 Railroad St' });
  });
});
