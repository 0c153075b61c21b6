// A company name carries a legal form (Ltd, GmbH, S.L.) or a trade word (Supply, Industries).
// Short forms (KG, AG, SA, Co) count only in capitals, so "25 kg" or "as" in a sentence do not.
const LONG_FORMS =
  /\b(inc|llc|l\.l\.c|ltd|limited|corp|corporation|company|gmbh|ohg|sarl|s\.a\.r\.l|sas|s\.\s?l\.?(?:\s?u\.?)?|s\.\s?a\.?(?:\s?u\.?)?|b\.v|n\.v|plc|srl|s\.r\.l|spa|s\.p\.a|pty|lda|ltda|group|industries|manufacturing|supply|supplies|systems|solutions|services|technologies|electronics|electric|engineering|tools|foods|logistics|laboratories|holdings|enterprises|partners|trading|distribution|distributors|contractors|construction)(?![\p{L}\d])/iu;
const SHORT_FORMS = /\b(KG|AG|SE|SA|SL|SLU|SAU|AB|AS|Co|CO|NV|BV|Oy|e\.K|GbR|UG|Sp\. z o\.o)(?![\p{L}\d])/u;

export function hasLegalForm(text: string): boolean {
  return LONG_FORMS.test(text) || SHORT_FORMS.test(text);
}

const LEGAL_FORMS_GLOBAL = [new RegExp(LONG_FORMS.source, 'giu'), new RegExp(SHORT_FORMS.source, 'gu')];

/** Nothing but a legal form ("Inc.", "Lda.", "S.A.", "GmbH & Co. KG"): the tail of a name cut at its comma. */
export function isLegalFormAlone(text: string): boolean {
  if (!hasLegalForm(text)) return false;
  return /^[\s.,&]*$/.test(LEGAL_FORMS_GLOBAL.reduce((t, form) => t.replace(form, ''), text));
}

/** A company name: a legal-form or trade word plus at least one other word, not a sentence. */
export function isCompany(text: string): boolean {
  const t = text.trim();
  return hasLegalForm(t) && t.split(/\s+/).length >= 2 && t.length <= 70 && !/\d{2,}\s?(kg|g|mm|cm|m|l|ml)\b/i.test(t);
}
