import { describe, expect, it } from 'vitest';
import { tokenizeEdifact } from './tokenize-edifact.ts';

const message = (body: string[], unt?: number) => {
  const segs = ['UNH+1+ORDERS:D:96A:UN:EAN008', ...body];
  segs.push(`UNT+${unt ?? segs.length + 1}+1`);
  return ['UNB+UNOC:3+4012345000009:14+4098765000002:14+260120:0815+REF1', ...segs, 'UNZ+1+REF1'];
};

describe('tokenizeEdifact: service string advice, release character, envelope', () => {
  it('reads the default separators without UNA and unescapes the release character', () => {
    const x = tokenizeEdifact(`${message(["FTX+AAI+++It?'s 5?+2?: ok"]).join("'")}'`);
    expect(x.separators).toMatchObject({ component: ':', element: '+', segment: "'" });
    const ftx = x.messages[0].segments[1];
    expect(ftx).toEqual({ tag: 'FTX', elements: [['AAI'], [''], [''], ["It's 5+2: ok"]] });
    expect(x.sender).toEqual({ id: '4012345000009', qualifier: '14' });
  });

  it('takes other separators from UNA, with line breaks between segments', () => {
    const text = `UNA|*,# !\n${message(['BGM*220*PO 7*9', 'QTY*21|2,5|KGM']).join('!\n').replaceAll('+', '*').replaceAll(':', '|')}!\n`;
    const x = tokenizeEdifact(text);
    expect(x.separators).toEqual({ component: '|', element: '*', decimal: ',', release: '#', segment: '!' });
    expect(x.messages[0].segments[2].elements[0]).toEqual(['21', '2,5', 'KGM']);
  });

  it('refuses a UNA whose separators clash or are letters, in one line', () => {
    expect(() => tokenizeEdifact(`UNA::.? '${message([]).join("'")}'`)).toThrow(/^EDIFACT: unknown or clashing separators in UNA/);
    expect(() => tokenizeEdifact(`UNAa+.? '${message([]).join("'")}'`)).toThrow(/unknown or clashing separators/);
  });

  it('refuses a UNT segment count that does not match, and a missing UNZ', () => {
    expect(() => tokenizeEdifact(`${message(['BGM+220+P+9'], 7).join("'")}'`)).toThrow('EDIFACT: UNT says 7 segments, message 1 has 3');
    expect(() => tokenizeEdifact(`${message(['BGM+220+P+9']).slice(0, -1).join("'")}'`)).toThrow('EDIFACT: no UNZ segment: the interchange is cut short');
  });

  it('refuses a UNZ whose message count or reference does not match', () => {
    expect(() => tokenizeEdifact(`${message([]).join("'").replace('UNZ+1+REF1', 'UNZ+2+REF1')}'`)).toThrow('EDIFACT: UNZ says 2 messages, the interchange has 1');
    expect(() => tokenizeEdifact(`${message([]).join("'").replace('UNZ+1+REF1', 'UNZ+1+REF2')}'`)).toThrow(/UNZ reference REF2/);
  });
});
