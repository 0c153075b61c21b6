import type { Lang } from './model.ts';

/** Invented catalogue items, as customers write them. `unit` is the unit code as printed in tables. */
export interface Item {
  sku: string;
  description: string;
  unit: string;
  price: [number, number];
  /** Quantities come in multiples of this. */
  step: number;
  /** Fractional quantities allowed (KG, M). */
  fractional?: boolean;
}

function item(sku: string, description: string, unit: string, price: [number, number], step = 1, fractional = false): Item {
  return { sku, description, unit, price, step, fractional };
}

export const ITEMS_EN: Item[] = [
  item('HX-M8-40', 'Hex head cap screw M8 x 40 mm, zinc plated, class 8.8 (box of 100)', 'BOX', [14, 22]),
  item('CT-200', 'Cable ties 200 mm black, UV resistant (100/pk)', 'PK', [3.2, 6.8]),
  item('AB-1234', 'Angle bracket 90°, galvanized, 50 x 50 x 35 mm', 'EA', [1.1, 2.9], 10),
  item('6204-2RS', 'Deep groove ball bearing 6204-2RS, 20 x 47 x 14 mm', 'EA', [4.5, 9.8]),
  item('NW-44120', 'Nitrile disposable gloves, size L, powder free, 100/box', 'BOX', [7.9, 12.5]),
  item('WD-40-11', 'Multi-use lubricant 11 oz aerosol, case of 12', 'CS', [58, 79]),
  item('3M-2090-48', 'Painter\'s tape 48 mm x 55 m', 'RL', [6.1, 9.4], 6),
  item('HOSE-PVC-19', 'PVC suction hose 19 mm, clear, braided', 'M', [3.4, 5.2], 5, true),
  item('CHN-08B-1', 'Roller chain 08B-1 simplex, 5 m length', 'EA', [38, 55]),
  item('VB-A42', 'V-belt A42 (13 x 1067 mm)', 'EA', [7.5, 11.9]),
  item('LUB-EP2-18', 'Lithium grease EP2, 18 kg pail', 'EA', [82, 118]),
  item('SF-1815-80', 'Stretch film 18 in x 1500 ft, 80 gauge', 'RL', [21, 29], 4),
  item('TAPE-CS-48', 'Carton sealing tape 48 mm x 66 m, clear, 36 rolls/case', 'CS', [64, 88]),
  item('DRL-HSS-8.0', 'HSS twist drill bit 8.0 mm DIN 338, jobber length', 'EA', [2.4, 4.6], 10),
  item('FLT-20251-M11', 'Pleated air filter 20 x 25 x 1 in, MERV 11', 'EA', [6.8, 11.2], 12),
  item('LED-T8-4-18', 'LED tube T8 4 ft 18 W 4000 K, ballast bypass', 'EA', [5.9, 9.9], 10),
  item('EXT-1250', 'Extension cord 50 ft 12/3 SJTW, lighted end', 'EA', [38, 62]),
  item('ER70S6-035', 'Welding wire ER70S-6 0.035 in, 33 lb spool', 'EA', [59, 84]),
  item('GD-4514', 'Grinding wheel 4-1/2 x 1/4 x 7/8 in, type 27 (25/box)', 'BOX', [42, 71]),
  item('SS304-RB12', 'Stainless steel round bar 304, 12 mm diameter', 'KG', [6.2, 8.9], 5, true),
  item('ORG-NBR-25X3', 'O-ring NBR 70 Shore A, 25 x 3 mm', 'PCS', [0.18, 0.42], 50),
  item('HYD-46-20L', 'Hydraulic oil ISO VG 46, 20 L pail', 'EA', [64, 92]),
  item('PRX-M12-PNP', 'Inductive proximity sensor M12, PNP, NO, 4 mm sensing distance, M12 connector', 'EA', [24, 39]),
  item('RLY-24DC-DP', 'Relay 24 VDC DPDT with DIN-rail socket', 'EA', [11, 17]),
  item('EP-200C', 'Foam earplugs, corded, 200 pairs', 'BOX', [39, 58]),
  item('SG-AF-CLR', 'Safety glasses, clear lens, anti-fog', 'EA', [2.9, 5.5], 12),
  item('HV-VEST-XL', 'Hi-vis safety vest ANSI class 2, size XL', 'EA', [6.5, 12], 5),
  item('NLN-M10', 'Nylon insert lock nut M10, zinc (box of 100)', 'BOX', [9.5, 15]),
  item('LBL-4X6-500', 'Thermal shipping labels 4 x 6 in, 500 per roll', 'RL', [8.5, 13], 4),
  item('PLT-4840-HT', 'Wood pallet 48 x 40 in, heat treated', 'EA', [11, 19], 10),
  item('CU-THHN-12', 'THHN copper wire 12 AWG, black, stranded', 'M', [0.55, 0.95], 50),
  item('EPX-2K-50', 'Two-part epoxy adhesive, 50 ml cartridge', 'EA', [8.9, 14.5], 6),
];

export const ITEMS_DE: Item[] = [
  item('SKS-M8X40', 'Sechskantschraube DIN 933 M8 x 40, 8.8, verzinkt', 'Stk', [0.09, 0.16], 100),
  item('KB-200-SW', 'Kabelbinder 200 x 4,8 mm schwarz, UV-beständig (100 Stk/Pkt)', 'Pkt', [3.1, 6.2]),
  item('RKL-6204-2RS', 'Rillenkugellager 6204-2RS, 20 x 47 x 14 mm', 'Stk', [4.2, 8.9]),
  item('NHS-L-100', 'Nitril-Einweghandschuhe Gr. L, puderfrei (100 Stk/Box)', 'Pkt', [7.5, 11.9]),
  item('HLP46-20', 'Hydrauliköl HLP 46, 20-l-Kanister', 'Stk', [58, 86]),
  item('TS-125-1', 'Trennscheibe 125 x 1,0 x 22,23 mm, Inox', 'Stk', [0.95, 1.8], 25),
  item('SF-500-23', 'Stretchfolie 500 mm x 300 m, 23 µm, transparent', 'Stk', [9.5, 14.9], 6),
  item('DLS-PUR-8', 'Druckluftschlauch PUR 8 x 5,5 mm, blau', 'm', [0.9, 1.6], 25, true),
  item('RS-14301-12', 'Rundstahl 1.4301 Ø 12 mm, blank', 'kg', [5.8, 8.4], 5, true),
  item('H07VK-1,5-BL', 'Aderleitung H07V-K 1,5 mm², blau', 'm', [0.32, 0.61], 100),
  item('WW-XL-GE', 'Warnweste EN ISO 20471 Klasse 2, Gr. XL, gelb', 'Stk', [3.9, 7.5], 10),
  item('SSH-S3-43', 'Sicherheitshalbschuh S3, Gr. 43', 'Paar', [44, 69]),
];

export const ITEMS_FR: Item[] = [
  item('VTH-M8-40', 'Vis tête hexagonale M8 x 40, classe 8.8, zinguée', 'pce', [0.08, 0.15], 100),
  item('COL-200-N', 'Colliers de serrage 200 x 4,8 mm noirs (sachet de 100)', 'pce', [3.0, 6.1]),
  item('RLT-6204', 'Roulement à billes 6204-2RS, 20 x 47 x 14 mm', 'pce', [4.4, 9.1]),
  item('GNT-NIT-L', 'Gants nitrile jetables taille L, non poudrés (boîte de 100)', 'bte', [7.2, 11.5]),
  item('HH-HV46-20', 'Huile hydraulique HV 46, bidon de 20 L', 'pce', [61, 89]),
  item('DT-125-10', 'Disque à tronçonner inox 125 x 1,0 mm', 'pce', [0.9, 1.7], 25),
  item('FE-500-300', 'Film étirable manuel 500 mm x 300 m, 23 µm', 'pce', [9.1, 14.2], 6),
  item('RAE-50-66', 'Ruban adhésif d\'emballage 50 mm x 66 m, havane', 'pce', [1.4, 2.6], 36),
  item('TPC-19', 'Tuyau PVC cristal armé, diamètre intérieur 19 mm', 'm', [3.1, 4.9], 10, true),
  item('LUN-SEC-INC', 'Lunettes de sécurité incolores, traitement anti-buée', 'pce', [2.7, 5.2], 10),
];

export const ITEMS_ES: Item[] = [
  item('TH-M8X40-Z', 'Tornillo hexagonal DIN 933 M8 x 40, 8.8, zincado', 'ud', [0.08, 0.15], 100),
  item('BR-200-N', 'Bridas de nailon 200 x 4,8 mm negras (bolsa de 100)', 'ud', [2.9, 5.9]),
  item('ROD-6204-2RS', 'Rodamiento rígido de bolas 6204-2RS', 'ud', [4.1, 8.8]),
  item('GN-L-100', 'Guantes de nitrilo desechables talla L (caja de 100)', 'caja', [7.1, 11.4]),
  item('AH-HM46-20', 'Aceite hidráulico HM 46, garrafa de 20 L', 'ud', [57, 84]),
  item('DC-125-1', 'Disco de corte inox 125 x 1,0 mm', 'ud', [0.85, 1.6], 25),
  item('FE-500-23', 'Film estirable manual 500 mm x 300 m, 23 micras', 'ud', [8.9, 13.8], 6),
  item('CE-48-66-M', 'Cinta de embalar 48 mm x 66 m, marrón', 'ud', [1.2, 2.4], 36),
  item('MG-PVC-19', 'Manguera PVC cristal con malla, 19 mm', 'm', [2.9, 4.7], 10, true),
  item('GS-INC-AV', 'Gafas de seguridad incoloras antivaho', 'ud', [2.5, 4.9], 10),
];

export const ITEMS: Record<Lang, Item[]> = { en: ITEMS_EN, de: ITEMS_DE, fr: ITEMS_FR, es: ITEMS_ES };
