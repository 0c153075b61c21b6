import { describe, expect, it } from 'vitest';
import { tokenizeX12 } from './tokenize-x12.ts';

const isa = (e = '*', sub = '>', seg = '~', rep = 'U', sender = 'BUYER') =>
  ['ISA', '00', ' '.repeat(10), '00', ' '.repeat(10), 'ZZ', sender.padEnd(15), 'ZZ', 'SELLER'.padEnd(15), '260115', '0930', rep, '00501', '000000007', '0', 'P', sub].join(e) + seg;

function interchange(body: string[], e = '*', seg = '~', se?: number): string {
  const tx = ['ST*850*0001', ...body];
  tx.push(`SE*${se ?? tx.length + 1}*0001`);
  return isa(e, '>', seg) + ['GS*PO*BUYER*SELLER*20260115*0930*7*X*005010', ...tx, 'GE*1*7', 'IEA*1*000000007'].map((s) => s.replaceAll('*', e)).join(seg) + seg;
}

describe('tokenizeX12: separators from the fixed-width ISA, envelope checked', () => {
  it('takes element, sub-element and segment separators from ISA, whatever they are', () => {
    const x = tokenizeX12(interchange(['BEG*00*SA*PO1**20260115'], '|', '\n'));
    expect(x.separators).toEqual({ element: '|', component: '>', segment: '\n', repetition: null });
    expect(x.transactions).toHaveLength(1);
    expect(x.transactions[0].segments[1]).toEqual(['BEG', '00', 'SA', 'PO1', '', '20260115']);
    expect(x.transactions[0].version).toBe('005010');
    expect(x.sender).toEqual({ qualifier: 'ZZ', id: 'BUYER' });
  });

  it('reads the 5010 repetition separator from ISA11', () => {
    const text = isa('*', ':', '~', '^') + 'GS*PO*B*S*20260115*0930*7*X*005010~ST*850*1~SE*2*1~GE*1*7~IEA*1*000000007~';
    expect(tokenizeX12(text).separators.repetition).toBe('^');
  });

  it('refuses an ISA of the wrong width in one line naming the element', () => {
    const text = interchange(['BEG*00*SA*PO1**20260115']).replace('BUYER          ', 'BUYER        ');
    expect(() => tokenizeX12(text)).toThrow(/^X12: ISA segment is not the fixed 106 characters: ISA06 is not 15 characters wide$/);
  });

  it('refuses a segment count that does not match SE01', () => {
    expect(() => tokenizeX12(interchange(['BEG*00*SA*PO1**20260115'], '*', '~', 9))).toThrow('X12: SE01 says 9 segments, transaction set 0001 has 3');
  });

  it('refuses an interchange without IEA, and clashing separators', () => {
    const text = interchange(['BEG*00*SA*PO1**20260115']);
    expect(() => tokenizeX12(text.slice(0, text.indexOf('IEA')))).toThrow('X12: no IEA segment: the interchange is cut short');
    expect(() => tokenizeX12(interchange([]).replace(/~/g, '*'))).toThrow(/unknown or clashing separators/);
  });

  it('refuses a GE count or a control number that does not match', () => {
    expect(() => tokenizeX12(interchange([]).replace('GE*1*7', 'GE*2*7'))).toThrow('X12: GE01 says 2 transaction sets, the group has 1');
    expect(() => tokenizeX12(interchange([]).replace('IEA*1*000000007', 'IEA*1*000000008'))).toThrow(/IEA02 control number/);
  });
});
