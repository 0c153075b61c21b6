import { describe, expect, it } from 'vitest';
import { matchCustomer } from './match-customer.ts';
import { master, order } from './testing/master-fixture.ts';

const none = { verdict: 'none' as const, detail: 'no Authentication-Results header', ignored: [], warnings: [] };
const pass = { verdict: 'pass' as const, detail: 'dmarc=pass', ignored: [], warnings: [] };
const anonymous = order([], { buyer: { company: null, contactName: null, email: null, phone: null, customerId: null }, shipTo: null });

describe('matchCustomer', () => {
  it('takes an authenticated sender domain at high confidence, with its reason', () => {
    const m = matchCustomer({ order: anonymous, from: 'x@northwind.example', auth: pass, texts: [] }, master.customers);
    expect(m).toMatchObject({ customerId: 'C-1', confidence: 0.95, reason: 'sender domain northwind.example belongs to C-1', reviewReasons: [] });
  });

  it('finds a fax by the number in its fax header', () => {
    const m = matchCustomer({ order: anonymous, from: null, auth: none, texts: ['FAX FROM: +1 555 0100 200   03/02/2026 09:12  P.1/1\nPURCHASE ORDER'] }, master.customers);
    expect(m).toMatchObject({ customerId: 'C-1', confidence: 0.9 });
    expect(m.reason).toMatch(/fax header number/);
  });

  it('uses the buyer name and ship-to town when the sender tells nothing', () => {
    const m = matchCustomer({ order: order([]), from: 'someone@gmail.example', auth: pass, texts: [] }, master.customers);
    expect(m.customerId).toBe('C-1');
    expect(m.reason).toMatch(/buyer name matches C-1 "Northwind Traders" \(1\.00\) and so does the ship-to address/);
  });

  it('calls an unknown buyer unknown', () => {
    const m = matchCustomer(
      {
        order: order([], { buyer: { company: 'Acme Rockets', contactName: null, email: null, phone: null, customerId: null }, shipTo: null }),
        from: 'a@acme.example',
        auth: pass,
        texts: [],
      },
      master.customers,
    );
    expect(m.customerId).toBeNull();
    expect(m.reviewReasons).toEqual(['unknown customer: no customer matches sender a@acme.example or buyer "Acme Rockets"']);
  });

  it('matches an unauthenticated sender only together with what the document says', () => {
    const alone = matchCustomer({ order: anonymous, from: 'x@northwind.example', auth: none, texts: [] }, master.customers);
    expect(alone.customerId).toBeNull();
    expect(alone.reviewReasons[0]).toBe(
      'sender x@northwind.example is listed for C-1 but could not be authenticated (no Authentication-Results header): no customer is matched by the sender address alone',
    );
    const backed = matchCustomer({ order: order([]), from: 'x@northwind.example', auth: none, texts: [] }, master.customers);
    expect(backed.customerId).toBe('C-1');
    expect(backed.reason).toMatch(/^sender domain northwind\.example belongs to C-1; .*buyer name matches C-1/);
    expect(backed.reviewReasons).toContain('sender x@northwind.example could not be authenticated (no Authentication-Results header)');
  });

  it('names ignored pass claims and display-name warnings as review reasons', () => {
    const auth = {
      ...none,
      ignored: ['ignored Authentication-Results by "x" claiming dmarc=pass: it was not added by our mail server'],
      warnings: ['the sender’s display name shows a@b.example, but the mail came from c@d.example'],
    };
    const m = matchCustomer({ order: order([]), from: 'c@d.example', auth, texts: [] }, master.customers);
    expect(m.reviewReasons.slice(0, 2)).toEqual([...auth.ignored, ...auth.warnings]);
  });
});
