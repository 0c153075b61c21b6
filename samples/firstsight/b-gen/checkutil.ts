import { COUNTRY_NAMES, COUNTRY_PREFIX } from './lib.ts';
export { pdfText } from './render.ts';
export const COUNTRY: Record<string, string[]> = Object.fromEntries(Object.keys(COUNTRY_NAMES).map(c => [c, [...Object.values(COUNTRY_NAMES[c]), ...(COUNTRY_PREFIX[c] ? [COUNTRY_PREFIX[c]] : [])]]));
