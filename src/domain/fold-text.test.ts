import { describe, expect, it } from 'vitest';
import { caseWords, fold, foldCase, foldWords } from './fold-text.ts';

describe('fold-text', () => {
  it('fold drops case and accents, whatever the script of the accent', () => {
    expect(fold('Désignation')).toBe('designation');
    expect(fold('STÜCK')).toBe('stuck');
    expect(fold('Año')).toBe('ano');
    expect(fold('PO-4711')).toBe('po-4711');
  });
  it('foldWords makes punctuation runs one space', () => {
    expect(foldWords('  Kugellager, 6204-2RS  (C3) ')).toBe('kugellager 6204 2rs c3');
    expect(foldWords('Sørensen')).toBe('sørensen');
  });
  it('foldCase keeps accents: the scorer counts a lost umlaut as a wrong reading', () => {
    expect(foldCase('Größe')).not.toBe(foldCase('Grosse'));
    expect(foldCase('ＰＯ')).toBe('po');
    expect(caseWords('Ship-To: Zürich, 8004')).toEqual(['ship', 'to', 'zürich', '8004']);
  });
});
