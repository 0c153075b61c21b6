// Shared helpers: seeded RNG, number/date formatting, catalogue, label vocabularies.
export function hashStr(s: string): number {
  let h = 2166136261 >>> 0;
  for (let i = 0; i < s.length; i++) { h ^= s.charCodeAt(i); h = Math.imul(h, 16777619) >>> 0; }
  return h >>> 0;
}
export function rng(seed: string | number) {
  let a = typeof seed === 'number' ? seed >>> 0 : hashStr(seed);
  const next = () => { a = (a + 0x6d2b79f5) >>> 0; let t = a; t = Math.imul(t ^ (t >>> 15), t | 1); t ^= t + Math.imul(t ^ (t >>> 7), t | 61); return ((t ^ (t >>> 14)) >>> 0) / 4294967296; };
  return {
    next,
    int: (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1)),
    pick: <T>(arr: T[]): T => arr[Math.floor(next() * arr.length)],
    chance: (p: number) => next() < p,
    shuffle: <T>(arr: T[]): T[] => { const a2 = arr.slice(); for (let i = a2.length - 1; i > 0; i--) { const j = Math.floor(next() * (i + 1)); [a2[i], a2[j]] = [a2[j], a2[i]]; } return a2; },
  };
}
export type Rng = ReturnType<typeof rng>;
export const round2 = (n: number) => Math.round((n + Number.EPSILON) * 100) / 100;

// ---------- number formats ----------
export type NumFmt = 'de' | 'ch' | 'fr' | 'en' | 'plain' | 'nbsp';
export function fmtNum(n: number, f: NumFmt, dec = 2): string {
  const neg = n < 0; const abs = Math.abs(n);
  const fixed = abs.toFixed(dec);
  let [ip, dp] = fixed.split('.');
  const sep = { de: '.', ch: "'", fr: ' ', en: ',', plain: '', nbsp: '\u00a0' }[f];
  const dsep = { de: ',', ch: '.', fr: ',', en: '.', plain: ',', nbsp: ',' }[f];
  if (sep) ip = ip.replace(/\B(?=(\d{3})+(?!\d))/g, sep);
  return (neg ? '-' : '') + ip + (dp !== undefined ? dsep + dp : '');
}
export function fmtQty(q: number, f: NumFmt, sap3 = false): string {
  if (sap3) return fmtNum(q, f, 3);
  if (Number.isInteger(q)) return q >= 1000 && f !== 'plain' ? fmtNum(q, f, 0) : String(q);
  const d = Math.round(q * 100) % 10 === 0 ? 1 : 2;
  return fmtNum(q, f, d);
}

// ---------- dates ----------
export const MONTHS: Record<string, string[]> = {
  de: ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'],
  fr: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
  es: ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'],
  it: ['gennaio', 'febbraio', 'marzo', 'aprile', 'maggio', 'giugno', 'luglio', 'agosto', 'settembre', 'ottobre', 'novembre', 'dicembre'],
  nl: ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
};
export type DateFmt = 'dot' | 'slash' | 'dash' | 'iso' | 'long' | 'dot2';
export function fmtDate(iso: string, f: DateFmt, lang = 'en'): string {
  const [y, m, d] = iso.split('-');
  const dd = d, mm = m;
  switch (f) {
    case 'dot': return `${dd}.${mm}.${y}`;
    case 'dot2': return `${dd}.${mm}.${y.slice(2)}`;
    case 'slash': return `${dd}/${mm}/${y}`;
    case 'dash': return `${dd}-${mm}-${y}`;
    case 'iso': return iso;
    case 'long': {
      const mn = MONTHS[lang][+m - 1]; const di = String(+d);
      if (lang === 'de') return `${di}. ${mn} ${y}`;
      if (lang === 'es') return `${di} de ${mn} de ${y}`;
      if (lang === 'en') return `${di} ${mn} ${y}`;
      return `${di} ${mn} ${y}`;
    }
  }
}
export function allDateForms(iso: string): string[] {
  const out = new Set<string>();
  for (const f of ['dot', 'slash', 'dash', 'iso', 'dot2'] as DateFmt[]) out.add(fmtDate(iso, f));
  for (const l of Object.keys(MONTHS)) out.add(fmtDate(iso, 'long', l));
  const [y, m, d] = iso.split('-');
  out.add(`${+d}.${+m}.${y}`); out.add(`${+d}/${+m}/${y}`);
  return [...out];
}
export function addDays(iso: string, n: number): string {
  const d = new Date(iso + 'T12:00:00Z'); d.setUTCDate(d.getUTCDate() + n); return d.toISOString().slice(0, 10);
}
export function dow(iso: string): number { return new Date(iso + 'T12:00:00Z').getUTCDay(); }
export function addBusinessDays(iso: string, n: number): string {
  let d = iso; let k = 0;
  while (k < n) { d = addDays(d, 1); const w = dow(d); if (w !== 0 && w !== 6) k++; }
  return d;
}
export function nextBusinessDay(iso: string, n: number) { return addBusinessDays(iso, n); }
export function diffDays(a: string, b: string): number {
  return Math.round((Date.parse(b + 'T12:00:00Z') - Date.parse(a + 'T12:00:00Z')) / 86400000);
}

// ---------- catalogue ----------
export type UnitKind = 'pc' | 'box' | 'roll' | 'm' | 'pair' | 'kg' | 'set' | 'spray' | 'canister';
export interface Item { sku: string; kind: UnitKind; price: number; d: Record<string, string> }
const I = (sku: string, kind: UnitKind, price: number, de: string, fr: string, es: string, it: string, nl: string, en: string): Item => ({ sku, kind, price, d: { de, fr, es, it, nl, en } });
export const CATALOG: Item[] = [
  I('NW-BRG-6205-2RS', 'pc', 4.85, 'Rillenkugellager 6205-2RS C3', 'Roulement à billes 6205-2RS C3', 'Rodamiento rígido de bolas 6205-2RS C3', 'Cuscinetto a sfere 6205-2RS C3', 'Groefkogellager 6205-2RS C3', 'Deep groove ball bearing 6205-2RS C3'),
  I('NW-BRG-6306-ZZ', 'pc', 9.4, 'Rillenkugellager 6306-ZZ, beidseitig Deckscheiben', 'Roulement à billes 6306-ZZ, deux flasques', 'Rodamiento de bolas 6306-ZZ, doble placa', 'Cuscinetto a sfere 6306-ZZ, doppio schermo', 'Groefkogellager 6306-ZZ, dubbel afgeschermd', 'Ball bearing 6306-ZZ, double shielded'),
  I('NW-BRG-UCP208', 'pc', 38.9, 'Stehlagereinheit UCP 208, Gehäuse Grauguss', 'Palier à semelle UCP 208, corps fonte', 'Soporte de pie con rodamiento UCP 208, fundición', 'Supporto ritto UCP 208, corpo in ghisa', 'Staand lagerblok UCP 208, gietijzer', 'Pillow block bearing unit UCP 208, cast iron'),
  I('NW-BRG-32210', 'pc', 27.6, 'Kegelrollenlager 32210 J2/Q', 'Roulement à rouleaux coniques 32210 J2/Q', 'Rodamiento de rodillos cónicos 32210 J2/Q', 'Cuscinetto a rulli conici 32210 J2/Q', 'Kegelrollager 32210 J2/Q', 'Tapered roller bearing 32210 J2/Q'),
  I('NW-FST-933-M10X40', 'box', 14.2, 'Sechskantschraube DIN 933 M10x40 8.8 verzinkt, VE 100', 'Vis tête hexagonale DIN 933 M10x40 8.8 zinguée, boîte de 100', 'Tornillo hexagonal DIN 933 M10x40 8.8 cincado, caja de 100', 'Vite testa esagonale DIN 933 M10x40 8.8 zincata, conf. 100', 'Zeskantbout DIN 933 M10x40 8.8 verzinkt, doos à 100', 'Hex head screw DIN 933 M10x40 grade 8.8 zinc plated, box of 100'),
  I('NW-FST-934-M10', 'box', 6.9, 'Sechskantmutter DIN 934 M10 Kl. 8 verzinkt, VE 200', 'Écrou hexagonal DIN 934 M10 cl. 8 zingué, boîte de 200', 'Tuerca hexagonal DIN 934 M10 cl. 8 cincada, caja de 200', 'Dado esagonale DIN 934 M10 cl. 8 zincato, conf. 200', 'Zeskantmoer DIN 934 M10 kl. 8 verzinkt, doos à 200', 'Hex nut DIN 934 M10 class 8 zinc plated, box of 200'),
  I('NW-FST-912-M8X25-A2', 'box', 11.75, 'Zylinderschraube DIN 912 M8x25 A2, VE 100', 'Vis CHC DIN 912 M8x25 inox A2, boîte de 100', 'Tornillo Allen DIN 912 M8x25 inox A2, caja de 100', 'Vite TCEI DIN 912 M8x25 inox A2, conf. 100', 'Cilinderkopbout DIN 912 M8x25 RVS A2, doos à 100', 'Socket head cap screw DIN 912 M8x25 A2 stainless, box of 100'),
  I('NW-FST-125-M12', 'box', 4.3, 'Unterlegscheibe DIN 125 M12 verzinkt, VE 500', 'Rondelle plate DIN 125 M12 zinguée, boîte de 500', 'Arandela plana DIN 125 M12 cincada, caja de 500', 'Rondella piana DIN 125 M12 zincata, conf. 500', 'Sluitring DIN 125 M12 verzinkt, doos à 500', 'Flat washer DIN 125 M12 zinc plated, box of 500'),
  I('NW-FST-ANK-M12', 'box', 48.5, 'Schwerlastanker M12x110 galv. verzinkt, VE 25', 'Cheville à expansion M12x110 zinguée, boîte de 25', 'Anclaje de expansión M12x110 cincado, caja de 25', 'Tassello pesante M12x110 zincato, conf. 25', 'Zwaarlastanker M12x110 verzinkt, doos à 25', 'Heavy duty anchor M12x110 zinc plated, box of 25'),
  I('NW-HYD-2SN-DN10', 'm', 7.95, 'Hydraulikschlauch 2SN DN10 (3/8"), 330 bar', 'Flexible hydraulique 2SN DN10 (3/8"), 330 bar', 'Manguera hidráulica 2SN DN10 (3/8"), 330 bar', 'Tubo idraulico 2SN DN10 (3/8"), 330 bar', 'Hydraulische slang 2SN DN10 (3/8"), 330 bar', 'Hydraulic hose 2SN DN10 (3/8"), 330 bar'),
  I('NW-HYD-CPL-A12', 'pc', 12.4, 'Hydraulik-Steckkupplung ISO-A 1/2" Muffe', 'Coupleur hydraulique ISO-A 1/2" femelle', 'Acoplamiento rápido hidráulico ISO-A 1/2" hembra', 'Innesto rapido idraulico ISO-A 1/2" femmina', 'Hydraulische snelkoppeling ISO-A 1/2" mof', 'Hydraulic quick coupling ISO-A 1/2" female'),
  I('NW-HYD-HLP46-20', 'canister', 64.0, 'Hydrauliköl HLP 46, Kanister 20 l', 'Huile hydraulique HLP 46, bidon de 20 l', 'Aceite hidráulico HLP 46, garrafa 20 l', 'Olio idraulico HLP 46, tanica da 20 l', 'Hydraulische olie HLP 46, can 20 l', 'Hydraulic oil HLP 46, 20 l can'),
  I('NW-HYD-FLT-0160', 'pc', 23.8, 'Rücklauffilterelement 0160 R 010, 10 µm', 'Élément filtrant retour 0160 R 010, 10 µm', 'Elemento filtrante de retorno 0160 R 010, 10 µm', 'Elemento filtrante ritorno 0160 R 010, 10 µm', 'Retourfilterelement 0160 R 010, 10 µm', 'Return filter element 0160 R 010, 10 micron'),
  I('NW-ELE-NYM-3X15', 'm', 0.98, 'Mantelleitung NYM-J 3x1,5 mm² grau', 'Câble R2V 3G1,5 mm² gris', 'Cable RZ1-K 3G1,5 mm² gris', 'Cavo FG16OR16 3G1,5 mm² grigio', 'Installatiekabel YMvK 3x1,5 mm² grijs', 'Installation cable 3G1.5 mm² grey'),
  I('NW-ELE-CTR-18A', 'pc', 42.5, 'Leistungsschütz 3-polig 18 A, 7,5 kW, Spule 24 V DC', 'Contacteur tripolaire 18 A, 7,5 kW, bobine 24 V CC', 'Contactor tripolar 18 A, 7,5 kW, bobina 24 V CC', 'Contattore tripolare 18 A, 7,5 kW, bobina 24 V DC', 'Magneetschakelaar 3-polig 18 A, 7,5 kW, spoel 24 V DC', 'Contactor 3-pole 18 A, 7.5 kW, coil 24 V DC'),
  I('NW-ELE-MCB-B16', 'pc', 6.45, 'Leitungsschutzschalter B16, 1-polig, 6 kA', 'Disjoncteur modulaire B16, 1P, 6 kA', 'Interruptor magnetotérmico B16, 1P, 6 kA', 'Interruttore magnetotermico B16, 1P, 6 kA', 'Installatieautomaat B16, 1-polig, 6 kA', 'Miniature circuit breaker B16, 1-pole, 6 kA'),
  I('NW-ELE-LED-T8-150', 'pc', 8.9, 'LED-Röhre T8 150 cm, 24 W, 4000 K', 'Tube LED T8 150 cm, 24 W, 4000 K', 'Tubo LED T8 150 cm, 24 W, 4000 K', 'Tubo LED T8 150 cm, 24 W, 4000 K', 'LED-buis T8 150 cm, 24 W, 4000 K', 'LED tube T8 150 cm, 24 W, 4000 K'),
  I('NW-ELE-CLM-221-413', 'box', 21.6, 'Verbindungsklemme 221-413, 3-Leiter, VE 50', 'Borne de connexion 221-413, 3 conducteurs, boîte de 50', 'Borne de conexión 221-413, 3 conductores, caja de 50', 'Morsetto di connessione 221-413, 3 conduttori, conf. 50', 'Lasklem 221-413, 3-voudig, doos à 50', 'Splicing connector 221-413, 3-conductor, box of 50'),
  I('NW-LAB-NIT-M', 'box', 7.4, 'Nitril-Einmalhandschuhe puderfrei, Gr. M, Box à 100', 'Gants nitrile jetables non poudrés, taille M, boîte de 100', 'Guantes de nitrilo desechables sin polvo, talla M, caja de 100', 'Guanti in nitrile monouso senza polvere, taglia M, conf. 100', 'Nitril wegwerphandschoenen poedervrij, maat M, doos à 100', 'Nitrile disposable gloves powder-free, size M, box of 100'),
  I('NW-LAB-TIP-1000', 'box', 18.2, 'Pipettenspitzen 1000 µl, unsteril, Beutel à 1000', 'Cônes de pipette 1000 µl, non stériles, sachet de 1000', 'Puntas de pipeta 1000 µl, no estériles, bolsa de 1000', 'Puntali per pipetta 1000 µl, non sterili, busta da 1000', 'Pipetpunten 1000 µl, niet steriel, zak à 1000', 'Pipette tips 1000 µl, non-sterile, bag of 1000'),
  I('NW-LAB-BKR-600', 'pc', 3.15, 'Becherglas 600 ml, Borosilikatglas, niedrige Form', 'Bécher 600 ml, verre borosilicaté, forme basse', 'Vaso de precipitados 600 ml, vidrio borosilicato', 'Becher 600 ml, vetro borosilicato, forma bassa', 'Bekerglas 600 ml, borosilicaatglas, lage vorm', 'Beaker 600 ml, borosilicate glass, low form'),
  I('NW-SAF-GLS-CLR', 'pc', 4.6, 'Schutzbrille klar, kratzfest, EN 166', 'Lunettes de protection incolores, anti-rayures, EN 166', 'Gafas de protección incoloras, antirrayado, EN 166', 'Occhiali di protezione trasparenti, antigraffio, EN 166', 'Veiligheidsbril helder, krasbestendig, EN 166', 'Safety glasses clear, anti-scratch, EN 166'),
  I('NW-SAF-GLV-CUTD-9', 'pair', 5.85, 'Schnittschutzhandschuh Level D, Gr. 9', 'Gant anti-coupure niveau D, taille 9', 'Guante anticorte nivel D, talla 9', 'Guanto antitaglio livello D, taglia 9', 'Snijbestendige handschoen niveau D, maat 9', 'Cut resistant glove level D, size 9'),
  I('NW-SAF-EAR-200', 'box', 39.0, 'Gehörschutzstöpsel, Spenderbox à 200 Paar', 'Bouchons d\'oreilles, boîte distributrice de 200 paires', 'Tapones auditivos, caja dispensadora de 200 pares', 'Inserti auricolari, dispenser da 200 paia', 'Oordopjes, dispenserdoos à 200 paar', 'Ear plugs, dispenser box of 200 pairs'),
  I('NW-SAF-HLM-WHT', 'pc', 11.9, 'Schutzhelm weiß, EN 397, mit Ratschenverstellung', 'Casque de chantier blanc, EN 397, réglage crémaillère', 'Casco de seguridad blanco, EN 397, ajuste de rueda', 'Elmetto di sicurezza bianco, EN 397, regolazione a cricchetto', 'Veiligheidshelm wit, EN 397, met draaiknop', 'Safety helmet white, EN 397, ratchet adjustment'),
  I('NW-PKG-STR-500', 'roll', 12.3, 'Stretchfolie 500 mm x 300 m, 23 µm, transparent', 'Film étirable 500 mm x 300 m, 23 µm, transparent', 'Film estirable 500 mm x 300 m, 23 µm, transparente', 'Film estensibile 500 mm x 300 m, 23 µm, trasparente', 'Rekfolie 500 mm x 300 m, 23 µm, transparant', 'Stretch film 500 mm x 300 m, 23 micron, clear'),
  I('NW-PKG-TAPE-50', 'roll', 1.45, 'Packband PP 50 mm x 66 m, braun', 'Ruban adhésif PP 50 mm x 66 m, marron', 'Cinta de embalar PP 50 mm x 66 m, marrón', 'Nastro adesivo PP 50 mm x 66 m, avana', 'Verpakkingstape PP 50 mm x 66 m, bruin', 'Packing tape PP 50 mm x 66 m, brown'),
  I('NW-PKG-BOX-433', 'pc', 0.92, 'Faltkarton 400x300x300 mm, 2-wellig', 'Carton double cannelure 400x300x300 mm', 'Caja de cartón doble canal 400x300x300 mm', 'Scatola cartone doppia onda 400x300x300 mm', 'Dubbelgolf doos 400x300x300 mm', 'Double wall carton 400x300x300 mm'),
  I('NW-TLS-TRQ-40200', 'pc', 129.0, 'Drehmomentschlüssel 40-200 Nm, Antrieb 1/2"', 'Clé dynamométrique 40-200 Nm, carré 1/2"', 'Llave dinamométrica 40-200 Nm, cuadradillo 1/2"', 'Chiave dinamometrica 40-200 Nm, attacco 1/2"', 'Momentsleutel 40-200 Nm, aandrijving 1/2"', 'Torque wrench 40-200 Nm, 1/2" drive'),
  I('NW-TLS-BIT-32', 'set', 24.5, 'Bit-Satz 32-teilig, Torx/PH/PZ, mit Halter', 'Coffret d\'embouts 32 pièces, Torx/PH/PZ', 'Juego de puntas 32 piezas, Torx/PH/PZ', 'Set inserti 32 pezzi, Torx/PH/PZ', 'Bitset 32-delig, Torx/PH/PZ', 'Bit set 32 pieces, Torx/PH/PZ, with holder'),
  I('NW-TLS-HSS-080', 'box', 19.8, 'HSS-G Spiralbohrer 8,0 mm DIN 338, VE 10', 'Foret HSS-G 8,0 mm DIN 338, étui de 10', 'Broca HSS-G 8,0 mm DIN 338, caja de 10', 'Punta elicoidale HSS-G 8,0 mm DIN 338, conf. 10', 'HSS-G spiraalboor 8,0 mm DIN 338, doos à 10', 'HSS-G twist drill 8.0 mm DIN 338, pack of 10'),
  I('NW-TLS-SPR-400', 'spray', 6.2, 'Multifunktionsöl Spray 400 ml', 'Dégrippant multifonction aérosol 400 ml', 'Aceite multiusos spray 400 ml', 'Lubrificante multiuso spray 400 ml', 'Multispray smeermiddel 400 ml', 'Multi-purpose lubricant spray 400 ml'),
  I('NW-BRG-GRS-LG2', 'kg', 18.4, 'Wälzlagerfett Mehrzweck NLGI 2, Gebinde 1 kg', 'Graisse roulements multi-usages NLGI 2, pot de 1 kg', 'Grasa para rodamientos NLGI 2, bote de 1 kg', 'Grasso per cuscinetti NLGI 2, barattolo da 1 kg', 'Lagervet NLGI 2, pot 1 kg', 'Bearing grease multi-purpose NLGI 2, 1 kg tub'),
];
export const UNITS: Record<UnitKind, Record<string, string[]>> = {
  pc: { de: ['Stk', 'ST', 'St'], fr: ['pce', 'u', 'PCE'], es: ['ud', 'UN', 'uds'], it: ['pz', 'NR', 'PZ'], nl: ['st', 'stuks', 'ST'], en: ['pcs', 'EA', 'pc'] },
  box: { de: ['Karton', 'VE', 'PAK'], fr: ['boîte', 'bte', 'carton'], es: ['caja', 'CJ'], it: ['conf', 'CF', 'scatola'], nl: ['doos', 'ds'], en: ['box', 'BX', 'pack'] },
  roll: { de: ['Rolle', 'RL'], fr: ['rouleau', 'rlx'], es: ['rollo', 'RL'], it: ['rotolo', 'RT'], nl: ['rol', 'RL'], en: ['roll', 'RL'] },
  m: { de: ['m', 'M'], fr: ['m', 'ml'], es: ['m', 'M'], it: ['m', 'MT'], nl: ['m', 'mtr'], en: ['m', 'M'] },
  pair: { de: ['Paar', 'PAA'], fr: ['paire', 'PR'], es: ['par', 'PR'], it: ['paio', 'PA'], nl: ['paar', 'PR'], en: ['pair', 'PR'] },
  kg: { de: ['kg', 'KG'], fr: ['kg'], es: ['kg'], it: ['kg', 'KG'], nl: ['kg'], en: ['kg', 'KG'] },
  set: { de: ['Satz', 'Set'], fr: ['jeu', 'kit'], es: ['juego', 'kit'], it: ['kit', 'set'], nl: ['set'], en: ['set', 'kit'] },
  spray: { de: ['Dose', 'DS'], fr: ['aérosol', 'u'], es: ['bote', 'ud'], it: ['bomboletta', 'pz'], nl: ['bus', 'st'], en: ['can', 'EA'] },
  canister: { de: ['Kanister', 'KAN'], fr: ['bidon'], es: ['garrafa'], it: ['tanica'], nl: ['can'], en: ['can', 'drum'] },
};

// ---------- label vocabularies ----------
export type L = Record<string, string[]>;
export const LABELS: Record<string, L> = {
  de: {
    title: ['Bestellung', 'Bestellung', 'Einkaufsbestellung', 'Auftrag'], poNo: ['Bestellnummer', 'Bestell-Nr.', 'Bestellung Nr.', 'Belegnummer'], date: ['Bestelldatum', 'Datum', 'Belegdatum'],
    delDate: ['Liefertermin', 'Wunschtermin', 'Lieferdatum'], contact: ['Ansprechpartner', 'Sachbearbeiter', 'Einkäufer'], phone: ['Telefon', 'Tel.'], email: ['E-Mail'],
    shipTo: ['Lieferanschrift', 'Lieferadresse', 'Warenempfänger'], billTo: ['Rechnungsanschrift', 'Rechnungsadresse', 'Rechnungsempfänger'], terms: ['Zahlungsbedingungen', 'Zahlungsbedingung', 'Zahlungsziel'],
    shipVia: ['Versandart', 'Versand'], incoterms: ['Lieferbedingung', 'Incoterms'], supplier: ['Lieferant', 'An'], supplierNo: ['Lieferanten-Nr.', 'Ihre Lieferantennummer'],
    pos: ['Pos.', 'Pos', 'Position'], custMat: ['Material', 'Unsere Mat.-Nr.', 'Materialnr.'], sku: ['Ihre Art.-Nr.', 'Artikelnummer', 'Art.-Nr.', 'Lief.-Art.-Nr.'], desc: ['Bezeichnung', 'Kurztext', 'Artikelbezeichnung', 'Beschreibung'],
    qty: ['Menge', 'Anzahl', 'Bestellmenge'], unit: ['ME', 'Einheit', 'Eh.'], price: ['Preis', 'Einzelpreis', 'EP', 'Preis/ME'], disc: ['Rabatt %', 'Rab. %'], amount: ['Wert', 'Gesamtpreis', 'Betrag', 'Gesamt', 'Nettowert'], lineDate: ['Liefertermin', 'Termin', 'Lief.-Datum'],
    subtotal: ['Summe netto', 'Nettobetrag', 'Zwischensumme', 'Warenwert netto', 'Gesamtnettowert'], discount: ['Rabatt', 'Sonderrabatt'], shipping: ['Fracht', 'Frachtkosten', 'Versandkosten', 'Fracht und Verpackung'],
    tax: ['MwSt.', 'USt.', 'zzgl. MwSt.'], total: ['Gesamtbetrag', 'Endbetrag', 'Gesamtsumme brutto', 'Bestellwert'], page: ['Seite'], of: ['von'], greet: ['Mit freundlichen Grüßen', 'Freundliche Grüße'], intro: ['Wir bestellen zu unseren Einkaufsbedingungen:', 'Bitte liefern Sie folgende Positionen:', 'Hiermit bestellen wir:'],
  },
  fr: {
    title: ['Bon de commande', 'Commande', 'Commande fournisseur'], poNo: ['Commande n°', 'N° de commande', 'Bon de commande n°', 'Référence commande'], date: ['Date de commande', 'Date', 'Émise le'],
    delDate: ['Date de livraison souhaitée', 'Livraison prévue le', 'Date de livraison'], contact: ['Acheteur', 'Contact', 'Suivi par', 'Interlocuteur'], phone: ['Tél.', 'Téléphone'], email: ['E-mail', 'Courriel'],
    shipTo: ['Adresse de livraison', 'Lieu de livraison', 'Livrer à'], billTo: ['Adresse de facturation', 'Facturer à', 'Facturation'], terms: ['Conditions de paiement', 'Règlement', 'Mode de règlement'],
    shipVia: ["Mode d'expédition", 'Transport', 'Mode de livraison'], incoterms: ['Incoterm', 'Conditions de livraison'], supplier: ['Fournisseur'], supplierNo: ['Code fournisseur', 'N° fournisseur'],
    pos: ['Ligne', 'N°', 'Pos.'], custMat: ['Notre réf.', 'Code interne'], sku: ['Réf. fournisseur', 'Votre référence', 'Référence', 'Réf.'], desc: ['Désignation', 'Description', 'Libellé'],
    qty: ['Qté', 'Quantité'], unit: ['Unité', 'U.', 'UV'], price: ['P.U. HT', 'Prix unitaire', 'PU HT'], disc: ['Remise %', 'Rem.'], amount: ['Montant HT', 'Total HT', 'Montant'], lineDate: ['Date liv.', 'Délai'],
    subtotal: ['Total HT', 'Sous-total HT', 'Montant HT'], discount: ['Remise'], shipping: ['Frais de port', 'Port', 'Participation frais de port'], tax: ['TVA', 'T.V.A.'], total: ['Total TTC', 'Net à payer', 'Montant TTC'],
    page: ['Page'], of: ['/', 'sur'], greet: ['Cordialement', 'Bien cordialement', 'Salutations distinguées'], intro: ['Veuillez nous livrer les articles suivants :', 'Merci de bien vouloir nous livrer :'],
  },
  es: {
    title: ['Pedido', 'Pedido de compra', 'Orden de compra'], poNo: ['Nº pedido', 'Número de pedido', 'Pedido n.º', 'Nº de pedido'], date: ['Fecha', 'Fecha pedido', 'Fecha de pedido'],
    delDate: ['Fecha de entrega', 'Entrega solicitada', 'Plazo de entrega'], contact: ['Comprador', 'Contacto', 'Persona de contacto'], phone: ['Tel.', 'Teléfono'], email: ['Email', 'Correo'],
    shipTo: ['Dirección de entrega', 'Lugar de entrega', 'Entregar en'], billTo: ['Dirección de facturación', 'Facturar a', 'Datos de facturación'], terms: ['Forma de pago', 'Condiciones de pago'],
    shipVia: ['Forma de envío', 'Transporte', 'Expedición'], incoterms: ['Incoterm', 'Condiciones de entrega'], supplier: ['Proveedor'], supplierNo: ['Cód. proveedor', 'Nº proveedor'],
    pos: ['Pos.', 'Línea', 'Nº'], custMat: ['Material', 'Ref. interna'], sku: ['Ref. proveedor', 'Referencia', 'Código', 'Artículo'], desc: ['Descripción', 'Denominación', 'Concepto'],
    qty: ['Cantidad', 'Cant.', 'Uds.'], unit: ['Unidad', 'UM', 'Ud.'], price: ['Precio', 'Precio unit.', 'Precio unitario'], disc: ['Dto. %', 'Dto.'], amount: ['Importe', 'Total', 'Valor neto'], lineDate: ['Fecha entrega', 'F. entrega'],
    subtotal: ['Base imponible', 'Subtotal', 'Importe neto'], discount: ['Descuento'], shipping: ['Portes', 'Gastos de envío', 'Transporte'], tax: ['IVA'], total: ['Total', 'Total pedido', 'Total (EUR)'],
    page: ['Página'], of: ['de'], greet: ['Saludos cordiales', 'Un saludo', 'Atentamente'], intro: ['Les rogamos nos suministren lo siguiente:', 'Por favor, sírvanse enviar:'],
  },
  it: {
    title: ["Ordine d'acquisto", 'Ordine fornitore', 'Ordine'], poNo: ['Ordine n.', 'N. ordine', 'Numero ordine', 'Rif. ordine'], date: ['Data', 'Data ordine', 'Data documento'],
    delDate: ['Data consegna', 'Consegna richiesta', 'Data di consegna'], contact: ['Referente', 'Buyer', 'Rif. interno'], phone: ['Tel.', 'Telefono'], email: ['E-mail', 'Email'],
    shipTo: ['Destinazione merce', 'Luogo di consegna', 'Indirizzo di consegna'], billTo: ['Intestatario fattura', 'Indirizzo di fatturazione', 'Fatturare a'], terms: ['Pagamento', 'Condizioni di pagamento', 'Modalità di pagamento'],
    shipVia: ['Spedizione', 'Mezzo di trasporto', 'Vettore'], incoterms: ['Resa', 'Incoterm'], supplier: ['Fornitore', 'Spett.le'], supplierNo: ['Cod. fornitore'],
    pos: ['Riga', 'Pos.', 'Nr.'], custMat: ['Cod. interno', 'Ns. codice'], sku: ['Vs. codice', 'Codice articolo', 'Cod. fornitore', 'Codice'], desc: ['Descrizione', 'Descrizione articolo'],
    qty: ['Quantità', 'Q.tà', 'Qtà'], unit: ['U.M.', 'UM'], price: ['Prezzo unitario', 'Prezzo', 'Prezzo un.'], disc: ['Sconto %', 'Sc. %'], amount: ['Importo', 'Totale riga', 'Valore'], lineDate: ['Data cons.', 'Consegna'],
    subtotal: ['Imponibile', 'Totale merce', 'Totale imponibile'], discount: ['Sconto'], shipping: ['Spese di trasporto', 'Trasporto', 'Spese di spedizione'], tax: ['IVA'], total: ['Totale ordine', 'Totale documento', 'Totale'],
    page: ['Pagina', 'Pag.'], of: ['di'], greet: ['Cordiali saluti', 'Distinti saluti'], intro: ['Vi preghiamo di fornirci quanto segue:', 'Con la presente ordiniamo:'],
  },
  nl: {
    title: ['Inkooporder', 'Bestelling', 'Inkoopopdracht', 'Bestelbon'], poNo: ['Ordernummer', 'Inkoopordernummer', 'Bestelnummer', 'Ons ordernr.'], date: ['Orderdatum', 'Datum', 'Besteldatum'],
    delDate: ['Leverdatum', 'Gewenste leverdatum', 'Afleverdatum'], contact: ['Inkoper', 'Contactpersoon', 'Behandeld door'], phone: ['Tel.', 'Telefoon'], email: ['E-mail'],
    shipTo: ['Afleveradres', 'Leveradres', 'Leveren aan'], billTo: ['Factuuradres', 'Factureren aan'], terms: ['Betalingscondities', 'Betalingstermijn', 'Betaalconditie'],
    shipVia: ['Verzendwijze', 'Transport', 'Vervoerder'], incoterms: ['Leveringsconditie', 'Incoterm'], supplier: ['Leverancier'], supplierNo: ['Leveranciersnr.', 'Crediteurnr.'],
    pos: ['Regel', 'Pos.', 'Nr.'], custMat: ['Ons artikelnr.', 'Intern nr.'], sku: ['Uw artikelnr.', 'Artikelcode', 'Artikelnummer', 'Art.nr.'], desc: ['Omschrijving', 'Artikelomschrijving'],
    qty: ['Aantal', 'Hoeveelheid'], unit: ['Eenheid', 'Eh.'], price: ['Prijs', 'Stukprijs', 'Prijs per eenheid'], disc: ['Korting %'], amount: ['Bedrag', 'Totaal', 'Regelbedrag'], lineDate: ['Leverdatum'],
    subtotal: ['Subtotaal', 'Totaal excl. BTW', 'Netto bedrag'], discount: ['Korting'], shipping: ['Vrachtkosten', 'Verzendkosten', 'Transportkosten'], tax: ['BTW'], total: ['Totaal incl. BTW', 'Totaal', 'Te betalen'],
    page: ['Pagina'], of: ['van'], greet: ['Met vriendelijke groet', 'Met vriendelijke groeten'], intro: ['Gaarne leveren volgens onderstaande specificatie:', 'Hierbij bestellen wij:'],
  },
  en: {
    title: ['Purchase Order', 'PURCHASE ORDER', 'Purchase order', 'Order'], poNo: ['PO Number', 'PO No.', 'Order No.', 'Purchase Order No.', 'Order number'], date: ['Order Date', 'Date', 'PO Date'],
    delDate: ['Delivery Date', 'Requested Delivery', 'Required Date', 'Delivery date requested'], contact: ['Buyer', 'Contact', 'Purchaser', 'Ordered by'], phone: ['Phone', 'Tel.'], email: ['E-mail', 'Email'],
    shipTo: ['Ship To', 'Delivery Address', 'Deliver to'], billTo: ['Bill To', 'Invoice Address', 'Invoice to'], terms: ['Payment Terms', 'Terms of Payment', 'Terms'],
    shipVia: ['Ship Via', 'Shipping Method', 'Carrier'], incoterms: ['Delivery Terms', 'Incoterms'], supplier: ['Vendor', 'Supplier', 'To'], supplierNo: ['Vendor No.', 'Supplier ID'],
    pos: ['Item', 'Line', 'Pos.', '#'], custMat: ['Our Part No.', 'Material', 'Internal No.'], sku: ['Your Part No.', 'Supplier Item', 'Item No.', 'Part Number', 'Article No.'], desc: ['Description', 'Item Description'],
    qty: ['Qty', 'Quantity', 'Order Qty'], unit: ['UoM', 'Unit', 'UOM'], price: ['Unit Price', 'Price', 'Price/Unit'], disc: ['Disc. %', 'Discount %'], amount: ['Amount', 'Total', 'Net Amount', 'Line Total'], lineDate: ['Del. Date', 'Due Date'],
    subtotal: ['Subtotal', 'Net Total', 'Total excl. VAT'], discount: ['Discount'], shipping: ['Freight', 'Shipping', 'Carriage'], tax: ['VAT', 'Tax'], total: ['Total', 'Order Total', 'Grand Total', 'Total incl. VAT'],
    page: ['Page'], of: ['of'], greet: ['Best regards', 'Kind regards', 'Regards', 'With kind regards'], intro: ['Please supply the following:', 'Please deliver the following items:'],
  },
};
export function pickLabels(lang: string, r: Rng): Record<string, string> {
  const L = LABELS[lang]; const out: Record<string, string> = {};
  for (const k of Object.keys(L)) out[k] = r.pick(L[k]);
  return out;
}
export const COUNTRY_NAMES: Record<string, Record<string, string>> = {
  DE: { de: 'Deutschland', fr: 'Allemagne', es: 'Alemania', it: 'Germania', nl: 'Duitsland', en: 'Germany' },
  AT: { de: 'Österreich', fr: 'Autriche', es: 'Austria', it: 'Austria', nl: 'Oostenrijk', en: 'Austria' },
  CH: { de: 'Schweiz', fr: 'Suisse', es: 'Suiza', it: 'Svizzera', nl: 'Zwitserland', en: 'Switzerland' },
  FR: { de: 'Frankreich', fr: 'France', es: 'Francia', it: 'Francia', nl: 'Frankrijk', en: 'France' },
  BE: { de: 'Belgien', fr: 'Belgique', es: 'Bélgica', it: 'Belgio', nl: 'België', en: 'Belgium' },
  NL: { de: 'Niederlande', fr: 'Pays-Bas', es: 'Países Bajos', it: 'Paesi Bassi', nl: 'Nederland', en: 'Netherlands' },
  ES: { de: 'Spanien', fr: 'Espagne', es: 'España', it: 'Spagna', nl: 'Spanje', en: 'Spain' },
  IT: { de: 'Italien', fr: 'Italie', es: 'Italia', it: 'Italia', nl: 'Italië', en: 'Italy' },
  GB: { de: 'Großbritannien', fr: 'Royaume-Uni', es: 'Reino Unido', it: 'Regno Unito', nl: 'Verenigd Koninkrijk', en: 'United Kingdom' },
};
export const COUNTRY_PREFIX: Record<string, string> = { DE: 'D-', AT: 'A-', CH: 'CH-', FR: 'F-', BE: 'B-', NL: 'NL-', ES: 'E-', IT: 'I-', GB: '' };
