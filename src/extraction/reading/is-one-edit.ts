/** One letter changed, added or dropped between `a` and `b` (not none): the slip OCR makes most. */
export function isOneEdit(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) return a.slice(i + 1) === b.slice(i + 1);
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/** The one candidate `isNear` accepts, or null when none or several do: a misreading is mended only where that is unambiguous. */
export function onlyNear<T>(candidates: Iterable<T>, isNear: (candidate: T) => boolean): T | null {
  let found: { value: T } | null = null;
  for (const candidate of candidates) {
    if (!isNear(candidate)) continue;
    if (found) return null;
    found = { value: candidate };
  }
  return found?.value ?? null;
}
