import { describe, expect, it } from 'vitest';
import { detectDelimiter } from './detect-delimiter.ts';

describe('detectDelimiter', () => {
  it('finds the semicolon of an EU export, ignoring commas inside numbers', () => {
    expect(detectDelimiter('Art;Menge;Preis\nA-1;2;1.234,50\nB-2;10;3,10\n')).toEqual({ delimiter: ';', consistent: true, columns: 3 });
  });

  it('ignores delimiters inside quoted fields', () => {
    expect(detectDelimiter('sku,desc,qty\n"A1","Bolt; M8, zinc",4\n"B2","Nut",5')).toEqual({ delimiter: ',', consistent: true, columns: 3 });
  });

  it('finds tabs and pipes', () => {
    expect(detectDelimiter('a\tb\tc\n1\t2\t3').delimiter).toBe('\t');
    expect(detectDelimiter('a|b\n1|2\n3|4').delimiter).toBe('|');
  });

  it('reports prose as inconsistent', () => {
    const guess = detectDelimiter('Hello team, please ship\nthe usual order.\nThanks, Jane', 3);
    expect(guess.consistent).toBe(false);
  });
});
