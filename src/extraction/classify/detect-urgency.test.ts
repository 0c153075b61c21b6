import { describe, expect, it } from 'vitest';
import type { UrgencyLevel } from '../../domain/draft-order.ts';
import { detectUrgency, type UrgencyInput } from './detect-urgency.ts';

const none: UrgencyInput = { subject: null, body: null, documentTexts: [], receivedAt: null, requestedDeliveryDate: null };
const inBody = (body: string): UrgencyInput => ({ ...none, body });
const levelOf = (input: UrgencyInput): UrgencyLevel => detectUrgency(input).level;

describe('detectUrgency: emergency words → urgent', () => {
  it.each([
    'URGENT',
    'urgent',
    'Urgent order, please',
    'This is URGENT!',
    'Urgently needed',
    'Please ship ASAP',
    'please ship asap.',
    'Please ship A.S.A.P.',
    'please ship a.s.a.p',
    'as soon as possible please',
    'RUSH ORDER',
    'Rush',
    'This is a rush.',
    'emergency order',
    'Emergency!',
    'Line down at plant 2',
    'LINE-DOWN',
    'machine down, need parts',
    'Production down since 6am',
    'critical part for assembly',
    'CRITICAL',
    'same-day shipping please',
    'same day delivery',
    'Please ship same day',
    'ship overnight',
    'FedEx Priority Overnight',
    'UPS Next Day Air',
    'next-day shipping',
    'next day delivery please',
    'We need it by tomorrow',
    'needed tomorrow',
    'need these tomorrow',
    'ship immediately',
    'immediate delivery required',
    // German
    'DRINGEND',
    'dringende Bestellung',
    'Bitte dringend liefern',
    'eilig',
    'Eilt!',
    'Eilauftrag',
    'eilige Lieferung',
    'Bitte sofort liefern',
    'Bandstillstand!',
    'Maschinenstillstand bei Kunde',
    'so schnell wie möglich liefern',
    'schnellstmöglich',
    // French
    'Commande urgente',
    'URGENT - commande',
    "C'est une urgence",
    'livrer au plus vite',
    'dès que possible',
    'des que possible',
    'arrêt de production',
    'arret de production',
    // Spanish
    'Pedido URGENTE',
    'urgente',
    'entregar lo antes posible',
    'cuanto antes por favor',
    'parada de línea',
    'parada de linea',
  ])('%j', (text) => {
    expect(levelOf(inBody(text))).toBe('urgent');
  });
});

describe('detectUrgency: softer priority words → high', () => {
  it.each([
    'priority',
    'High Priority',
    'PRIORITY ORDER',
    'Please prioritize this',
    'please expedite if possible',
    'Expedited shipping',
    'as soon as you can',
    'at your earliest convenience',
    'by end of week',
    'by the end of the week',
    'end of this week',
    'need it this week',
    'Priorität',
    'mit hoher Priorität',
    'bevorzugt behandeln',
    'zeitnah liefern',
    'bis Ende der Woche',
    'commande prioritaire',
    'à traiter en priorité',
    'livrer rapidement',
    "d'ici la fin de la semaine",
    'prioridad alta',
    'pedido prioritario',
    'para finales de semana',
    'Priority: High',
  ])('%j', (text) => {
    expect(levelOf(inBody(text))).toBe('high');
  });
});

describe('detectUrgency: negations and plain text → normal', () => {
  it.each([
    'Please find our order attached.',
    'no rush',
    'No rush on this one.',
    'NOT URGENT',
    'not urgent',
    'This is not urgent',
    'non-urgent',
    'nonurgent',
    'nothing urgent',
    'no hurry',
    'urgency: none',
    'Urgency: NONE',
    'Urgency: normal',
    'not a priority',
    'low priority',
    'Priority: Normal',
    'Priority: low',
    'no need to expedite',
    'there is no need to rush this',
    "We don't need this urgently",
    "isn't urgent",
    "doesn't need to be rushed, it isn't a rush",
    'Urgent: No',
    'Rush: N',
    'Expedite? No.',
    'kein Eilauftrag',
    'nicht dringend',
    'Es ist nicht dringend.',
    'keine Eile',
    'pas urgent',
    "pas d'urgence",
    'rien ne presse',
    'no es urgente',
    'sin prisa',
    'sin urgencia',
    'no hay prisa',
    // word boundaries
    'crush resistant packaging',
    'Mount Rushmore Supply Co.',
    'brush heads',
    'urgentissimo?',
    'Criticality analysis attached',
    'overnighted',
    // not the buyer's request
    'In urgent cases please call +49 89 1234',
    'For urgent matters contact our hotline.',
    'for urgent enquiries call 555-0100',
    'If urgent, call me on my mobile.',
    'Rush orders must be placed before 2 pm.',
    'In case of emergency call 911',
    'Emergency contact: Jane Doe',
    'In dringenden Fällen erreichen Sie uns unter 089 1234',
    'Zahlbar sofort ohne Abzug',
    'Zahlung: sofort netto',
    'Ab sofort gilt unsere neue Adresse.',
    "En cas d'urgence, appelez le 01 23 45 67 89",
    'En caso de urgencia llame al 91 123 45 67',
    'Critical dimensions must be held per drawing',
    'Ship via USPS Priority Mail',
    'Please confirm receipt of this order ASAP.',
    'Please send us your order confirmation as soon as possible.',
    'Bitte bestätigen Sie umgehend den Auftrag.',
    'Bitte senden Sie uns dringend eine Auftragsbestätigung.',
    'Merci de confirmer la commande au plus vite.',
    'Por favor confirmen el pedido lo antes posible.',
    'Please reply at your earliest convenience',
    'Urgent:\nPO Number: 4711',
    'Urgente:',
  ])('%j', (text) => {
    expect(levelOf(inBody(text))).toBe('normal');
  });
});

describe('detectUrgency: where the words are', () => {
  it.each<[string, UrgencyInput, UrgencyLevel, string]>([
    ['subject', { ...none, subject: 'LINE DOWN - PO 4711' }, 'urgent', '"LINE DOWN" in subject'],
    ['body', { ...none, body: 'We are line down.' }, 'urgent', '"line down" in body'],
    ['document', { ...none, documentTexts: ['PO 4711', 'Remarks: RUSH'] }, 'urgent', '"RUSH" in document 2'],
    ['document high', { ...none, documentTexts: ['Please expedite'] }, 'high', '"expedite" in document 1'],
    ['PO No. then urgent', { ...none, subject: 'PO No 4711 urgent' }, 'urgent', '"urgent" in subject'],
    ['urgent heading, then confirm', { ...none, body: 'URGENT: please confirm the attached order' }, 'urgent', '"URGENT" in body'],
    ['confirm and ship', { ...none, body: 'Please confirm and ship ASAP' }, 'urgent', '"ASAP" in body'],
    ['contrast ends a negation', { ...none, body: 'not urgent but critical' }, 'urgent', '"critical" in body'],
    ['do not delay', { ...none, body: 'Please do not delay this urgent order' }, 'urgent', '"urgent" in body'],
    ['no later than', { ...none, body: 'no later than Monday, rush' }, 'urgent', '"rush" in body'],
    ['need, then confirm', { ...none, body: 'We need the parts ASAP, please confirm receipt.' }, 'urgent', '"ASAP" in body'],
    ['boilerplate and a real request', { ...none, body: 'Please ship ASAP.\n\nFor urgent matters contact our hotline.' }, 'urgent', '"ASAP" in body'],
    ['overnight inside a service name', { ...none, body: 'Ship via FedEx Priority Overnight' }, 'urgent', '"Overnight" in body'],
    ['label with a value', { ...none, documentTexts: ['Urgent: yes'] }, 'urgent', '"Urgent" in document 1'],
  ])('%s', (_name, input, level, reason) => {
    const result = detectUrgency(input);
    expect(result.level).toBe(level);
    expect(result.reasons).toContain(reason);
  });

  it('names the negation and where it was', () => {
    expect(detectUrgency(inBody('No rush, ship with the next truck.')).reasons).toContain('"No rush" in body negates urgency');
    expect(detectUrgency({ ...none, subject: 'Urgency: none' }).reasons).toContain('"Urgency: none" in subject negates urgency');
    expect(detectUrgency(inBody('Das ist nicht dringend')).reasons).toContain('"nicht dringend" in body negates urgency');
  });

  it('says why boilerplate was ignored', () => {
    const { level, reasons } = detectUrgency(inBody('For urgent matters contact our hotline.'));
    expect(level).toBe('normal');
    expect(reasons).toEqual(['"urgent" in body ignored: "For urgent matters" is boilerplate']);
  });

  it('a negation cancels only the word it negates; levels combine by max', () => {
    expect(levelOf({ ...none, subject: 'URGENT', body: 'no rush on the invoice copy' })).toBe('urgent');
    expect(levelOf({ ...none, subject: 'not urgent', body: 'please expedite' })).toBe('high');
    expect(levelOf({ ...none, subject: 'priority', documentTexts: ['LINE DOWN'] })).toBe('urgent');
  });

  it('lists fired reasons first, highest level first', () => {
    const { reasons } = detectUrgency({ ...none, subject: 'priority order', body: 'no hurry on the rest. Machine down!' });
    expect(reasons[0]).toBe('"Machine down" in body');
    expect(reasons[1]).toBe('"priority" in subject');
    expect(reasons).toContain('"no hurry" in body negates urgency');
  });
});

describe('detectUrgency: table columns', () => {
  const header = 'Pos   Artículo      Cantidad   Urgente\n';
  it.each<[string, string, UrgencyLevel]>([
    ['empty cells under "Urgente"', `${header}1     ABC-100       10\n2     ABC-200       5\n`, 'normal'],
    ['an X under "Urgente"', `${header}1     ABC-100       10         X\n2     ABC-200       5\n`, 'urgent'],
    ['"sí" under "Urgente"', `${header}1     ABC-100       10         sí\n`, 'urgent'],
    ['"no" under "Urgente"', `${header}1     ABC-100       10         no\n`, 'normal'],
    ['tab-separated header, empty', 'Item\tQty\tRush\nA-1\t10\t\n', 'normal'],
    ['URGENT as a value in a data row', '1   ABC-100   10 EA   URGENT\n', 'urgent'],
  ])('%s', (_name, doc, level) => {
    expect(levelOf({ ...none, documentTexts: [doc] })).toBe(level);
  });
});

describe('detectUrgency: requested delivery date', () => {
  // 2026-03-06 is a Friday.
  const friday = '2026-03-06T09:15:00+01:00';
  it.each<[string, string, string, UrgencyLevel, string]>([
    ['same day', friday, '2026-03-06', 'urgent', 'requested delivery 2026-03-06 is on the day of receipt 2026-03-06'],
    ['before receipt', friday, '2026-03-02', 'urgent', 'requested delivery 2026-03-02 is before receipt 2026-03-06'],
    ['Saturday', friday, '2026-03-07', 'urgent', 'requested delivery 2026-03-07 is 1 business day after receipt 2026-03-06'],
    ['Monday', friday, '2026-03-09', 'urgent', 'requested delivery 2026-03-09 is 1 business day after receipt 2026-03-06'],
    ['Tuesday = 2 business days', friday, '2026-03-10', 'urgent', 'requested delivery 2026-03-10 is 2 business days after receipt 2026-03-06'],
    ['Wednesday = 3 business days, 5 calendar days', friday, '2026-03-11', 'high', 'requested delivery 2026-03-11 is 5 calendar days after receipt 2026-03-06'],
    ['7 calendar days', friday, '2026-03-13', 'high', 'requested delivery 2026-03-13 is 7 calendar days after receipt 2026-03-06'],
    ['8 calendar days', friday, '2026-03-14', 'normal', 'requested delivery 2026-03-14 is 8 calendar days after receipt 2026-03-06'],
    ['30 calendar days', friday, '2026-04-05', 'normal', 'requested delivery 2026-04-05 is 30 calendar days after receipt 2026-03-06'],
    ['Wed → Thu', '2026-03-04T08:00:00Z', '2026-03-05', 'urgent', 'requested delivery 2026-03-05 is 1 business day after receipt 2026-03-04'],
    ['Wed → Fri', '2026-03-04T08:00:00Z', '2026-03-06', 'urgent', 'requested delivery 2026-03-06 is 2 business days after receipt 2026-03-04'],
    // date-fns counts the weekdays in [receipt, delivery): Wed, Thu, Fri.
    ['Wed → Sat: 3 business days by date-fns', '2026-03-04T08:00:00Z', '2026-03-07', 'high', 'requested delivery 2026-03-07 is 3 calendar days after receipt 2026-03-04'],
    ['Sat → Mon', '2026-03-07T10:00:00Z', '2026-03-09', 'urgent', 'requested delivery 2026-03-09 is 0 business days after receipt 2026-03-07'],
    ['Sat → Wed', '2026-03-07T10:00:00Z', '2026-03-11', 'urgent', 'requested delivery 2026-03-11 is 2 business days after receipt 2026-03-07'],
    ['Sat → Thu', '2026-03-07T10:00:00Z', '2026-03-12', 'high', 'requested delivery 2026-03-12 is 5 calendar days after receipt 2026-03-07'],
    ['Wed → Mon: 3 business days', '2026-03-04T08:00:00Z', '2026-03-09', 'high', 'requested delivery 2026-03-09 is 5 calendar days after receipt 2026-03-04'],
    ['Thu → Tue: 3 business days', '2026-03-05T08:00:00Z', '2026-03-10', 'high', 'requested delivery 2026-03-10 is 5 calendar days after receipt 2026-03-05'],
    ['receipt day as written, not converted', '2026-03-05T23:30:00-08:00', '2026-03-13', 'normal', 'requested delivery 2026-03-13 is 8 calendar days after receipt 2026-03-05'],
  ])('%s', (_name, receivedAt, requestedDeliveryDate, level, reason) => {
    const result = detectUrgency({ ...none, receivedAt, requestedDeliveryDate });
    expect(result.level).toBe(level);
    expect(result.reasons).toContain(reason);
  });

  it('does not apply the date rule without receivedAt, and says so', () => {
    const result = detectUrgency({ ...none, requestedDeliveryDate: '2026-03-05' });
    expect(result.level).toBe('normal');
    expect(result.reasons).toEqual(['requested delivery 2026-03-05: receipt time unknown, date rule not applied']);
  });

  it('says nothing about dates when there is no requested date', () => {
    expect(detectUrgency({ ...none, receivedAt: friday }).reasons).toEqual([]);
  });

  it('rejects a requested date that is not a date', () => {
    const result = detectUrgency({ ...none, receivedAt: friday, requestedDeliveryDate: '2026-02-30' });
    expect(result.level).toBe('normal');
    expect(result.reasons[0]).toMatch(/not a date/);
  });

  it('combines the date rule with words by max', () => {
    expect(levelOf({ ...none, subject: 'please expedite', receivedAt: friday, requestedDeliveryDate: '2026-03-09' })).toBe('urgent');
    expect(levelOf({ ...none, subject: 'URGENT', receivedAt: friday, requestedDeliveryDate: '2026-04-30' })).toBe('urgent');
    expect(levelOf({ ...none, subject: 'no rush', receivedAt: friday, requestedDeliveryDate: '2026-03-12' })).toBe('high');
  });
});

describe('detectUrgency: score', () => {
  it.each<[UrgencyInput, number]>([
    [inBody('URGENT'), 1],
    [inBody('priority'), 0.5],
    [inBody('hello'), 0],
    [none, 0],
  ])('%j → %d', (input, score) => {
    expect(detectUrgency(input).score).toBe(score);
  });
});

describe('detectUrgency: negations after the word and mail disclaimers', () => {
  const bodyLevel = (body: string) => detectUrgency({ subject: null, body, documentTexts: [], receivedAt: null, requestedDeliveryDate: null }).level;
  it.each([
    ['Es eilt nicht, Lieferung bis Ende Mai reicht.', 'normal'],
    ['If you received this message in error, please notify the sender immediately and delete it.', 'normal'],
    ['This order is urgent not only for us', 'urgent'],
    ['Please ship immediately', 'urgent'],
  ] as const)('%j is %s', (body, level) => {
    expect(bodyLevel(body)).toBe(level);
  });
});
