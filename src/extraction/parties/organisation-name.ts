// The buyer is an organisation; the desk that wrote or pays the order is part of its address, not
// of its name: "Lakemont State University - Business Office", "Lakeshore Health Accounts Payable",
// "Hochschule Leinetal - Institut für Mikrobiologie" are ordered by the university, the hospital.

import { hasLegalForm } from '../reading/is-company.ts';
import { isDepartment } from '../reading/is-department.ts';

/** "X - Unit" (a spaced dash) or "X Accounts Payable": the organisation X; anything else as it is. */
export function organisationName(name: string): string {
  const t = name.trim();
  const dash = t.match(/^(\S.{2,}?)\s+[-–—|]\s+(\S.*)$/u);
  // The part after the dash is a unit of the first, unless it is a company in its own right.
  if (dash && dash[1].split(/\s+/).length >= 2 && !hasLegalForm(dash[2]) && !/\d/.test(dash[2])) return dash[1].trim();
  const words = t.split(/\s+/);
  for (let n = Math.min(3, words.length - 2); n >= 1; n--) {
    if (isDepartment(words.slice(-n).join(' '))) return words.slice(0, -n).join(' ');
  }
  return t;
}
