// What an item number looks like as printed: "6204-2RS", "RM-LAB-0031", "WG-118", "CH-11S-116".
// The one test of that shape, for table columns, priced rows, dash records and labelled cells.

/** A letter or digit, then two or more letters, digits, '.', '/' or '-'. */
const SHAPE = /^[A-Z0-9][A-Z0-9./-]{2,}$/;
const SHAPE_ANY_CASE = /^[A-Z0-9][A-Z0-9./-]{2,}$/i;
/** "AB-CD", "HX-M-ROT": letter groups joined by dashes. */
const DASHED_LETTERS = /^[A-Z]{2,}(?:-[A-Z0-9]+)+$/;

/**
 * The shape of an item number: a digit with a letter or a dash ("6204-2RS", "40-1234"), or dashed
 * letter groups ("HX-ROT"), in capitals as item numbers are printed; not a word, not a count or a price.
 * `vouched`: a label already says the value is an item number ("Our part no: ab1234"), so any case
 * and plain digits do, as long as a digit or a dash is in it.
 */
export function isItemCode(text: string, opts: { vouched?: boolean } = {}): boolean {
  if (opts.vouched) return SHAPE_ANY_CASE.test(text) && /[\d-]/.test(text);
  if (!SHAPE.test(text)) return false;
  return (/\d/.test(text) && /[A-Z-]/.test(text)) || DASHED_LETTERS.test(text);
}
