// What OCR does to a purchase order's text, and what the rules still read from it: labels run
// together, addresses with spaces in them, a misread "@", header cells with specks, a column
// header OCR could not read, a price that lost its decimal point.
import { describe, expect, it } from 'vitest';
import { extractHeaderFields } from '../header/extract-header-fields.ts';
import { extractParties, repairEmail } from '../parties/extract-parties.ts';
import { readLineTables } from '../tables/read-line-table.ts';
import { readPricedRows } from '../tables/read-priced-rows.ts';
import { ocrDoc, pdfDoc } from '../testing/layout-docs.ts';
import { toLayoutLines } from './to-layout-lines.ts';

const US = 'us' as const;
const headerContext = { style: US, dayFirst: false, country: 'US', tableEnd: 0, text: '' };

describe('labels OCR ran together', () => {
  it('reads "PONumber:" and "OrderDate:" as the PO number and order date labels', () => {
    const lines = toLayoutLines(
      ocrDoc([
        [[300, 'PURCHASE ORDER']],
        [
          [300, 'PONumber:'],
          [420, 'PO-2026-0305'],
        ],
        [
          [300, 'OrderDate:'],
          [420, '02/24/2026'],
        ],
      ]),
    );
    const fields = extractHeaderFields(lines, headerContext);
    expect(fields.poNumber?.value).toBe('PO-2026-0305');
    expect(fields.orderDate?.value).toBe('2026-02-24');
  });

  it('opens the ship-to block at "ShipTo"', () => {
    const lines = toLayoutLines(
      ocrDoc([
        [[40, 'Bluegill Marine Services']],
        [],
        [
          [40, 'Vendor'],
          [300, 'ShipTo'],
        ],
        [
          [40, 'Northwind Industrial Supply'],
          [300, 'Bluegill Marine Services'],
        ],
        [
          [40, '1200 Harbor Blvd'],
          [300, '77 Harbor View Dr'],
        ],
        [
          [40, 'Tacoma, WA 98421'],
          [300, 'Portland, ME 04101'],
        ],
      ]),
    );
    const parties = extractParties(lines, false, ['Northwind Industrial Supply']);
    expect(parties.shipTo).toMatchObject({ name: 'Bluegill Marine Services', street: '77 Harbor View Dr', city: 'Portland', region: 'ME', postalCode: '04101' });
  });
});

describe('contacts that are not people', () => {
  it('takes no document number for a contact when "Purchase" reads as "Purchaser" one letter off', () => {
    const lines = toLayoutLines(ocrDoc([[[40, 'Tri-County Facilities Group']], [[40, 'Purchase Order No. 16775']], [[40, 'Dear Sir or Madam,']]]));
    expect(extractHeaderFields(lines, headerContext).contactName).toBeNull();
  });

  it('takes no company for a contact, but keeps a department code', () => {
    const company = toLayoutLines(
      ocrDoc([
        [
          [40, 'Acheteur:'],
          [160, 'Service Achats, Ateliers Mercier SARL'],
        ],
      ]),
    );
    expect(extractHeaderFields(company, headerContext).contactName).toBeNull();
    const code = toLayoutLines(
      pdfDoc([
        [
          [40, 'Contact:'],
          [160, 'ECS3014-HSE CST'],
        ],
      ]),
    );
    expect(extractHeaderFields(code, headerContext).contactName?.value).toBe('ECS3014-HSE CST');
  });
});

describe('labels OCR got one letter wrong', () => {
  const rows = (label: string): [number, string][][] => [[[40, 'Hero Limited']], [[40, label]], [[40, 'Yoga for You']], [[40, '343 E Winter Road']], [[40, 'Seattle, WA 93849']]];

  it('opens a block at "Shioped To:" when OCR was unsure of the cell', () => {
    expect(extractParties(toLayoutLines(ocrDoc(rows('Shioped To:'))), false, []).shipTo).toMatchObject({ name: 'Yoga for You', city: 'Seattle' });
  });

  it('does not when the text came from a text layer, where the word is as written', () => {
    expect(extractParties(toLayoutLines(pdfDoc(rows('Shioped To:'))), false, []).shipTo).toBeNull();
  });

  it('reads "Bestellnunmer:" as the PO number label, but never a short label with a wrong letter', () => {
    const lines = toLayoutLines(
      ocrDoc([
        [[40, 'BESTELLUNG']],
        [
          [300, 'Bestellnunmer:'],
          [420, '4500495187'],
        ],
        [
          [300, 'Dafe:'],
          [420, '12.02.2026'],
        ],
      ]),
    );
    const fields = extractHeaderFields(lines, { ...headerContext, dayFirst: true, country: 'DE' });
    expect(fields.poNumber?.value).toBe('4500495187');
    expect(fields.orderDate?.rule ?? '').not.toMatch(/label/);
  });
});

describe('words OCR ran together', () => {
  it('takes "LebensmitteltechnikAG" as a company name with its legal form', () => {
    const lines = toLayoutLines(
      ocrDoc([[[40, 'Alpenblick LebensmitteltechnikAG']], [[40, 'Gewerbering 22, 83395 Freilassing']], [], [[40, 'Northwind Industrial Supply Europe B.V.']]]),
    );
    expect(lines[0].text).toBe('Alpenblick Lebensmitteltechnik AG');
    expect(extractParties(lines, false, []).buyer.company).toBe('Alpenblick Lebensmitteltechnik AG');
  });
});

describe('rows whose table header OCR lost', () => {
  const rows = (conf: number) =>
    toLayoutLines(
      ocrDoc(
        [
          [
            [20, 'Northwind Industrial Supply Europe B.V.'],
            [300, 'Société Bretonne'],
          ],
          [
            [20, '3089JH Rotterdam'],
            [300, '29850 Gouesnou'],
          ],
          [
            [20, '2 FE-500-300'],
            [100, 'Film étirable manuel 500 mm x 300 m'],
            [370, '48 pce'],
            [450, '9,44'],
            [530, '453,12'],
          ],
          [
            [20, '4 LUN-SEC-INC'],
            [100, 'Lunettes de sécurité incolores'],
            [370, '120 pce'],
            [450, '3,58'],
            [530, '429,60'],
          ],
          [
            [20, '5 RIT-6204'],
            [100, 'Roulement à billes 6204-2RS'],
            [370, '2 pce'],
            [450, '5,32'],
            [530, '11,00'],
          ],
          [
            [300, 'Total HT'],
            [530, '882,72 €'],
          ],
        ],
        conf,
      ),
    );

  it('reads the rows whose quantity times price makes the amount, and says they had no header', () => {
    const items = readPricedRows(rows(0.9), 'eu');
    expect(items.map((i) => [i.lineNo, i.sku, i.description, i.quantity, i.unit, i.unitPrice, i.amount])).toEqual([
      [2, 'FE-500-300', 'Film étirable manuel 500 mm x 300 m', 48, 'PCE', 9.44, 453.12],
      [4, 'LUN-SEC-INC', 'Lunettes de sécurité incolores', 120, 'PCE', 3.58, 429.6],
    ]);
    expect(items[0].issues).toEqual(['read without a table header: check the columns']);
  });

  it('reads "Foumisseur" (rn read as m) as the supplier block', () => {
    const lines = toLayoutLines(
      ocrDoc([
        [[20, 'Société Bretonne de Conditionnement']],
        [],
        [
          [20, 'Foumisseur'],
          [300, 'Adresse de livraison'],
        ],
        [
          [20, 'Northwind Industrial Supply Europe B.V.'],
          [300, 'Société Bretonne de Conditionnement'],
        ],
        [
          [20, '3089JH Rotterdam'],
          [300, '29850 Gouesnou'],
        ],
      ]),
    );
    const parties = extractParties(lines, false, []);
    expect(parties.supplierNames).toContain('Northwind Industrial Supply Europe B.V.');
    expect(parties.buyer.company).toBe('Société Bretonne de Conditionnement');
  });
});

describe('email addresses as OCR reads them', () => {
  it.each([
    ['dkowalski@ tricounty-fg.example', 'dkowalski@tricounty-fg.example'],
    ['matthias.vogt@alpenblick-It. example', 'matthias.vogt@alpenblick-lt.example'],
    ['tanya@bluegill-marine example', 'tanya@bluegill-marine.example'],
    ['Write to a@b.com. Next week', 'Write to a@b.com. Next week'],
    ['Mail sales@acme then call', 'Mail sales@acme then call'],
    ['HSE_CST@synthesia.com', 'HSE_CST@synthesia.com'],
  ])('%s -> %s', (read, repaired) => {
    expect(repairEmail(read)).toBe(repaired);
  });

  it('takes a labelled address whose "@" was read as O', () => {
    const lines = toLayoutLines(
      ocrDoc([
        [[40, 'Talleres Ortega S.L.']],
        [
          [40, 'Email:'],
          [140, 'lucia.iglesias Otalleres-ortega.example'],
        ],
      ]),
    );
    expect(extractParties(lines, false, []).buyer.email).toBe('lucia.iglesias@talleres-ortega.example');
  });

  it('takes an unlabelled address whose "@" was read as O, on a scan only', () => {
    const rows: [number, string][][] = [[[40, 'Cerámicas Almazora S.L.']], [[40, 'Lucía Iglesias']], [[40, 'liglesias O ceramicas-almazora.example']]];
    expect(extractParties(toLayoutLines(ocrDoc(rows)), false, []).buyer.email).toBe('liglesias@ceramicas-almazora.example');
    expect(extractParties(toLayoutLines(pdfDoc(rows)), false, []).buyer.email).toBeNull();
  });

  it('puts back the dot OCR lost before a known top-level domain, on a scan only', () => {
    const rows: [number, string][][] = [[[40, 'Ateliers Mercier SARL']], [[40, 'perrin@ateliers-mercierexample']]];
    expect(extractParties(toLayoutLines(ocrDoc(rows)), false, []).buyer.email).toBe('perrin@ateliers-mercier.example');
    expect(extractParties(toLayoutLines(ocrDoc([[[40, 'sales@acme']]])), false, []).buyer.email).toBeNull();
    expect(extractParties(toLayoutLines(pdfDoc(rows)), false, []).buyer.email).toBeNull();
  });
});

describe('form-style party blocks', () => {
  const form = pdfDoc([
    [[200, 'Hero Limited']],
    [
      [20, 'Company Phone: 555-348-6512'],
      [400, 'Purchase Order #: 3929423'],
    ],
    [[20, 'Email: accounts@herolimited.com']],
    [[20, 'Shipped To:']],
    [[20, 'Vendor Name: Seth Stanley']],
    [[20, 'Company Name: Yoga for You']],
    [[20, 'Address: 343 E Winter Road']],
    [[40, 'Seattle, WA 93849 Phone: 234-986-6454']],
    [[20, 'Shipped From:']],
    [[20, 'Name: Josh Granger']],
    [[20, 'Company Name: Granger Supply']],
    [[20, 'Address: 922 N Ebby Lane']],
    [
      [40, 'Ft Lauderdale, FL'],
      [200, 'Phone: 932-294-2958'],
    ],
  ]);

  it('reads the ship-to block with the phone printed after the town', () => {
    const parties = extractParties(toLayoutLines(form), false, []);
    expect(parties.shipTo).toEqual({ name: 'Yoga for You', street: '343 E Winter Road', city: 'Seattle', region: 'WA', postalCode: '93849', country: 'US' });
  });

  it("takes the buyer's company phone, never the supplier block's phone", () => {
    const parties = extractParties(toLayoutLines(form), false, []);
    expect(parties.buyer.phone).toBe('555-348-6512');
    expect(parties.supplierNames).toContain('Granger Supply');
  });
});

describe('header fields that are not what their first word says', () => {
  it('takes no shipping method from a job title or a sentence, and no payment terms from a returns promise', () => {
    const lines = toLayoutLines(
      pdfDoc([
        [[20, 'Purchase Order #: 948284']],
        [[20, 'Shipping Manager']],
        [[20, 'Jupiter Book Supply will refund you 50% per book if returned within 60 days of reading and']],
        [[20, 'via email or at 250-209-1294 during business hours.']],
      ]),
    );
    const fields = extractHeaderFields(lines, headerContext);
    expect(fields.shippingMethod).toBeNull();
    expect(fields.paymentTerms).toBeNull();
  });

  it('still reads "30 days net" and a carrier after "Ship Via"', () => {
    const lines = toLayoutLines(
      pdfDoc([
        [[20, 'Terms of sale: see below']],
        [[20, 'Pay within 30 days net']],
        [
          [20, 'Ship Via'],
          [120, 'UPS Ground'],
        ],
      ]),
    );
    const fields = extractHeaderFields(lines, headerContext);
    expect(fields.paymentTerms?.value).toMatch(/^30 days net/);
    expect(fields.shippingMethod?.value).toBe('UPS Ground');
  });
});

describe('line tables read by OCR', () => {
  const header: [number, string][] = [
    [20, 'Line RemNo.'],
    [140, 'Description'],
    [330, 'll'],
    [370, 'Qty'],
    [410, 'UoM'],
    [450, 'Unit Price'],
    [530, '"Amouni'],
  ];
  const rows: [number, string][][] = [
    [
      [20, '1 C1200'],
      [140, 'Cable ties 200 mm black'],
      [370, '10'],
      [410, 'PK'],
      [450, '4.95'],
      [530, '49.50'],
    ],
    [
      [20, '2 NLN-M10'],
      [140, 'Nylon insert lock nut M10'],
      [370, '12'],
      [410, 'BOX'],
      [450, '12.28'],
      [530, '147.36'],
    ],
    [
      [20, '3 SF-1815-80'],
      [140, 'Stretch film 18 in'],
      [370, '4'],
      [410, 'RL'],
      [450, '24.58'],
      [530, '9832'],
    ],
    [
      [20, '4 PRX-M12'],
      [140, 'Proximity sensor M12'],
      [370, '3'],
      [410, 'EA'],
      [450, '5'],
      [530, '15.54'],
    ],
  ];

  it('finds the header through a speck cell, a stray quote and a one-letter misreading', () => {
    const tables = readLineTables(toLayoutLines(ocrDoc([header, ...rows])), US);
    expect(tables).toHaveLength(1);
    expect(tables[0].items.map((i) => [i.lineNo, i.sku, i.quantity, i.unit])).toEqual([
      [1, 'C1200', 10, 'PK'],
      [2, 'NLN-M10', 12, 'BOX'],
      [3, 'SF-1815-80', 4, 'RL'],
      [4, 'PRX-M12', 3, 'EA'],
    ]);
  });

  it('puts back a decimal point OCR lost when the row arithmetic shows it, and says so', () => {
    const items = readLineTables(toLayoutLines(ocrDoc([header, ...rows])), US)[0].items;
    expect(items[2]).toMatchObject({ unitPrice: 24.58, amount: 98.32 });
    expect(items[2].issues.join(' ')).toMatch(/amount read as 9832 by OCR/);
    expect(items[3]).toMatchObject({ unitPrice: 5.18, amount: 15.54 });
    expect(items[3].issues.join(' ')).toMatch(/unit price read as 5 by OCR; 5.18/);
    expect(items[2].confidence).toBeLessThan(0.7);
  });

  it('reads a unit one letter from exactly one known unit as that unit, on a scan only', () => {
    const header: [number, string][] = [
      [20, 'Qté Unité'],
      [120, 'Référence'],
      [220, 'Désignation'],
      [450, 'Prix unitaire'],
      [530, 'Montant HT'],
    ];
    const row = (unit: string): [number, string][] => [
      [20, `400 ${unit}`],
      [120, 'VTH-M8-40'],
      [220, 'Vis tête hexagonale M8 x 40'],
      [450, '0,102'],
      [530, '40,80'],
    ];
    const unitOf = (doc: typeof ocrDoc, unit: string) => readLineTables(toLayoutLines(doc([header, row(unit)])), 'eu')[0]?.items[0]?.unit;
    expect(unitOf(ocrDoc, 'pue')).toBe('PCE');
    expect(unitOf(pdfDoc, 'pue')).toBe('PUE');
    expect(unitOf(ocrDoc, 'pcx')).toBe('PCX'); // a letter from PCE and from PCS: left as read
    expect(unitOf(ocrDoc, 'bte')).toBe('BTE'); // no known unit near: a unit of its own (boîte)
  });

  it('reads a header whose words OCR ran together ("Prixunitaire") as that header', () => {
    const glued: [number, string][] = [
      [20, 'Qté Unité'],
      [120, 'Référence'],
      [220, 'Désignation'],
      [450, 'Prixunitaire'],
      [530, 'Montant HT'],
    ];
    const row: [number, string][] = [
      [20, '288 pce'],
      [120, 'RAE-50-66'],
      [220, "Ruban adhésif d'emballage 50 mm"],
      [450, '1,65'],
      [530, '475,20'],
    ];
    const items = readLineTables(toLayoutLines(ocrDoc([glued, row])), 'eu')[0]?.items ?? [];
    expect(items.map((i) => [i.sku, i.quantity, i.unit, i.unitPrice, i.amount])).toEqual([['RAE-50-66', 288, 'PCE', 1.65, 475.2]]);
  });

  it('splits a line number OCR ran into the description, and reads item numbers under "Rem No." right of it', () => {
    const header: [number, string][] = [
      [10, 'Line'],
      [70, 'Description'],
      [340, 'Rem No.'],
      [440, 'Qty UoM'],
      [510, 'Unit Price'],
      [590, 'Amount'],
    ];
    const rows: [number, string][][] = [
      [
        [30, '1 HSS twist drill bit 8.0 mm DIN 338'],
        [340, 'DRI-HSS-8.0'],
        [445, '40 EA'],
        [530, '2.72'],
        [595, '108.80'],
      ],
      [
        [30, '2 Pleated air filter 20 x 25 x 1 in'],
        [340, 'FLT-20251-M11'],
        [445, '24 EA'],
        [525, '10.12'],
        [595, '242.88'],
      ],
    ];
    const items = readLineTables(toLayoutLines(ocrDoc([header, ...rows])), US)[0]?.items ?? [];
    expect(items.map((i) => [i.lineNo, i.sku, i.description, i.quantity])).toEqual([
      [1, 'DRI-HSS-8.0', 'HSS twist drill bit 8.0 mm DIN 338', 40],
      [2, 'FLT-20251-M11', 'Pleated air filter 20 x 25 x 1 in', 24],
    ]);
  });

  it('takes a column whose header OCR garbled as the quantity when its numbers multiply out', () => {
    const garbled: [number, string][] = [
      [20, 'Item'],
      [140, 'Description'],
      [370, 'TQ UM'],
      [450, 'Unit Price'],
      [530, 'Amount'],
    ];
    const items =
      readLineTables(
        toLayoutLines(
          ocrDoc([
            garbled,
            [
              [20, 'CT-200'],
              [140, 'Cable ties 200 mm black'],
              [370, '10 PK'],
              [450, '4.95'],
              [530, '49.50'],
            ],
            [
              [20, 'NLN-M10'],
              [140, 'Nylon lock nut M10'],
              [370, '7 BOX'],
              [450, '12.28'],
              [530, '147.36'],
            ],
          ]),
        ),
        US,
      )[0]?.items ?? [];
    // The first row names the column; the second, whose numbers do not multiply out, is kept and says so.
    expect(items.map((i) => [i.sku, i.quantity, i.unit])).toEqual([
      ['CT-200', 10, 'PK'],
      ['NLN-M10', 7, 'BOX'],
    ]);
    expect(items[0].issues).toEqual([]);
    expect(items[1].issues.join()).toContain('is not the amount 147.36');
  });

  it('splits a header cell OCR ran together, keeping the word it could not read as an item-number column', () => {
    const merged: [number, string][] = [
      [20, 'Qty UoM Rem No.'],
      [140, 'Description'],
      [450, 'Unit Price'],
      [530, 'Amount'],
    ];
    const items =
      readLineTables(
        toLayoutLines(
          ocrDoc([
            merged,
            [
              [20, '20 EA'],
              [68, 'CHN-08B-1'],
              [140, 'Roller chain 08B-1 simplex'],
              [450, '46.23'],
              [530, '924.60'],
            ],
          ]),
        ),
        US,
      )[0]?.items ?? [];
    expect(items.map((i) => [i.sku, i.quantity, i.unit, i.unitPrice])).toEqual([['CHN-08B-1', 20, 'EA', 46.23]]);
  });

  it('does not read a sentence with one header word as a header', () => {
    const tables = readLineTables(
      toLayoutLines(
        ocrDoc([
          [
            [20, 'Quantity discounts apply to every order'],
            [450, 'Price'],
            [530, 'Amount'],
          ],
          [
            [20, '20 EA'],
            [140, 'Roller chain'],
            [450, '46.23'],
            [530, '924.60'],
          ],
        ]),
      ),
      US,
    );
    expect(tables).toEqual([]);
  });

  it('does not guess at text that was not read by OCR', () => {
    const text = readLineTables(toLayoutLines(pdfDoc([header.map(([x, t]) => [x, t.replace('Amouni', 'Amount')]), ...rows])), US)[0].items;
    expect(text[2]).toMatchObject({ amount: 9832 });
    expect(text[2].issues.join(' ')).toMatch(/is not the amount 9832/);
  });

  it('does not take a one-letter misreading as a header word in a text layer', () => {
    expect(
      readLineTables(
        toLayoutLines(
          pdfDoc([
            [
              [140, 'Descripton'],
              [370, 'Quanity'],
              [450, 'Prise'],
            ],
            ...rows,
          ]),
        ),
        US,
      ),
    ).toEqual([]);
  });
});
