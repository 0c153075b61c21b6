import { UNIT_WORDS } from '../reading/vocabulary.ts';

// Units written as words in prose ("3 boxes", "6 Beutel", "2 cajas") become one upper-case unit,
// singular, as the contract writes units (BOX, CASE, ROLL); abbreviations stay as written (PCS).
const PLURALS: Record<string, string> = {
  boxes: 'BOX', cases: 'CASE', rolls: 'ROLL', packs: 'PACK', pairs: 'PAIR', bags: 'BAG', cartons: 'CARTON',
  sets: 'SET', pallets: 'PALLET', pieces: 'PIECE', units: 'UNIT', bottles: 'BOTTLE', tubes: 'TUBE', drums: 'DRUM',
  sheets: 'SHEET', reels: 'REEL', spools: 'SPOOL', kits: 'KIT', cans: 'CAN', coils: 'COIL', buckets: 'BUCKET',
  dozen: 'DOZEN', kartons: 'KARTON', pakete: 'PAKET', pakets: 'PAKET', stücke: 'STÜCK', flaschen: 'FLASCHE', tuben: 'TUBE', garrafas: 'GARRAFA', packungen: 'PACKUNG', rollen: 'ROLLE', dosen: 'DOSE', kisten: 'KISTE', säcke: 'SACK', eimer: 'EIMER',
  boîtes: 'BOÎTE', paires: 'PAIRE', flacons: 'FLACON', cartouches: 'CARTOUCHE', boites: 'BOITE', paquets: 'PAQUET', rouleaux: 'ROULEAU', pièces: 'PIÈCE', sacs: 'SAC', bidons: 'BIDON', lots: 'LOT',
  cajas: 'CAJA', paquetes: 'PAQUETE', rollos: 'ROLLO', piezas: 'PIEZA', unidades: 'UNIDAD', bolsas: 'BOLSA', pares: 'PAR', juegos: 'JUEGO', bidones: 'BIDÓN',
};
const SINGULARS = ['paire', 'flacon', 'cartouche', 'paket', 'flasche', 'garrafa', 'box', 'case', 'roll', 'pack', 'pair', 'bag', 'carton', 'set', 'pallet', 'piece', 'bottle', 'tube', 'drum', 'sheet', 'reel', 'spool', 'kit', 'can', 'coil', 'bucket', 'beutel', 'karton', 'packung', 'rolle', 'dose', 'kiste', 'sack', 'paar', 'stück', 'boîte', 'boite', 'paquet', 'rouleau', 'pièce', 'sac', 'bidon', 'caja', 'paquete', 'rollo', 'pieza', 'unidad', 'bolsa', 'par', 'juego'];

export const UNIT_PATTERN = [...Object.keys(PLURALS), ...SINGULARS, ...UNIT_WORDS.map((u) => u.toLowerCase())]
  .map((u) => u.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
  .sort((a, b) => b.length - a.length)
  .join('|');

export function toUnit(word: string): string {
  const w = word.toLowerCase().replace(/\.$/, '');
  return PLURALS[w] ?? word.replace(/\.$/, '').toUpperCase();
}
