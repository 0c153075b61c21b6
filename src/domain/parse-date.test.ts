import { describe, expect, it } from 'vitest';
import { findDates, parseDate, type DateOptions } from './parse-date.ts';

// Wednesday 4 March 2026, local time, so the tests do not depend on the machine's time zone.
const reference = new Date(2026, 2, 4, 10, 30);

describe('parseDate: numeric', () => {
  it.each<[string, DateOptions, string | null]>([
    ['2026-03-04', {}, '2026-03-04'],
    ['2026-3-4', {}, '2026-03-04'],
    ['2026/03/04', {}, '2026-03-04'],
    ['2026.03.04', {}, '2026-03-04'],
    ['2026-03-04', { dayFirst: true }, '2026-03-04'],
    ['2026-03-04T10:00:00Z', {}, '2026-03-04'],
    ['2026-03-04T10:00:00.000+01:00', {}, '2026-03-04'],
    ['03/04/2026', {}, '2026-03-04'],
    ['03/04/2026', { dayFirst: null }, '2026-03-04'],
    ['03/04/2026', { dayFirst: false }, '2026-03-04'],
    ['03/04/2026', { dayFirst: true }, '2026-04-03'],
    ['3/4/26', {}, '2026-03-04'],
    ['3/4/26', { dayFirst: true }, '2026-04-03'],
    ['04.03.2026', {}, '2026-03-04'],
    ['04.03.2026', { dayFirst: false }, '2026-03-04'],
    ['4.3.26', {}, '2026-03-04'],
    ['4.3.2026', { dayFirst: false }, '2026-03-04'],
    ['04-03-2026', {}, '2026-04-03'],
    ['04-03-2026', { dayFirst: true }, '2026-03-04'],
    ['22-3-24', { dayFirst: true }, '2024-03-22'],
    ['22-3-24', {}, '2024-03-22'],
    ['25/03/2026', {}, '2026-03-25'],
    ['25/03/2026', { dayFirst: false }, '2026-03-25'],
    ['03/25/2026', { dayFirst: true }, '2026-03-25'],
    ['12/13/26', { dayFirst: true }, '2026-12-13'],
    ['01/01/99', {}, '1999-01-01'],
    ['01/01/69', {}, '2069-01-01'],
    ['31.02.2026', {}, null],
    ['31/02/2026', { dayFirst: true }, null],
    ['02/30/2026', {}, null],
    ['29.02.2026', {}, null],
    ['29.02.2028', {}, '2028-02-29'],
    ['2026-02-30', {}, null],
    ['2026-13-01', {}, null],
    ['13/13/2026', {}, null],
    ['00/01/2026', {}, null],
    ['04.03.2026 14:30', {}, '2026-03-04'],
    ['03/04/2026 2:30 PM', {}, '2026-03-04'],
    ['  04.03.2026  ', {}, '2026-03-04'],
    ['04/03-2026', {}, null],
    ['1.234,50', {}, null],
    ['12.50', {}, null],
    ['20260304', {}, null],
  ])('%j %j → %s', (text, opts, expected) => {
    expect(parseDate(text, opts)).toBe(expected);
  });
});

describe('parseDate: Polish and Portuguese months only written out', () => {
  it('never reads a short word of another language as their month ("Sie" is Polish August)', () => {
    expect(findDates('Bitte liefern Sie 10 Kartons', { reference })).toEqual([]);
  });
});

describe('parseDate: month names', () => {
  it.each<[string, string | null]>([
    ['March 4, 2026', '2026-03-04'],
    ['11 grudnia 2026', '2026-12-11'],
    ['3 de março de 2026', '2026-03-03'],
    ['march 4 2026', '2026-03-04'],
    ['MARCH 4, 2026', '2026-03-04'],
    ['Mar 4 2026', '2026-03-04'],
    ['Mar. 4, 2026', '2026-03-04'],
    ['March 4th, 2026', '2026-03-04'],
    ['Wednesday, March 4, 2026', '2026-03-04'],
    ['4 March 2026', '2026-03-04'],
    ['4th March 2026', '2026-03-04'],
    ['the 4th of March 2026', '2026-03-04'],
    ['4 Mar 2026', '2026-03-04'],
    ['04-Mar-2026', '2026-03-04'],
    ['04-MAR-26', '2026-03-04'],
    ['4-mar-26', '2026-03-04'],
    ['04/Mar/2026', '2026-03-04'],
    ['04Mar2026', '2026-03-04'],
    ["4 Mar '26", '2026-03-04'],
    ['Mar-04-2026', '2026-03-04'],
    ['Sept 30, 2026', '2026-09-30'],
    ['Sep. 30, 2026', '2026-09-30'],
    ['4. März 2026', '2026-03-04'],
    ['4. Maerz 2026', '2026-03-04'],
    ['04. MÄRZ 2026', '2026-03-04'],
    ['4. Mrz. 2026', '2026-03-04'],
    ['1. Dezember 2026', '2026-12-01'],
    ['15. Okt. 2026', '2026-10-15'],
    ['Mittwoch, 4. März 2026', '2026-03-04'],
    ['4 mars 2026', '2026-03-04'],
    ['le 4 mars 2026', '2026-03-04'],
    ['1er février 2026', '2026-02-01'],
    ['1er fevrier 2026', '2026-02-01'],
    ['3 févr. 2026', '2026-02-03'],
    ['15 août 2026', '2026-08-15'],
    ['15 aout 2026', '2026-08-15'],
    ['12 déc. 2026', '2026-12-12'],
    ['4 juil. 2026', '2026-07-04'],
    ['4 juin 2026', '2026-06-04'],
    ['4 de marzo de 2026', '2026-03-04'],
    ['4 de marzo del 2026', '2026-03-04'],
    ['miércoles, 4 de marzo de 2026', '2026-03-04'],
    ['4 de Septiembre de 2026', '2026-09-04'],
    ['1 ene 2026', '2026-01-01'],
    ['4 maart 2026', '2026-03-04'],
    ['4 mrt. 2026', '2026-03-04'],
    ['17 mei 2026', '2026-05-17'],
    ['4 marzo 2026', '2026-03-04'],
    ['4 gennaio 2026', '2026-01-04'],
    ['4 ott 2026', '2026-10-04'],
    ['February 29, 2026', null],
    ['31 April 2026', null],
    ['4 Smarch 2026', null],
    ['March 2026', null],
    ['4 March', null],
    ['Order 12 2026', null],
  ])('%j → %s', (text, expected) => {
    expect(parseDate(text)).toBe(expected);
  });
});

describe('parseDate: relative to a reference (Wednesday 2026-03-04)', () => {
  it.each<[string, string | null]>([
    ['today', '2026-03-04'],
    ['Today', '2026-03-04'],
    ['tomorrow', '2026-03-05'],
    ['TOMORROW', '2026-03-05'],
    ['day after tomorrow', '2026-03-06'],
    ['heute', '2026-03-04'],
    ['morgen', '2026-03-05'],
    ['übermorgen', '2026-03-06'],
    ['aujourd’hui', '2026-03-04'],
    ['demain', '2026-03-05'],
    ['après-demain', '2026-03-06'],
    ['hoy', '2026-03-04'],
    ['mañana', '2026-03-05'],
    ['manana', '2026-03-05'],
    ['domani', '2026-03-05'],
    ['in 3 days', '2026-03-07'],
    ['within 10 days', '2026-03-14'],
    ['in 2 weeks', '2026-03-18'],
    ['in 3 business days', '2026-03-09'],
    ['in 5 Tagen', '2026-03-09'],
    ['in 3 Werktagen', '2026-03-09'],
    ['dans 3 jours', '2026-03-07'],
    ['en 3 días', '2026-03-07'],
    ['next Monday', '2026-03-09'],
    ['by Friday', '2026-03-06'],
    ['on friday', '2026-03-06'],
    ['next Wednesday', '2026-03-11'],
    ['Friday', '2026-03-06'],
    ['bis Freitag', '2026-03-06'],
    ['nächsten Montag', '2026-03-09'],
    ['lundi prochain', '2026-03-09'],
    ["d'ici vendredi", '2026-03-06'],
    ['el próximo lunes', '2026-03-09'],
    ['el miercoles', '2026-03-11'],
    ['March 10', '2026-03-10'],
    ['10 March', '2026-03-10'],
    ['10. März', '2026-03-10'],
    ['Dec 28', '2025-12-28'],
    ['next week', null],
    ['sometime', null],
  ])('%j → %s', (text, expected) => {
    expect(parseDate(text, { reference })).toBe(expected);
  });

  it('needs a reference for relative phrases', () => {
    expect(parseDate('tomorrow')).toBeNull();
    expect(parseDate('next Monday')).toBeNull();
    expect(parseDate('in 3 days')).toBeNull();
  });

  it('takes the reference day in local time, whatever the hour', () => {
    expect(parseDate('tomorrow', { reference: new Date(2026, 2, 4, 23, 59) })).toBe('2026-03-05');
    expect(parseDate('today', { reference: new Date(2026, 2, 4, 0, 0) })).toBe('2026-03-04');
  });
});

describe('parseDate: not one date', () => {
  it.each(['', 'hello', 'PO 4711', 'Delivery: 04.03.2026 or 05.03.2026', '04.03.2026 please deliver to dock 3', '12 pcs', '1.2.3'])('%j → null', (text) => {
    expect(parseDate(text, { reference })).toBeNull();
  });
});

describe('findDates', () => {
  it.each<[string, DateOptions, string[]]>([
    ['Order date: 2026-03-01, delivery by 04.03.2026.', {}, ['2026-03-01', '2026-03-04']],
    ['Please deliver on March 10, 2026 to dock 3', {}, ['2026-03-10']],
    ['Liefertermin: 10. März 2026, Bestellung vom 01.03.2026', {}, ['2026-03-10', '2026-03-01']],
    ['Livraison souhaitée le 12 mars 2026', {}, ['2026-03-12']],
    ['Fecha de entrega: 4 de marzo de 2026', {}, ['2026-03-04']],
    ['Ship 03/04/2026', { dayFirst: true }, ['2026-04-03']],
    ['Need it tomorrow please', { reference }, ['2026-03-05']],
    ['Guten Morgen, bitte bis morgen liefern', { reference }, ['2026-03-05']],
    ['Buenos días, por la mañana llamamos; entrega mañana', { reference }, ['2026-03-05']],
    ['Deliver by Friday. We are open Monday to Friday.', { reference }, ['2026-03-06']],
    ['Delivery in 3 days', { reference }, ['2026-03-07']],
    ['Delivery in 3 days', {}, []],
    ['Qty 12 x 3.50 = 42.00 EUR, total 1.234,50', {}, []],
    ['Call +49 89 1234-5678 or 06-12-34-56-78', {}, []],
    ['1 set of wrenches, ship by March 10', { reference }, ['2026-03-10']],
    ['Wednesday, March 4, 2026', { reference }, ['2026-03-04']],
    ['PO-2026-0042 dated 2026-02-28', {}, ['2026-02-28']],
    ['31.02.2026 and 28.02.2026', {}, ['2026-02-28']],
  ])('%j → %j', (text, opts, expected) => {
    expect(findDates(text, opts).map((d) => d.iso)).toEqual(expected);
  });

  it('reports index and matched text', () => {
    const text = 'Delivery: 4. März 2026 (latest)';
    expect(findDates(text)).toEqual([{ iso: '2026-03-04', index: 10, text: '4. März 2026' }]);
  });

  it('reports relative phrases with their words', () => {
    expect(findDates('ship by Friday please', { reference })).toEqual([{ iso: '2026-03-06', index: 5, text: 'by Friday' }]);
  });
});
