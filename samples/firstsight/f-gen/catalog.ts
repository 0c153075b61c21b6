import type { Address, Contact } from './model.ts';
export interface Item { sku: string; eur: number; unit: string; d: Record<string, string> }
const I = (sku: string, eur: number, unit: string, en: string, de: string, fr: string, es: string, it: string): Item => ({ sku, eur, unit, d: { en, de, fr, es, it } });
export const ITEMS: Item[] = [
  I('CFS-HP-1016', 38.4, 'EA', 'Gear pump 16 cc/rev, SAE-A flange', 'Zahnradpumpe 16 ccm/U, SAE-A Flansch', 'Pompe à engrenages 16 cm3/tr, bride SAE-A', 'Bomba de engranajes 16 cc/rev, brida SAE-A', 'Pompa a ingranaggi 16 cc/giro, flangia SAE-A'),
  I('CFS-DV-0643', 212.0, 'EA', 'Directional valve NG6 4/3 24VDC', 'Wegeventil NG6 4/3 24VDC', 'Distributeur NG6 4/3 24VCC', 'Válvula direccional NG6 4/3 24VCC', 'Elettrovalvola NG6 4/3 24VCC'),
  I('CFS-DV-1043', 389.5, 'EA', 'Directional valve NG10 4/3 230VAC', 'Wegeventil NG10 4/3 230VAC', 'Distributeur NG10 4/3 230VCA', 'Válvula direccional NG10 4/3 230VCA', 'Elettrovalvola NG10 4/3 230VCA'),
  I('CFS-HH-2T08', 6.85, 'M', 'Hydraulic hose 2SN DN08 1/2"', 'Hydraulikschlauch 2SN DN08 1/2"', 'Flexible hydraulique 2SN DN08 1/2"', 'Manguera hidráulica 2SN DN08 1/2"', 'Tubo idraulico 2SN DN08 1/2"'),
  I('CFS-HH-2T12', 9.4, 'M', 'Hydraulic hose 2SN DN12 3/4"', 'Hydraulikschlauch 2SN DN12 3/4"', 'Flexible hydraulique 2SN DN12 3/4"', 'Manguera hidráulica 2SN DN12 3/4"', 'Tubo idraulico 2SN DN12 3/4"'),
  I('CFS-FT-L12S', 2.35, 'EA', 'Straight fitting 12L, steel zinc-nickel', 'Gerade Verschraubung 12L, Stahl ZnNi', 'Raccord droit 12L, acier ZnNi', 'Racor recto 12L, acero ZnNi', 'Raccordo diritto 12L, acciaio ZnNi'),
  I('CFS-FT-L15E', 4.1, 'EA', 'Elbow fitting 90° 15L', 'Winkelverschraubung 90° 15L', 'Raccord coudé 90° 15L', 'Racor codo 90° 15L', 'Raccordo a gomito 90° 15L'),
  I('CFS-FL-R160', 47.9, 'EA', 'Return filter element 10 µm, 160 l/min', 'Rücklauffilterelement 10 µm, 160 l/min', 'Élément filtrant retour 10 µm, 160 l/min', 'Elemento filtrante retorno 10 µm, 160 l/min', 'Elemento filtrante ritorno 10 µm, 160 l/min'),
  I('CFS-FL-P063', 63.2, 'EA', 'Pressure filter element 3 µm', 'Druckfilterelement 3 µm', 'Élément filtrant pression 3 µm', 'Elemento filtrante presión 3 µm', 'Elemento filtrante pressione 3 µm'),
  I('CFS-CY-50-300', 274.0, 'EA', 'Hydraulic cylinder 50/28 stroke 300', 'Hydraulikzylinder 50/28 Hub 300', 'Vérin hydraulique 50/28 course 300', 'Cilindro hidráulico 50/28 carrera 300', 'Cilindro idraulico 50/28 corsa 300'),
  I('CFS-SK-5028', 18.6, 'SET', 'Seal kit for cylinder 50/28', 'Dichtsatz für Zylinder 50/28', 'Pochette de joints vérin 50/28', 'Kit de juntas cilindro 50/28', 'Kit guarnizioni cilindro 50/28'),
  I('CFS-OR-NBR70', 14.5, 'BOX', 'O-ring assortment NBR70 (box of 382)', 'O-Ring-Sortiment NBR70 (382 Stk.)', 'Coffret joints toriques NBR70 (382 pcs)', 'Surtido juntas tóricas NBR70 (382 uds)', 'Assortimento O-ring NBR70 (382 pz)'),
  I('CFS-PC-3250', 96.3, 'EA', 'Pneumatic cylinder ISO 15552 32x50', 'Pneumatikzylinder ISO 15552 32x50', 'Vérin pneumatique ISO 15552 32x50', 'Cilindro neumático ISO 15552 32x50', 'Cilindro pneumatico ISO 15552 32x50'),
  I('CFS-FRL-G38', 71.8, 'EA', 'FRL unit G3/8 with gauge', 'Wartungseinheit G3/8 mit Manometer', 'Ensemble FRL G3/8 avec manomètre', 'Unidad FRL G3/8 con manómetro', 'Gruppo FRL G3/8 con manometro'),
  I('CFS-SV-5213', 44.0, 'EA', 'Solenoid valve 5/2 G1/4 24VDC', 'Magnetventil 5/2 G1/4 24VDC', 'Électrovanne 5/2 G1/4 24VCC', 'Electroválvula 5/2 G1/4 24VCC', 'Elettrovalvola 5/2 G1/4 24VCC'),
  I('CFS-PT-08BL', 1.22, 'M', 'PU tube 8x6 blue', 'PU-Schlauch 8x6 blau', 'Tube PU 8x6 bleu', 'Tubo PU 8x6 azul', 'Tubo PU 8x6 blu'),
  I('CFS-QC-0814', 3.15, 'EA', 'Push-in fitting 8mm - G1/4', 'Steckverschraubung 8mm - G1/4', 'Raccord instantané 8mm - G1/4', 'Racor instantáneo 8mm - G1/4', 'Raccordo rapido 8mm - G1/4'),
  I('CFS-MG-0250', 16.9, 'EA', 'Pressure gauge 0-250 bar, 63mm, glycerine', 'Manometer 0-250 bar, 63mm, Glycerin', 'Manomètre 0-250 bar, 63mm, glycérine', 'Manómetro 0-250 bar, 63mm, glicerina', 'Manometro 0-250 bar, 63mm, glicerina'),
  I('CFS-HO-4610', 3.9, 'L', 'Hydraulic oil HLP 46', 'Hydrauliköl HLP 46', 'Huile hydraulique HLP 46', 'Aceite hidráulico HLP 46', 'Olio idraulico HLP 46'),
  I('CFS-AC-1L25', 318.0, 'EA', 'Bladder accumulator 1 l, 250 bar', 'Blasenspeicher 1 l, 250 bar', 'Accumulateur à vessie 1 l, 250 bar', 'Acumulador de vejiga 1 l, 250 bar', 'Accumulatore a sacca 1 l, 250 bar'),
  I('CFS-BV-G12', 12.75, 'EA', 'Ball valve 2-way G1/2 high pressure', 'Kugelhahn 2-Wege G1/2 Hochdruck', 'Vanne à boisseau 2 voies G1/2 HP', 'Válvula de bola 2 vías G1/2 AP', 'Valvola a sfera 2 vie G1/2 AP'),
  I('CFS-CP-ACH6', 7.6, 'PAIR', 'Quick coupling ISO-A DN10 (pair)', 'Schnellkupplung ISO-A DN10 (Paar)', 'Coupleur rapide ISO-A DN10 (paire)', 'Enchufe rápido ISO-A DN10 (par)', 'Innesto rapido ISO-A DN10 (coppia)'),
];
export const RATE: Record<string, number> = { EUR: 1, GBP: 0.86, USD: 1.1, SEK: 11.5, CHF: 0.94 };

export interface Customer { company: string; addr: Address; contact: Contact; domain: string; phoneMain?: string; vat?: string; web?: string }
const A = (name: string | null, street: string[], postalCode: string | null, city: string, country: string, region: string | null = null): Address => ({ name, street, postalCode, city, country, region });
export { A };

// The seller: us.
export const US_UK = A('Calder Fluid Systems Ltd', ['Unit 4, Thornbury Trading Estate', 'Gelderd Road'], 'LS12 6DX', 'Leeds', 'GB');
export const US_DE = A('Calder Fluid Systems GmbH', ['Hafenstraße 18'], '47119', 'Duisburg', 'DE');
export const US_MAIL_UK = { name: 'Calder Fluid Systems – Sales', address: 'sales@calderfluid.co.uk' };
export const US_MAIL_DE = { name: 'Calder Fluid Systems GmbH Vertrieb', address: 'auftrag@calderfluid.de' };
