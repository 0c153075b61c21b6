export const MANIFEST_HEAD = `# First-sight set c

53 inputs, each \`NAME.ext\` with \`NAME.truth.json\` beside it (the JSON \`po-inbox extract FILE --json\`
should print, in the shape of \`/work/shared/contract/draft-order.schema.json\`).
Written from the brief and the contract alone; frozen once committed.

Rebuild byte for byte: \`node_modules/.bin/tsx samples/firstsight/c-gen/generate.ts\`
Check the truths (JSON Schema via ajv + ajv-formats, required properties, arithmetic, date-based urgency):
\`node_modules/.bin/tsx samples/firstsight/c-gen/check.ts\`

## The seller (us)

**Harborline Industrial Supply**, an MRO / industrial distributor, 2250 Dock Street, Columbus, OH 43215, USA;
Canadian branch Harborline Industrial Supply (Canada) ULC, 88 Brock Road, Unit 4, Vaughan, ON L4K 2M4.
Order mailbox \`orders@harborline-supply.com\` (domain \`harborline-supply.com\`); inside-sales rep Carlos Mendez
(\`cmendez@harborline-supply.com\`) appears in quoted threads. Every buyer is a different fictional company; item
numbers starting \`HIS-\` are buyers writing our part numbers, the rest are the buyers' own codes.

## Make-up

- By file: 38 \`.eml\`, 9 \`.pdf\`, 3 \`.tif\`, 1 \`.jpg\`, 1 \`.xlsx\`, 1 \`.csv\`.
- By what carries the order: 20 text PDFs from ERP / accounting systems or hand-made forms (c01-c20, alone or
  attached to a mail), 1 mail with two PO PDFs (c35), 3 xlsx + 2 csv (c21-c25), 11 mail bodies (plain, HTML,
  prose, reply to a quote, forward), 10 scans (3 fax TIFF 1-bit G4, 4 image-only PDFs, 2 phone photos, 1
  low-resolution JPEG scan), 6 negatives (invoice PDF to us, shipping notice, quote request, out-of-office,
  remittance advice, newsletter).
- 47 order inputs with 48 orders (c35 carries two).
- Languages: en 35, es 8, de 4, fr-CA 2, fr 1, nl 2, it 1 (18 of 53 = 34 % not English).
- Regions: US 21, Canada 5, Mexico 4, India 3, Australia 3, New Zealand 1, UK 3, Ireland 1, Spain 2,
  Colombia 1, Peru 1, Germany 4, Netherlands 1, Belgium 1, France 1, Italy 1.
- Urgency: 8 urgent, 6 high, 34 normal orders (several normal ones carry negated or fine-print words).

## How the truths were recorded (conventions beyond the contract)

- Non-orders: \`isPurchaseOrder: false\` and \`orders: []\`, as the contract defines.
- \`buyer.customerId\` and \`lines[].catalogSku\` are always null (no customer master or catalogue in this set);
  every truth order has all draft-order, buyer, address and line properties, with null where the document is silent.
- \`confidence\`, \`needsReview\` and \`reviewReasons\` in the truths are nominal (1, true, "customer / items not
  matched") and not a statement about how hard a document is.
- \`source\`: \`file\` is the input's file name; for mail, \`from\` is the envelope sender in lower case,
  \`receivedAt\` is the \`Date:\` header in UTC, \`documents\` lists the body and each attachment with the method a
  reader needs (\`text\`, \`pdf-text\`, \`ocr\`, \`spreadsheet\`).
- Lines in document order; \`lineNo\` is the printed line / item number (SAP 00010 -> 10) or null where none is
  printed; \`sku\` is the buyer's item column as printed (Odoo's \`[CODE] text\` split into sku and description);
  \`description\` is the item text joined into one line (continuation lines such as "Deliv. date:" or "Part No." that
  repeat other fields are not part of it); \`unit\` is the printed unit upper-cased (\`EACH\`, \`NOS\`, \`STK\`,
  \`UNIDADES\`, \`CAJAS\`), null where the document has no unit.
- \`unitPrice\` is the price of one unit as printed; on c01 line 30 the document prints 4.25 per 100 EA, recorded as
  0.0425. On documents with a discount column (c03, c07, c17) \`unitPrice\` is the printed price before discount and
  \`amount\` the printed net line amount.
- \`subtotal\`, \`tax\`, \`shipping\`, \`total\` are as printed, null when not printed. \`tax\` is the sum of all tax
  lines (GST+PST, TPS+TVQ, CGST+SGST). Freight / carriage printed in the totals block is \`shipping\`; a printed
  "Tax 0.00" / "Freight 0.00" is 0, not null.
- Dates: locale of the sender decides ambiguous numeric dates (US month-first; Canada English in c03 is not
  ambiguous; DD/MM elsewhere). A delivery date stated only as a day relative to the mail is resolved against the
  mail's \`Date:\` in the sender's time zone: c26 "by tomorrow" (Thu 2026-04-23 -> 2026-04-24), c31 "by end of week"
  (Mon 2026-06-08 -> Fri 2026-06-12), c32 "within 3 business days" (Tue 2026-11-17 -> Fri 2026-11-20, skipping only
  weekends). "Entrega inmediata", "no rush ... next couple of weeks" and "next truck" give no date (null).
  \`orderDate\` is the date printed on the order, null when the mail gives none.
- Urgency follows the contract's rules on the words and on the requested date counted from the mail's receipt
  (business days = Monday to Friday); files that are not mail have no receipt date, so only words count there.
  \`urgency.reasons\` is free text.
`;

export const MANIFEST_TAIL = `
Scans were drawn with @napi-rs/canvas from the same layouts as the PDFs and degraded with sharp (seeded noise,
skew, blur, 1-bit threshold with speckle and streaks for fax, perspective-ish shear and light fall-off for photos).
`;
