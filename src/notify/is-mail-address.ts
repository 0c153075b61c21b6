// One bare address, strictly: no display name, no list, no comment, no line break, so a value
// taken from a document can never add a recipient or a header.

const ADDRESS = /^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+$/;

export function isMailAddress(value: string | null | undefined): boolean {
  return typeof value === 'string' && value.length <= 254 && ADDRESS.test(value);
}
