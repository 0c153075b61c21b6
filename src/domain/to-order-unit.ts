// Unit codes of the standards (UN/ECE Recommendation 20 as UBL and EDIFACT use it, X12's own 355
// list, cXML's UN/ECE codes) to our units, so a line of 10 PCE and one of 10 EA are the same.
// A code not listed stays as written, upper case.

const UNITS: Record<string, string> = {
  EA: 'EA',
  EACH: 'EA',
  C62: 'EA',
  H87: 'EA',
  PCE: 'EA',
  PC: 'EA',
  PCS: 'EA',
  NMP: 'EA',
  UN: 'EA',
  NAR: 'EA',
  CS: 'CS',
  CA: 'CS',
  CT: 'CS',
  CR: 'CS',
  BX: 'BOX',
  BOX: 'BOX',
  PK: 'PK',
  PA: 'PK',
  PAC: 'PK',
  PCK: 'PK',
  DZ: 'DZ',
  DZN: 'DZ',
  PR: 'PR',
  PAI: 'PR',
  RL: 'RL',
  RO: 'RL',
  ST: 'SET',
  SET: 'SET',
  SE: 'SET',
  KG: 'KG',
  KGM: 'KG',
  LB: 'LB',
  LBR: 'LB',
  GR: 'G',
  GRM: 'G',
  M: 'M',
  MTR: 'M',
  MR: 'M',
  FT: 'FT',
  FOT: 'FT',
  L: 'L',
  LT: 'L',
  LTR: 'L',
  GA: 'GAL',
  GLL: 'GAL',
  HR: 'H',
  HUR: 'H',
  PL: 'PAL',
  PX: 'PAL',
  PF: 'PAL',
};

export function toOrderUnit(code: string | null | undefined): string | null {
  const c = code?.trim().toUpperCase();
  if (!c) return null;
  return UNITS[c] ?? c;
}
