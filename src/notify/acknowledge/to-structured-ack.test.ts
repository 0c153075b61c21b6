import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import type { LayoutDocument, ReadInput } from '../../domain/layout.ts';
import { toStructuredDrafts } from '../../extraction/structured/to-structured-drafts.ts';
import { parseSafeXml } from '../../structured/parse-safe-xml.ts';
import { readStructured } from '../../structured/read-structured.ts';
import { tokenizeEdifact } from '../../structured/tokenize-edifact.ts';
import { tokenizeX12 } from '../../structured/tokenize-x12.ts';
import { toStructuredAck } from './to-structured-ack.ts';

const SAMPLES = join(import.meta.dirname, '../../../samples/structured');
const NOW = new Date('2026-03-02T10:30:00Z');
const input: ReadInput = { kind: 'file', messageId: null, from: null, fromName: null, subject: null, receivedAt: null, file: null, documents: [] };

function draftOf(name: string) {
  const reading = readStructured(readFileSync(join(SAMPLES, name), 'utf8'))!;
  const doc: LayoutDocument = { name, mediaType: 'text/plain', method: 'edi', pageCount: null, pages: [], text: '', structured: reading };
  return toStructuredDrafts(doc, input)[0];
}

describe('acknowledgements in kind', () => {
  it("an X12 855 for an 850: a valid envelope (ISA 106 characters, SE and GE counts), back to the buyer's id", () => {
    const ack = toStructuredAck(draftOf('x12-850-4010.edi'), 'outbox-1', NOW)!;
    expect(ack.filename).toBe('855_4500012345.x12');
    const x = tokenizeX12(ack.content);
    expect(x.receiver).toEqual({ qualifier: 'ZZ', id: 'LAKEVIEWGROC' });
    expect(x.sender).toEqual({ qualifier: 'ZZ', id: 'NORTHWINDSUP' });
    expect(x.transactions.map((t) => [t.type, t.version])).toEqual([['855', '004010']]);
    const segs = x.transactions[0].segments;
    expect(segs.find((s) => s[0] === 'BAK')?.slice(1, 4)).toEqual(['00', 'AD', '4500012345']);
    expect(segs.filter((s) => s[0] === 'ACK').map((s) => s.slice(1, 4))).toEqual([
      ['IA', '24', 'CA'],
      ['IA', '10', 'EA'],
      ['IA', '5', 'BX'],
    ]);
    expect(readStructured(ack.content)!.orders[0].notOrder).toMatch(/acknowledgement/);
    expect(toStructuredAck(draftOf('x12-850-4010.edi'), 'outbox-1', NOW)!.content).toBe(ack.content);
  });

  it('an X12 855 in 5010 for a 5010 850', () => {
    const x = tokenizeX12(toStructuredAck(draftOf('x12-850-5010.x12'), 'outbox-2', NOW)!.content);
    expect(x.transactions[0].version).toBe('005010');
    expect(x.separators.repetition).toBe('^');
  });

  it('an EDIFACT ORDRSP for ORDERS: a valid envelope (UNT count, UNZ), lines accepted', () => {
    const ack = toStructuredAck(draftOf('edifact-orders-d96a.edi'), 'outbox-3', NOW)!;
    const x = tokenizeEdifact(ack.content);
    expect(x.recipient).toEqual({ id: '4012345000009', qualifier: '14' });
    expect(x.messages[0].identifier).toEqual(['ORDRSP', 'D', '96A', 'UN', 'EAN005']);
    const tags = x.messages[0].segments.map((s) => s.tag);
    expect(tags.filter((t) => t === 'LIN')).toHaveLength(2);
    expect(x.messages[0].segments.find((s) => s.tag === 'BGM')?.elements).toEqual([['231'], ['ACK-ORD-2026-0117'], ['29']]);
    expect(readStructured(ack.content)!.orders[0].notOrder).toMatch(/order response/);
  });

  it('a cXML ConfirmationRequest for an OrderRequest, referring to its payloadID, well-formed', () => {
    const ack = toStructuredAck(draftOf('cxml-order-request.xml'), 'outbox-4', NOW)!;
    expect(XMLValidator.validate(ack.content)).toBe(true);
    const { name, root } = parseSafeXml(ack.content);
    expect(name).toBe('cXML');
    expect(ack.content).toContain(
      '<OrderReference orderID="HVH-PO-208811" orderDate="2026-01-15"><DocumentReference payloadID="1768473600123.4471@buyer.harborview-health.example"/>',
    );
    expect(ack.content).toContain('<ConfirmationHeader type="accept"');
    expect(ack.content.match(/<ConfirmationItem /g)).toHaveLength(3);
    expect(JSON.stringify(root)).not.toContain('harbor-s3cret');
    expect(readStructured(ack.content)!.orders[0].notOrder).toMatch(/confirmation/);
  });

  it('a UBL OrderResponse for a UBL Order, accepted, well-formed', () => {
    const ack = toStructuredAck(draftOf('ubl-order-peppol.xml'), 'outbox-5', NOW)!;
    expect(XMLValidator.validate(ack.content)).toBe(true);
    expect(ack.content).toContain('<cbc:OrderResponseCode>AP</cbc:OrderResponseCode>');
    expect(ack.content).toContain('<cac:OrderReference><cbc:ID>BST-2026-0391</cbc:ID></cac:OrderReference>');
    expect(readStructured(ack.content)!.orders[0].notOrder).toMatch(/order response/);
  });
});

describe('the acknowledgement mail of a structured order', () => {
  it('attaches the acknowledgement in kind; a document order gets none', async () => {
    const { toAckMail } = await import('../to-ack-mail.ts');
    const base = {
      from: 'orders@northwind.example',
      to: 'dana.whitfield@lakeview-grocers.example',
      messageId: '<ack.d1@northwind.example>',
      originalMessageId: null,
      originalHeaders: { fields: [] } as never,
      originalSubject: null,
      now: NOW,
    };
    const order = draftOf('x12-850-4010.edi');
    const mail = toAckMail({ ...base, order });
    expect(mail.attachments?.map((a) => [a.filename, a.contentType])).toEqual([['855_4500012345.x12', 'application/EDI-X12']]);
    expect(tokenizeX12(mail.attachments![0].content).transactions[0].type).toBe('855');
    expect(mail.text).toContain('Attached: 855_4500012345.x12');
    const { structured: _structured, ...plain } = order;
    expect(toAckMail({ ...base, order: plain }).attachments).toBeUndefined();
  });
});
