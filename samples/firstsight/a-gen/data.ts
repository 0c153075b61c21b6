// Invented reference data for the fresh-a test set. Everything here is fictitious.

export type Addr = {
  name: string | null;
  street: string[];
  city: string;
  region: string | null;
  postalCode: string;
  country: string; // ISO alpha-2
  countryPrinted: string | null; // how the document prints it (null = not printed)
  attn?: string;
  format: 'us' | 'uk' | 'eu' | 'it' | 'au' | 'ca' | 'ie';
};

export type Customer = {
  key: string;
  company: string;
  contact: string;
  title?: string;
  email: string;
  phone: string;
  lang: 'en' | 'de' | 'fr' | 'es' | 'nl' | 'it';
  loc: 'us' | 'uk' | 'de' | 'fr' | 'es' | 'nl' | 'it' | 'ca' | 'cafr' | 'au' | 'ie' | 'at';
  currency: string;
  ship: Addr;
  bill: Addr | null; // null = same as ship, not printed separately
  partPrefix: string;
  vatRate: number; // default VAT/GST rate (0 = none printed)
};

const A = (o: Partial<Addr> & { street: string[]; city: string; postalCode: string; country: string; format: Addr['format'] }): Addr => ({
  name: null, region: null, countryPrinted: null, ...o,
});

export const CUSTOMERS: Customer[] = [
  { key: 'kestrel', company: 'Kestrel Fabrication LLC', contact: 'Dana Whitfield', title: 'Purchasing Manager', email: 'dwhitfield@kestrelfab.example', phone: '(312) 555-0142', lang: 'en', loc: 'us', currency: 'USD',
    ship: A({ name: 'Kestrel Fabrication LLC', street: ['2210 W Fulton St', 'Dock 3'], city: 'Chicago', region: 'IL', postalCode: '60612', country: 'US', format: 'us' }),
    bill: A({ name: 'Kestrel Fabrication LLC', street: ['Accounts Payable', 'PO Box 80417'], city: 'Chicago', region: 'IL', postalCode: '60680', country: 'US', format: 'us' }), partPrefix: 'KF-', vatRate: 0 },
  { key: 'bluegrass', company: 'Bluegrass Packaging Co.', contact: 'Marcus Bell', title: 'Maintenance Planner', email: 'mbell@bluegrasspack.example', phone: '(859) 555-0117', lang: 'en', loc: 'us', currency: 'USD',
    ship: A({ name: 'Bluegrass Packaging Co.', street: ['48 Industrial Pkwy'], city: 'Lexington', region: 'KY', postalCode: '40511', country: 'US', format: 'us' }), bill: null, partPrefix: 'BP', vatRate: 0 },
  { key: 'harbor', company: 'Harbor Point Facilities Management', contact: 'Priya Raman', title: 'Facilities Coordinator', email: 'praman@harborpointfm.example', phone: '(410) 555-0163', lang: 'en', loc: 'us', currency: 'USD',
    ship: A({ name: 'Harbor Point Plaza - Engineering', street: ['1 Harbor Point Plaza', 'Suite 400'], city: 'Baltimore', region: 'MD', postalCode: '21231', country: 'US', countryPrinted: 'USA', format: 'us' }), bill: null, partPrefix: 'HP-', vatRate: 0 },
  { key: 'cascade', company: 'Cascade Hydraulics Inc.', contact: 'Tom Ekberg', title: 'Owner', email: 'tom@cascadehyd.example', phone: '(503) 555-0129', lang: 'en', loc: 'us', currency: 'USD',
    ship: A({ name: 'Cascade Hydraulics Inc.', street: ['7734 NE Airport Way'], city: 'Portland', region: 'OR', postalCode: '97218', country: 'US', format: 'us' }), bill: null, partPrefix: '', vatRate: 0 },
  { key: 'lonestar', company: 'Lone Star Machine Works', contact: 'Rosa Delgado', title: 'Buyer', email: 'rdelgado@lonestarmw.example', phone: '(817) 555-0188', lang: 'en', loc: 'us', currency: 'USD',
    ship: A({ name: 'Lone Star Machine Works - Plant 2', street: ['1601 E Loop 820 S'], city: 'Fort Worth', region: 'TX', postalCode: '76112', country: 'US', countryPrinted: 'United States', format: 'us' }),
    bill: A({ name: 'Lone Star Machine Works', street: ['Attn: Accounts Payable', '900 Throckmorton St, Ste 1200'], city: 'Fort Worth', region: 'TX', postalCode: '76102', country: 'US', countryPrinted: 'United States', format: 'us' }), partPrefix: 'LS', vatRate: 0 },
  { key: 'granite', company: 'Granite State Tool & Die', contact: "Kevin O'Hara", title: 'Shop Foreman', email: 'kohara@granitetd.example', phone: '(603) 555-0151', lang: 'en', loc: 'us', currency: 'USD',
    ship: A({ name: 'Granite State Tool & Die', street: ['90 Eastern Ave'], city: 'Manchester', region: 'NH', postalCode: '03104', country: 'US', format: 'us' }), bill: null, partPrefix: 'GS-', vatRate: 0 },
  { key: 'mesa', company: 'Mesa Verde Electrical Contractors', contact: 'Luis Romero', title: 'Project Manager', email: 'lromero@mesaverde-elec.example', phone: '(602) 555-0106', lang: 'en', loc: 'us', currency: 'USD',
    ship: A({ name: 'Mesa Verde Electrical - Warehouse', street: ['3300 N 35th Ave', 'Bldg C'], city: 'Phoenix', region: 'AZ', postalCode: '85017', country: 'US', format: 'us' }), bill: null, partPrefix: 'MV', vatRate: 0 },
  { key: 'greatlakes', company: 'Great Lakes Marine Repair', contact: 'Jen Kowalski', title: 'Parts Manager', email: 'jkowalski@glmarine.example', phone: '(920) 555-0174', lang: 'en', loc: 'us', currency: 'USD',
    ship: A({ name: 'Great Lakes Marine Repair', street: ['415 Lakeshore Dr'], city: 'Sheboygan', region: 'WI', postalCode: '53081', country: 'US', format: 'us' }), bill: null, partPrefix: 'GLM-', vatRate: 0 },
  { key: 'piedmont', company: 'Piedmont Textile Machinery', contact: 'Alan Pruitt', title: 'Senior Buyer', email: 'apruitt@piedmonttm.example', phone: '(704) 555-0135', lang: 'en', loc: 'us', currency: 'USD',
    ship: A({ name: 'PIEDMONT TEXTILE MACHINERY', street: ['2400 WESTINGHOUSE BLVD'], city: 'CHARLOTTE', region: 'NC', postalCode: '28273', country: 'US', format: 'us' }), bill: null, partPrefix: 'PTM', vatRate: 0 },
  { key: 'summit', company: 'Summit Ridge Brewing Co.', contact: 'Hannah Cole', title: 'Facilities Lead', email: 'hannah.cole@summitridgebrew.example', phone: '(303) 555-0190', lang: 'en', loc: 'us', currency: 'USD',
    ship: A({ name: 'Summit Ridge Brewing Co.', street: ['120 Mill St'], city: 'Boulder', region: 'CO', postalCode: '80302', country: 'US', format: 'us' }), bill: null, partPrefix: '', vatRate: 0 },
  { key: 'ironbridge', company: 'Ironbridge Automation Resellers', contact: 'Greg Tamura', title: 'Purchasing', email: 'gtamura@ironbridge-auto.example', phone: '(610) 555-0112', lang: 'en', loc: 'us', currency: 'USD',
    ship: A({ name: 'Ironbridge Automation Resellers', street: ['55 Commerce Dr'], city: 'Allentown', region: 'PA', postalCode: '18103', country: 'US', format: 'us' }), bill: null, partPrefix: 'IB', vatRate: 0 },
  // UK
  { key: 'pennine', company: 'Pennine Precision Engineering Ltd', contact: 'Sarah Whitlock', title: 'Procurement Officer', email: 's.whitlock@pennineprecision.example', phone: '+44 1924 555 0131', lang: 'en', loc: 'uk', currency: 'GBP',
    ship: A({ name: 'Pennine Precision Engineering Ltd', street: ['Unit 7, Calder Park', 'Denby Dale Road'], city: 'Wakefield', region: 'West Yorkshire', postalCode: 'WF2 7AW', country: 'GB', countryPrinted: 'United Kingdom', format: 'uk' }), bill: null, partPrefix: 'PPE-', vatRate: 20 },
  { key: 'thamesmead', company: 'Thamesmead Facilities Services Ltd', contact: 'Oliver Grant', title: 'Contracts Manager', email: 'oliver.grant@thamesmeadfs.example', phone: '+44 20 555 0148', lang: 'en', loc: 'uk', currency: 'GBP',
    ship: A({ name: 'Thamesmead Facilities Services Ltd', street: ['14 Crossway'], city: 'London', region: null, postalCode: 'SE28 8BW', country: 'GB', countryPrinted: 'UK', format: 'uk' }), bill: null, partPrefix: 'TFS', vatRate: 20 },
  { key: 'clyde', company: 'Clyde Valley Fabricators Ltd', contact: 'Fiona McLeod', title: 'Works Manager', email: 'fiona.mcleod@clydevalleyfab.example', phone: '+44 141 555 0122', lang: 'en', loc: 'uk', currency: 'GBP',
    ship: A({ name: 'Clyde Valley Fabricators Ltd', street: ['3 Hillington Road'], city: 'Glasgow', region: null, postalCode: 'G52 4BL', country: 'GB', countryPrinted: 'Scotland, UK', format: 'uk' }), bill: null, partPrefix: 'CVF', vatRate: 20 },
  { key: 'severn', company: 'Severn Bearings & Transmission Ltd', contact: 'Rhys Morgan', title: 'Branch Manager', email: 'rhys.morgan@severnbearings.example', phone: '+44 117 555 0109', lang: 'en', loc: 'uk', currency: 'GBP',
    ship: A({ name: 'Severn Bearings & Transmission Ltd', street: ['22 Quay Street'], city: 'Bristol', region: null, postalCode: 'BS1 4DB', country: 'GB', countryPrinted: 'United Kingdom', format: 'uk' }), bill: null, partPrefix: 'SBT/', vatRate: 20 },
  { key: 'midland', company: 'Midland Packaging Solutions Ltd', contact: 'Gurpreet Sandhu', title: 'Buyer', email: 'g.sandhu@midlandpack.example', phone: '+44 1827 555 0166', lang: 'en', loc: 'uk', currency: 'GBP',
    ship: A({ name: 'Midland Packaging Solutions Ltd', street: ['Unit 4, Tame Valley Industrial Estate'], city: 'Tamworth', region: 'Staffordshire', postalCode: 'B77 5BY', country: 'GB', countryPrinted: 'United Kingdom', format: 'uk' }), bill: null, partPrefix: 'MPS', vatRate: 20 },
  { key: 'solent', company: 'Solent Marine Engineering Ltd', contact: 'Mark Ellison', title: 'Stores Supervisor', email: 'mark.ellison@solentmarine.example', phone: '+44 23 555 0177', lang: 'en', loc: 'uk', currency: 'GBP',
    ship: A({ name: 'Solent Marine Engineering Ltd', street: ['Ocean Village Marina, Berth Road'], city: 'Southampton', region: 'Hampshire', postalCode: 'SO14 3TL', country: 'GB', countryPrinted: 'UK', format: 'uk' }), bill: null, partPrefix: 'SME', vatRate: 20 },
  // Canada
  { key: 'laurentian', company: 'Équipements Laurentides inc.', contact: 'Marie-Claude Bouchard', title: 'Acheteuse', email: 'mc.bouchard@equip-laurentides.example', phone: '450 555-0171', lang: 'fr', loc: 'cafr', currency: 'CAD',
    ship: A({ name: 'Équipements Laurentides inc.', street: ['1250, boulevard Industriel'], city: 'Laval', region: 'QC', postalCode: 'H7L 4P3', country: 'CA', countryPrinted: 'Canada', format: 'ca' }), bill: null, partPrefix: 'EL-', vatRate: 0 },
  { key: 'prairie', company: 'Prairie Ag Machine Ltd.', contact: 'Doug Friesen', title: 'Purchasing Agent', email: 'dfriesen@prairieag.example', phone: '(403) 555-0139', lang: 'en', loc: 'ca', currency: 'CAD',
    ship: A({ name: 'Prairie Ag Machine Ltd.', street: ['4410 51 Ave SE'], city: 'Calgary', region: 'AB', postalCode: 'T2B 3S2', country: 'CA', countryPrinted: 'Canada', format: 'ca' }), bill: null, partPrefix: 'PAM', vatRate: 5 },
  // Australia / Ireland
  { key: 'southerncross', company: 'Southern Cross Mining Services Pty Ltd', contact: 'Bec Taylor', title: 'Supply Officer', email: 'bec.taylor@scminingsvc.example', phone: '+61 8 555 0127', lang: 'en', loc: 'au', currency: 'AUD',
    ship: A({ name: 'Southern Cross Mining Services', street: ['18 Kewdale Road'], city: 'Welshpool', region: 'WA', postalCode: '6106', country: 'AU', countryPrinted: 'Australia', format: 'au' }), bill: null, partPrefix: 'SCM', vatRate: 10 },
  { key: 'liffey', company: 'Liffey Process Engineering Ltd', contact: 'Ciarán Byrne', title: 'Purchasing Executive', email: 'ciaran.byrne@liffeyprocess.example', phone: '+353 1 555 0158', lang: 'en', loc: 'ie', currency: 'EUR',
    ship: A({ name: 'Liffey Process Engineering Ltd', street: ['Unit 12, Ballymount Industrial Estate'], city: 'Dublin 12', region: null, postalCode: 'D12 X5T7', country: 'IE', countryPrinted: 'Ireland', format: 'ie' }), bill: null, partPrefix: 'LPE', vatRate: 23 },
  // German-speaking
  { key: 'schwarzwald', company: 'Schwarzwald Antriebstechnik GmbH', contact: 'Jürgen Haller', title: 'Einkauf', email: 'j.haller@schwarzwald-antrieb.example', phone: '+49 7724 555-0144', lang: 'de', loc: 'de', currency: 'EUR',
    ship: A({ name: 'Schwarzwald Antriebstechnik GmbH', attn: 'Wareneingang Tor 2', street: ['Gewerbestraße 14'], city: 'St. Georgen', region: null, postalCode: '78112', country: 'DE', countryPrinted: 'Deutschland', format: 'eu' }), bill: null, partPrefix: '4711-', vatRate: 19 },
  { key: 'rheinland', company: 'Rheinland Verpackung GmbH & Co. KG', contact: 'Petra Schmitz', title: 'Disposition', email: 'p.schmitz@rheinland-verpackung.example', phone: '+49 221 555-0118', lang: 'de', loc: 'de', currency: 'EUR',
    ship: A({ name: 'Rheinland Verpackung GmbH & Co. KG', street: ['Industriestraße 88'], city: 'Köln', region: null, postalCode: '50739', country: 'DE', countryPrinted: null, format: 'eu' }), bill: null, partPrefix: '', vatRate: 19 },
  { key: 'alpenblick', company: 'Alpenblick Haustechnik GmbH', contact: 'Stefan Gruber', title: 'Technischer Einkauf', email: 'stefan.gruber@alpenblick-ht.example', phone: '+43 732 555 0133', lang: 'de', loc: 'at', currency: 'EUR',
    ship: A({ name: 'Alpenblick Haustechnik GmbH', street: ['Wiener Straße 21'], city: 'Linz', region: null, postalCode: '4020', country: 'AT', countryPrinted: 'Österreich', format: 'eu' }), bill: null, partPrefix: 'AB-', vatRate: 20 },
  // French
  { key: 'rhone', company: 'Ateliers Mécaniques du Rhône SAS', contact: 'Nathalie Girard', title: 'Responsable achats', email: 'n.girard@amrhone.example', phone: '+33 4 55 50 01 19', lang: 'fr', loc: 'fr', currency: 'EUR',
    ship: A({ name: 'Ateliers Mécaniques du Rhône', street: ["12 rue de l'Industrie"], city: 'Lyon', region: null, postalCode: '69007', country: 'FR', countryPrinted: 'France', format: 'eu' }), bill: null, partPrefix: 'AMR', vatRate: 20 },
  { key: 'bretagne', company: 'Bretagne Emballages SARL', contact: 'Yann Le Goff', title: 'Achats', email: 'y.legoff@bretagne-emballages.example', phone: '+33 2 55 50 01 46', lang: 'fr', loc: 'fr', currency: 'EUR',
    ship: A({ name: 'Bretagne Emballages SARL', street: ['ZI de Kerpont', '5 rue Gutenberg'], city: 'Caudan', region: null, postalCode: '56850', country: 'FR', countryPrinted: 'France', format: 'eu' }), bill: null, partPrefix: 'BE', vatRate: 20 },
  // Dutch
  { key: 'maasland', company: 'Maasland Techniek B.V.', contact: 'Pieter de Vries', title: 'Inkoper', email: 'p.devries@maaslandtechniek.example', phone: '+31 416 555 012', lang: 'nl', loc: 'nl', currency: 'EUR',
    ship: A({ name: 'Maasland Techniek B.V.', street: ['Havenweg 31'], city: 'Waalwijk', region: null, postalCode: '5145 NJ', country: 'NL', countryPrinted: 'Nederland', format: 'eu' }), bill: null, partPrefix: 'MT', vatRate: 21 },
  { key: 'vlaamse', company: 'Vlaamse Onderhoudsdiensten NV', contact: 'Sofie Peeters', title: 'Aankoop', email: 'sofie.peeters@vlaamse-od.example', phone: '+32 53 55 50 19', lang: 'nl', loc: 'nl', currency: 'EUR',
    ship: A({ name: 'Vlaamse Onderhoudsdiensten NV', street: ['Industrielaan 9'], city: 'Aalst', region: null, postalCode: '9320', country: 'BE', countryPrinted: 'België', format: 'eu' }), bill: null, partPrefix: 'VOD', vatRate: 21 },
  // Spanish
  { key: 'ebro', company: 'Talleres Hidráulicos del Ebro S.L.', contact: 'Javier Martínez', title: 'Compras', email: 'jmartinez@talleresebro.example', phone: '+34 976 555 013', lang: 'es', loc: 'es', currency: 'EUR',
    ship: A({ name: 'Talleres Hidráulicos del Ebro S.L.', street: ['Polígono Industrial Malpica, Calle E, nave 12'], city: 'Zaragoza', region: null, postalCode: '50016', country: 'ES', countryPrinted: 'España', format: 'eu' }), bill: null, partPrefix: 'THE', vatRate: 21 },
  { key: 'levante', company: 'Suministros Industriales Levante S.A.', contact: 'Lucía Ferrer', title: 'Dpto. de Compras', email: 'compras@sumilevante.example', phone: '+34 96 555 0184', lang: 'es', loc: 'es', currency: 'EUR',
    ship: A({ name: 'Suministros Industriales Levante S.A.', street: ['Avda. de la Industria, 45'], city: 'Paterna', region: 'Valencia', postalCode: '46980', country: 'ES', countryPrinted: 'España', format: 'eu' }), bill: null, partPrefix: 'SIL', vatRate: 21 },
  // Italian
  { key: 'brianza', company: 'Officine Meccaniche Brianza S.r.l.', contact: 'Marco Colombo', title: 'Ufficio Acquisti', email: 'm.colombo@omb-brianza.example', phone: '+39 039 555 0155', lang: 'it', loc: 'it', currency: 'EUR',
    ship: A({ name: 'Officine Meccaniche Brianza S.r.l.', street: ['Via Lecco, 112'], city: 'Monza', region: 'MB', postalCode: '20900', country: 'IT', countryPrinted: 'Italia', format: 'it' }), bill: null, partPrefix: 'OMB', vatRate: 22 },
  { key: 'emiliana', company: 'Emiliana Imballaggi S.p.A.', contact: 'Giulia Ferrari', title: 'Acquisti', email: 'g.ferrari@emilianaimballaggi.example', phone: '+39 059 555 0102', lang: 'it', loc: 'it', currency: 'EUR',
    ship: A({ name: 'Emiliana Imballaggi S.p.A.', street: ['Via Emilia Ovest, 1030'], city: 'Modena', region: 'MO', postalCode: '41123', country: 'IT', countryPrinted: null, format: 'it' }), bill: null, partPrefix: 'EI', vatRate: 22 },
];

export type Item = { sku: string; desc: string; unit: string | null; price: number };

// Northwind part numbers and descriptions (English)
export const CATALOG_EN: Item[] = [
  { sku: 'BRG-6205-2RS', desc: 'Deep groove ball bearing 6205-2RS, 25x52x15 mm, sealed', unit: 'EA', price: 6.85 },
  { sku: 'BRG-6308-ZZ', desc: 'Ball bearing 6308-ZZ shielded, C3 clearance', unit: 'EA', price: 18.4 },
  { sku: 'BRG-UCP208', desc: 'Pillow block bearing UCP208, 40 mm bore, cast iron housing', unit: 'EA', price: 42.75 },
  { sku: 'BRG-30210', desc: 'Tapered roller bearing 30210 cone and cup set', unit: 'EA', price: 27.9 },
  { sku: 'FST-HHCS-0516-2', desc: 'Hex head cap screw 5/16-18 x 2" Grade 5 zinc plated', unit: 'BOX', price: 14.2 },
  { sku: 'FST-SHCS-M8X25', desc: 'Socket head cap screw M8 x 25, class 12.9, black oxide (box of 100)', unit: 'BOX', price: 19.6 },
  { sku: 'FST-NYL-M10', desc: 'Nylon insert lock nut M10, zinc, DIN 985', unit: 'PK', price: 8.45 },
  { sku: 'FST-FW-38', desc: 'Flat washer 3/8" SAE, 18-8 stainless (pack of 250)', unit: 'PK', price: 23.1 },
  { sku: 'FST-ANC-1234', desc: 'Wedge anchor 1/2" x 3-3/4", zinc plated', unit: 'BOX', price: 36.5 },
  { sku: 'FTG-NPT-EL-12', desc: 'Brass 90 deg elbow 1/2" NPT female x female', unit: 'EA', price: 4.15 },
  { sku: 'FTG-JIC-08-08', desc: 'Hydraulic adapter JIC 37 deg -08 male x 1/2" NPT male, steel', unit: 'EA', price: 5.7 },
  { sku: 'FTG-BV-34SS', desc: 'Ball valve 3/4" full port 316 stainless, 1000 WOG', unit: 'EA', price: 38.95 },
  { sku: 'FTG-QC-14', desc: 'Pneumatic quick coupler 1/4" industrial interchange', unit: 'EA', price: 6.3 },
  { sku: 'FTG-PTC-8MM', desc: 'Push-to-connect straight fitting 8 mm tube x 1/4" BSPT', unit: 'EA', price: 2.95 },
  { sku: 'ELC-THHN-12-BK', desc: 'THHN wire 12 AWG stranded black, 500 ft reel', unit: 'RL', price: 96.0 },
  { sku: 'ELC-CB-20A-1P', desc: 'Circuit breaker 20A single pole plug-on', unit: 'EA', price: 11.8 },
  { sku: 'ELC-CG-PG13', desc: 'Nylon cable gland PG13.5, IP68, grey', unit: 'EA', price: 1.35 },
  { sku: 'ELC-CT-8-BK', desc: 'Cable ties 8" UV black 50 lb (bag of 100)', unit: 'BG', price: 5.6 },
  { sku: 'ELC-LED-4FT', desc: 'LED linear strip fixture 4 ft 40W 4000K', unit: 'EA', price: 44.25 },
  { sku: 'ELC-CONT-9A', desc: 'IEC contactor 9A 3-pole, 24VDC coil', unit: 'EA', price: 52.4 },
  { sku: 'SAF-GLV-NIT-L', desc: 'Nitrile disposable gloves 5 mil, size L (box of 100)', unit: 'BX', price: 9.75 },
  { sku: 'SAF-GLS-CLR', desc: 'Safety glasses clear anti-fog lens, ANSI Z87.1', unit: 'EA', price: 3.4 },
  { sku: 'SAF-EAR-200', desc: 'Foam ear plugs NRR 32, corded (box of 200 pairs)', unit: 'BX', price: 41.0 },
  { sku: 'SAF-VEST-XL', desc: 'Hi-vis safety vest Class 2, lime, size XL', unit: 'EA', price: 7.9 },
  { sku: 'SAF-HAT-WH', desc: 'Hard hat type I class E, white, ratchet suspension', unit: 'EA', price: 16.5 },
  { sku: 'TL-DRL-HSS-SET', desc: 'HSS jobber drill bit set 29 pc, 1/16" - 1/2"', unit: 'SET', price: 64.0 },
  { sku: 'TL-TW-38-250', desc: 'Torque wrench 3/8" drive, 20-100 ft-lb, click type', unit: 'EA', price: 89.5 },
  { sku: 'TL-CW-45-60', desc: 'Cut-off wheel 4-1/2" x .045" x 7/8", type 1 (pack of 25)', unit: 'PK', price: 27.25 },
  { sku: 'TL-FLAP-80', desc: 'Flap disc 4-1/2" zirconia 80 grit, type 29', unit: 'EA', price: 3.85 },
  { sku: 'TL-TAP-M10', desc: 'Spiral point tap M10 x 1.5 HSS-E', unit: 'EA', price: 12.6 },
  { sku: 'PKG-STR-12', desc: 'Polypropylene strapping 1/2" x 9000 ft, black', unit: 'RL', price: 58.0 },
  { sku: 'PKG-TAPE-48', desc: 'Carton sealing tape 48 mm x 100 m, clear (case of 36)', unit: 'CS', price: 71.3 },
  { sku: 'PKG-STW-20', desc: 'Stretch film 20" x 1500 ft, 80 gauge', unit: 'RL', price: 24.95 },
  { sku: 'PKG-BOX-1812', desc: 'Corrugated box 18 x 12 x 12", 200# test (bundle of 25)', unit: 'BDL', price: 31.75 },
  { sku: 'MRO-GRS-14OZ', desc: 'Lithium complex grease NLGI 2, 14 oz cartridge', unit: 'EA', price: 6.2 },
  { sku: 'MRO-BLT-A48', desc: 'V-belt A48 classical wrapped', unit: 'EA', price: 9.1 },
  { sku: 'MRO-CHN-40-10', desc: 'Roller chain #40 riveted, 10 ft box', unit: 'EA', price: 34.8 },
  { sku: 'MRO-ORK-382', desc: 'O-ring kit Buna-N, 382 pieces, metric', unit: 'KIT', price: 29.99 },
];

export const CATALOG: Record<string, Item[]> = {
  en: CATALOG_EN,
  de: [
    { sku: 'BRG-6205-2RS', desc: 'Rillenkugellager 6205-2RS, 25x52x15 mm, beidseitig abgedichtet', unit: 'ST', price: 6.2 },
    { sku: 'BRG-UCP208', desc: 'Stehlagereinheit UCP208, Bohrung 40 mm, Grauguss', unit: 'ST', price: 39.5 },
    { sku: 'FST-SHCS-M8X25', desc: 'Zylinderschraube DIN 912 M8 x 25, 12.9, brüniert (VE 100)', unit: 'VE', price: 17.9 },
    { sku: 'FST-NYL-M10', desc: 'Sicherungsmutter DIN 985 M10, verzinkt (VE 100)', unit: 'VE', price: 7.8 },
    { sku: 'FTG-BV-34SS', desc: 'Kugelhahn 3/4" Edelstahl 1.4408, voller Durchgang', unit: 'ST', price: 34.6 },
    { sku: 'FTG-PTC-8MM', desc: 'Steckverschraubung gerade 8 mm x R 1/4"', unit: 'ST', price: 2.65 },
    { sku: 'ELC-CG-PG13', desc: 'Kabelverschraubung PG13,5 Polyamid, IP68, grau', unit: 'ST', price: 1.2 },
    { sku: 'ELC-CONT-9A', desc: 'Leistungsschütz 9 A, 3-polig, Spule 24 V DC', unit: 'ST', price: 47.9 },
    { sku: 'SAF-GLV-NIT-L', desc: 'Einweg-Nitrilhandschuhe Gr. L (Karton 100 St.)', unit: 'KAR', price: 8.9 },
    { sku: 'TL-TAP-M10', desc: 'Maschinengewindebohrer M10 x 1,5 HSS-E, Schälanschnitt', unit: 'ST', price: 11.4 },
    { sku: 'PKG-STW-50', desc: 'Stretchfolie 500 mm x 300 m, 23 µm, transparent', unit: 'RL', price: 21.5 },
    { sku: 'MRO-GRS-400', desc: 'Mehrzweckfett Lithium-Komplex NLGI 2, Kartusche 400 g', unit: 'ST', price: 5.95 },
  ],
  fr: [
    { sku: 'BRG-6205-2RS', desc: 'Roulement à billes 6205-2RS, 25x52x15 mm, étanche', unit: 'PCE', price: 6.3 },
    { sku: 'BRG-30210', desc: 'Roulement à rouleaux coniques 30210', unit: 'PCE', price: 25.4 },
    { sku: 'FST-SHCS-M8X25', desc: 'Vis CHC M8 x 25 classe 12.9 (boîte de 100)', unit: 'BTE', price: 18.2 },
    { sku: 'FST-FW-M10-A2', desc: 'Rondelle plate M10 inox A2 (sachet de 200)', unit: 'SAC', price: 12.9 },
    { sku: 'FTG-BV-34SS', desc: 'Vanne à boisseau sphérique 3/4" inox 316, passage intégral', unit: 'PCE', price: 35.8 },
    { sku: 'FTG-QC-14', desc: 'Coupleur rapide pneumatique 1/4"', unit: 'PCE', price: 5.9 },
    { sku: 'ELC-CT-200', desc: 'Colliers de serrage 200 x 4,8 mm noirs (sachet de 100)', unit: 'SAC', price: 4.75 },
    { sku: 'SAF-GLS-CLR', desc: 'Lunettes de protection incolores anti-buée EN 166', unit: 'PCE', price: 3.1 },
    { sku: 'SAF-GLV-NIT-L', desc: 'Gants nitrile jetables taille L (boîte de 100)', unit: 'BTE', price: 8.95 },
    { sku: 'PKG-TAPE-48', desc: "Ruban adhésif d'emballage 48 mm x 100 m transparent (carton de 36)", unit: 'CAR', price: 66.0 },
    { sku: 'TL-CW-125', desc: 'Disque à tronçonner 125 x 1,0 x 22,23 mm (boîte de 25)', unit: 'BTE', price: 24.5 },
  ],
  es: [
    { sku: 'BRG-6205-2RS', desc: 'Rodamiento rígido de bolas 6205-2RS, 25x52x15 mm', unit: 'UD', price: 6.4 },
    { sku: 'BRG-UCP208', desc: 'Soporte de pie con rodamiento UCP208, eje 40 mm', unit: 'UD', price: 40.1 },
    { sku: 'FST-SHCS-M8X25', desc: 'Tornillo allen DIN 912 M8 x 25, 12.9 (caja 100 uds.)', unit: 'CJ', price: 18.0 },
    { sku: 'FTG-JIC-08-08', desc: 'Adaptador hidráulico JIC -08 macho x 1/2" NPT macho', unit: 'UD', price: 5.2 },
    { sku: 'FTG-BV-34SS', desc: 'Válvula de bola 3/4" acero inoxidable 316, paso total', unit: 'UD', price: 36.0 },
    { sku: 'MRO-ORK-382', desc: 'Kit de juntas tóricas NBR métricas, 382 piezas', unit: 'KIT', price: 27.5 },
    { sku: 'MRO-GRS-400', desc: 'Grasa de litio complejo NLGI 2, cartucho 400 g', unit: 'UD', price: 5.8 },
    { sku: 'SAF-GLV-NIT-L', desc: 'Guantes de nitrilo desechables talla L (caja 100)', unit: 'CJ', price: 9.1 },
    { sku: 'SAF-HAT-WH', desc: 'Casco de seguridad blanco con ruleta, EN 397', unit: 'UD', price: 14.9 },
    { sku: 'TL-FLAP-125', desc: 'Disco de láminas 125 mm circonio grano 80', unit: 'UD', price: 3.6 },
  ],
  nl: [
    { sku: 'BRG-6308-ZZ', desc: 'Groefkogellager 6308-ZZ, C3', unit: 'ST', price: 17.2 },
    { sku: 'BRG-UCP208', desc: 'Staande lagereenheid UCP208, boring 40 mm', unit: 'ST', price: 39.9 },
    { sku: 'FST-NYL-M10', desc: 'Borgmoer DIN 985 M10 verzinkt (doos 100 st.)', unit: 'DS', price: 7.95 },
    { sku: 'FST-SHCS-M8X25', desc: 'Inbusbout DIN 912 M8 x 25, 12.9 (doos 100 st.)', unit: 'DS', price: 17.6 },
    { sku: 'FTG-PTC-8MM', desc: 'Insteekkoppeling recht 8 mm x 1/4" BSPT', unit: 'ST', price: 2.7 },
    { sku: 'ELC-CG-PG13', desc: 'Kabelwartel PG13,5 kunststof IP68 grijs', unit: 'ST', price: 1.25 },
    { sku: 'ELC-LED-120', desc: 'LED armatuur 120 cm 40 W 4000 K', unit: 'ST', price: 41.5 },
    { sku: 'SAF-VEST-XL', desc: 'Veiligheidshesje geel EN ISO 20471 klasse 2, maat XL', unit: 'ST', price: 6.9 },
    { sku: 'SAF-EAR-200', desc: 'Oordopjes schuim SNR 37 met koord (doos 200 paar)', unit: 'DS', price: 38.5 },
    { sku: 'MRO-BLT-A48', desc: 'V-snaar A48 klassiek', unit: 'ST', price: 8.6 },
  ],
  it: [
    { sku: 'BRG-6205-2RS', desc: 'Cuscinetto radiale a sfere 6205-2RS, 25x52x15 mm', unit: 'PZ', price: 6.25 },
    { sku: 'BRG-30210', desc: 'Cuscinetto a rulli conici 30210', unit: 'PZ', price: 25.9 },
    { sku: 'FST-SHCS-M8X25', desc: 'Vite TCEI M8 x 25 cl. 12.9 brunita (conf. 100 pz)', unit: 'CF', price: 17.5 },
    { sku: 'FST-NYL-M10', desc: 'Dado autobloccante M10 zincato DIN 985 (conf. 100 pz)', unit: 'CF', price: 7.7 },
    { sku: 'FTG-BV-34SS', desc: 'Valvola a sfera 3/4" inox AISI 316 passaggio totale', unit: 'PZ', price: 35.2 },
    { sku: 'FTG-NPT-EL-12', desc: 'Curva 90° ottone 1/2" FF', unit: 'PZ', price: 3.9 },
    { sku: 'ELC-CONT-9A', desc: 'Contattore 9 A tripolare, bobina 24 Vcc', unit: 'PZ', price: 48.6 },
    { sku: 'SAF-GLS-CLR', desc: 'Occhiali di protezione incolori antiappannamento EN 166', unit: 'PZ', price: 3.2 },
    { sku: 'PKG-STW-50', desc: 'Film estensibile 500 mm x 300 m, 23 micron', unit: 'RT', price: 21.9 },
    { sku: 'PKG-TAPE-48', desc: 'Nastro adesivo imballo 48 mm x 100 m trasparente (cartone 36 rotoli)', unit: 'CT', price: 67.0 },
  ],
};

export const NORTHWIND = {
  us: { name: 'Northwind Industrial Supply', street: ['1800 Commerce Park Dr'], cityLine: 'Columbus, OH 43219', country: 'USA', phone: '(614) 555-0100', email: 'orders@northwind-supply.example' },
  uk: { name: 'Northwind Industrial Supply Ltd', street: ['Unit 3, Westinghouse Road', 'Trafford Park'], cityLine: 'Manchester M17 1PY', country: 'United Kingdom', phone: '+44 161 555 0100', email: 'orders@northwind-supply.example' },
  eu: { name: 'Northwind Industrial Supply B.V.', street: ['Industrieweg 40'], cityLine: '3044 AS Rotterdam', country: 'Nederland', phone: '+31 10 555 0100', email: 'orders@northwind-supply.example' },
};

export const STAFF = {
  megan: { name: 'Megan Ortiz', title: 'Inside Sales', email: 'megan.ortiz@northwind-supply.example', phone: '(614) 555-0104' },
  raj: { name: 'Raj Patel', title: 'Account Manager, UK & Ireland', email: 'raj.patel@northwind-supply.example', phone: '+44 161 555 0107' },
  quotes: { name: 'Ellen Brandt', title: 'Quotations Desk', email: 'quotes@northwind-supply.example', phone: '(614) 555-0102' },
};
