/** Text and attribute values for XML written by hand: the five special characters escaped. */
export function toXmlText(value: string | number | null | undefined): string {
  return String(value ?? '').replace(/[<>&"']/g, (ch) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[ch]!);
}
