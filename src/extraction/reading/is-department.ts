// "Accounts Payable", "Purchasing Dept.", "Einkauf": a desk of the company, not a person to call.
// A contact field holding one is no contact; an attention line naming one is part of the address.

const DEPARTMENT =
  /^(?:the\s+)?(?:accounts?\s+(?:payable|receivable)|a\/?p|purchasing|procurement|receiving|shipping|stores|warehouse|buying|finance|accounting|invoices?|orders?)(?:\s+(?:dept\.?|department|team|office|desk))?$|\b(?:dept\.?|department)$|^(?:einkauf|buchhaltung|kreditorenbuchhaltung|wareneingang|service\s+achats|achats|comptabilit[ée]|compras|contabilidad|ufficio\s+acquisti|acquisti|amministrazione|inkoop|crediteurenadministratie)$/i;

export function isDepartment(text: string): boolean {
  return DEPARTMENT.test(text.trim());
}
