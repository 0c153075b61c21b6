import type { Po } from './model.ts';

/**
 * Guards against a renderer silently dropping a field the label claims: every label value that is
 * printed verbatim must occur in the texts the sample actually contains.
 */
export function checkMentions(name: string, po: Po, texts: string[]): void {
  const all = texts.join('\n');
  const want: [string, string | null | undefined][] = [
    ['poNumber', po.poNumber], ['paymentTerms', po.paymentTerms], ['shippingMethod', po.shippingMethod],
    ['contact.name', po.contact?.name], ['contact.email', po.contact?.email], ['contact.phone', po.contact?.phone],
    ['shipTo.postalCode', po.shipTo?.postalCode], ['billTo.postalCode', po.billTo?.postalCode],
    ['shipTo.name', po.shipTo?.name], ['notes', po.notes],
  ];
  for (const l of po.lines) want.push(['line.sku', l.sku]);
  for (const l of po.lines) want.push(['line.description (start)', l.description?.split(' ').slice(0, 2).join(' ')]);
  const missing = want.filter(([, v]) => v && !all.includes(v) && !all.replace(/\s+/g, ' ').includes(v));
  if (missing.length) throw new Error(`${name}: label values not in the sample: ${missing.map(([k, v]) => `${k}=${v}`).join(', ')}`);
}
