// Dates as the standards write them to ISO YYYY-MM-DD: CCYYMMDD (X12 DTM, EDIFACT format 102),
// YYMMDD (X12 4010's two-digit years, EDIFACT 101), CCYYMMDDHHMM (EDIFACT 203), and ISO 8601
// date-times (cXML, UBL). A date that is not a calendar date is null.

export function toStandardDate(value: string | null | undefined, format?: string | null): string | null {
  const v = value?.trim();
  if (!v) return null;
  let y: number, m: number, d: number;
  const iso = /^(\d{4})-(\d{2})-(\d{2})/.exec(v);
  if (iso) [y, m, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  else if (/^\d{8}/.test(v) && format !== '101') [y, m, d] = [Number(v.slice(0, 4)), Number(v.slice(4, 6)), Number(v.slice(6, 8))];
  else if (/^\d{6}$/.test(v)) [y, m, d] = [2000 + Number(v.slice(0, 2)), Number(v.slice(2, 4)), Number(v.slice(4, 6))];
  else return null;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}
