import type { Rng } from './random.ts';
import type { Address, Company, Contact, Country } from './model.ts';

/** Invented customers. Every name, street and domain here is made up (.example domains). */
type Site = [name: string, street: string[], city: string, region: string | null, postalCode: string];

function company(name: string, domain: string, country: Country, sites: Site[]): Company {
  return {
    name,
    domain,
    country,
    sites: sites.map(([n, street, city, region, postalCode]) => ({ name: n, street, city, region, postalCode, country, showCountry: true })),
  };
}

export const US_COMPANIES: Company[] = [
  company('Halvorsen Fabrication LLC', 'halvorsen-fab.example', 'US', [
    ['Halvorsen Fabrication LLC', ['4180 Quarry Rd'], 'Dayton', 'OH', '45414'],
    ['Halvorsen Fabrication LLC - Plant 2', ['2215 Valley Pike', 'Dock 4'], 'Springfield', 'OH', '45503'],
  ]),
  company('Bluegill Marine Services', 'bluegill-marine.example', 'US', [
    ['Bluegill Marine Services', ['77 Harbor View Dr'], 'Portland', 'ME', '04101'],
  ]),
  company('Cedar Ridge Packaging Co.', 'cedarridgepack.example', 'US', [
    ['Cedar Ridge Packaging Co.', ['2250 Industrial Pkwy', 'Suite 300'], 'Hayward', 'CA', '94545'],
    ['Cedar Ridge Packaging Co. DC West', ['8801 Logistics Way'], 'Stockton', 'CA', '95206'],
  ]),
  company('Tri-County Facilities Group', 'tricounty-fg.example', 'US', [
    ['Tri-County Facilities Group', ['910 W Lincoln Ave'], 'Peoria', 'IL', '61605'],
  ]),
  company('Mesa Verde Hydraulics Inc.', 'mesaverde-hyd.example', 'US', [
    ['Mesa Verde Hydraulics Inc.', ['6120 S Kyrene Rd'], 'Tempe', 'AZ', '85283'],
    ['Mesa Verde Hydraulics - Service Center', ['3405 N 35th Ave', 'Bay 12'], 'Phoenix', 'AZ', '85017'],
  ]),
  company('Pinecrest Millwork', 'pinecrest-millwork.example', 'US', [
    ['Pinecrest Millwork', ['15 Sawmill Ln'], 'Asheville', 'NC', '28803'],
  ]),
  company('Lakeshore Bottling Company', 'lakeshore-bottling.example', 'US', [
    ['Lakeshore Bottling Company', ['3300 N Lake Dr'], 'Milwaukee', 'WI', '53211'],
    ['Lakeshore Bottling - Warehouse B', ['1420 W Canal St'], 'Milwaukee', 'WI', '53233'],
  ]),
  company('Granite State Robotics', 'gsrobotics.example', 'US', [
    ['Granite State Robotics', ['48 Canal St', 'Floor 3'], 'Manchester', 'NH', '03101'],
  ]),
  company('Red Butte Aggregates', 'redbutte-agg.example', 'US', [
    ['Red Butte Aggregates', ['1401 E 1300 S'], 'Salt Lake City', 'UT', '84105'],
    ['Red Butte Aggregates - Pit 7', ['9900 W Old Bingham Hwy'], 'West Jordan', 'UT', '84088'],
  ]),
  company('Ozark Poultry Processing', 'ozarkpoultry.example', 'US', [
    ['Ozark Poultry Processing', ['800 Hatchery Rd'], 'Springdale', 'AR', '72764'],
  ]),
];

export const GB_COMPANIES: Company[] = [
  company('Kestrel Engineering Ltd', 'kestrel-eng.example', 'GB', [
    ['Kestrel Engineering Ltd', ['Unit 7, Aire Valley Business Park', 'Dalton Lane'], 'Keighley', null, 'BD21 4JS'],
  ]),
  company('Thameside Joinery Ltd', 'thameside-joinery.example', 'GB', [
    ['Thameside Joinery Ltd', ['14 Wharf Road'], 'Reading', null, 'RG1 8BU'],
    ['Thameside Joinery Ltd (Workshop)', ['Unit 3, Kennet Yard', 'Bath Road'], 'Newbury', null, 'RG14 1QX'],
  ]),
  company('Pennine Food Machinery Ltd', 'pennine-fm.example', 'GB', [
    ['Pennine Food Machinery Ltd', ['Moorside Works', 'Holmfirth Road'], 'Huddersfield', null, 'HD9 2QT'],
  ]),
];

export const DE_COMPANIES: Company[] = [
  company('Brandt & Söhne Maschinenbau GmbH', 'brandt-soehne.example', 'DE', [
    ['Brandt & Söhne Maschinenbau GmbH', ['Industriestraße 14'], 'Stuttgart', null, '70565'],
    ['Brandt & Söhne Maschinenbau GmbH, Werk 2', ['Im Gewerbepark 7', 'Tor 3'], 'Esslingen am Neckar', null, '73730'],
  ]),
  company('Weserland Verpackung GmbH', 'weserland-verpackung.example', 'DE', [
    ['Weserland Verpackung GmbH', ['Hafenweg 3'], 'Bremen', null, '28197'],
  ]),
  company('Alpenblick Lebensmitteltechnik AG', 'alpenblick-lt.example', 'DE', [
    ['Alpenblick Lebensmitteltechnik AG', ['Gewerbering 22'], 'Freilassing', null, '83395'],
  ]),
];

export const FR_COMPANIES: Company[] = [
  company('Ateliers Mercier SARL', 'ateliers-mercier.example', 'FR', [
    ['Ateliers Mercier SARL', ['12 rue des Tanneurs'], 'Lyon', null, '69007'],
  ]),
  company('Société Bretonne de Conditionnement', 'sbc-conditionnement.example', 'FR', [
    ['Société Bretonne de Conditionnement', ['ZI de Kergaradec', '5 rue des Frères Lumière'], 'Gouesnou', null, '29850'],
    ['SBC - Entrepôt Quimper', ['18 allée du Stangala'], 'Quimper', null, '29000'],
  ]),
  company('Menuiserie Dufresne', 'menuiserie-dufresne.example', 'FR', [
    ['Menuiserie Dufresne', ['8 chemin des Vignes'], 'Mérignac', null, '33700'],
  ]),
];

export const ES_COMPANIES: Company[] = [
  company('Talleres Ortega Hermanos S.L.', 'talleres-ortega.example', 'ES', [
    ['Talleres Ortega Hermanos S.L.', ['Calle de la Forja 45'], 'Paterna', null, '46980'],
  ]),
  company('Envases del Ebro S.A.', 'envases-ebro.example', 'ES', [
    ['Envases del Ebro S.A.', ['Polígono Industrial El Portazgo', 'Nave 12'], 'Zaragoza', null, '50011'],
    ['Envases del Ebro - Almacén Norte', ['Calle Río Gállego 3'], 'Zuera', null, '50800'],
  ]),
  company('Cerámicas Almazora S.L.', 'ceramicas-almazora.example', 'ES', [
    ['Cerámicas Almazora S.L.', ['Camino del Mar 9'], 'Almazora', null, '12550'],
  ]),
];

export const COMPANIES: Record<'US' | 'GB' | 'DE' | 'FR' | 'ES', Company[]> = {
  US: US_COMPANIES,
  GB: GB_COMPANIES,
  DE: DE_COMPANIES,
  FR: FR_COMPANIES,
  ES: ES_COMPANIES,
};

const FIRST: Record<string, string[]> = {
  US: ['Maria', 'James', 'Tanya', 'Derek', 'Priya', 'Luis', 'Heather', 'Marcus', 'Colleen', 'Andre', 'Kim', 'Brett'],
  GB: ['Fiona', 'Gareth', 'Imogen', 'Rajesh', 'Siobhan', 'Callum', 'Hannah', 'Owen'],
  DE: ['Katrin', 'Jörg', 'Sabine', 'Matthias', 'Anja', 'Florian', 'Birgit', 'Tobias'],
  FR: ['Camille', 'Julien', 'Nathalie', 'Étienne', 'Sandrine', 'Thierry', 'Aurélie', 'Benoît'],
  ES: ['Lucía', 'Javier', 'Marta', 'Sergio', 'Nuria', 'Álvaro', 'Pilar', 'Raúl'],
};

const LAST: Record<string, string[]> = {
  US: ['Whitfield', 'Okafor', 'Brennan', 'Castillo', 'Nguyen', 'Sorensen', 'Delgado', 'Harwell', 'Pruitt', 'Yamada', 'Kowalski'],
  GB: ['Pemberton', 'Ashworth', 'Malik', 'Hargreaves', 'Doyle', 'Fairbairn', 'Kendrick'],
  DE: ['Lindner', 'Hofmann', 'Kessler', 'Brückner', 'Vogt', 'Scholz', 'Wendt'],
  FR: ['Garnier', 'Lefebvre', 'Rousseau', 'Marchand', 'Chevalier', 'Perrin', 'Blanchard'],
  ES: ['Navarro', 'Iglesias', 'Domínguez', 'Vidal', 'Serrano', 'Castaño', 'Ortiz'],
};

const TITLES: Record<string, string[]> = {
  US: ['Purchasing Manager', 'Buyer', 'Procurement Specialist', 'Maintenance Planner', 'Operations Manager'],
  GB: ['Purchasing Manager', 'Buyer', 'Procurement Officer', 'Works Manager'],
  DE: ['Einkauf', 'Einkaufsleitung', 'Technischer Einkauf', 'Disposition'],
  FR: ['Service Achats', 'Acheteuse', 'Responsable Achats', 'Approvisionnement'],
  ES: ['Departamento de Compras', 'Responsable de Compras', 'Compras', 'Jefe de Mantenimiento'],
};

function ascii(s: string): string {
  return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/ß/g, 'ss').toLowerCase();
}

export function phoneFor(rng: Rng, country: Country): string {
  const d = (n: number) => rng.digits(n);
  switch (country) {
    case 'US': return rng.pick([`(${d(3)}) 555-01${d(2)}`, `${d(3)}-555-01${d(2)}`, `+1 ${d(3)} 555 01${d(2)}`]);
    case 'GB': return rng.pick([`+44 113 496 0${d(3)}`, `0113 496 0${d(3)}`]);
    case 'DE': return rng.pick([`+49 711 ${d(6)}-${d(2)}`, `0711 ${d(4)} ${d(3)}`]);
    case 'FR': return `+33 4 ${d(2)} ${d(2)} ${d(2)} ${d(2)}`;
    case 'ES': return rng.pick([`+34 961 ${d(2)} ${d(2)} ${d(2)}`, `976 ${d(3)} ${d(3)}`]);
    case 'NL': return `+31 10 ${d(3)} ${d(4)}`;
  }
}

export function contactFor(rng: Rng, company: Company): Contact {
  const key = company.country === 'NL' ? 'US' : company.country;
  const first = rng.pick(FIRST[key]);
  const last = rng.pick(LAST[key]);
  const local = rng.pick([`${ascii(first)}.${ascii(last)}`, `${ascii(first)[0]}${ascii(last)}`, `${ascii(first)}`]);
  return { name: `${first} ${last}`, email: `${local}@${company.domain}`, phone: phoneFor(rng, company.country), title: rng.pick(TITLES[key]) };
}

/** A generic purchasing mailbox of the company, when the order is not signed by a person. */
export function mailbox(company: Company, local = 'purchasing'): string {
  return `${local}@${company.domain}`;
}

export function copyAddress(a: Address, patch: Partial<Address> = {}): Address {
  return { ...a, street: [...a.street], ...patch };
}
