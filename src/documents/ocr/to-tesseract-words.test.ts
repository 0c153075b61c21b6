import { describe, expect, it } from 'vitest';
import { toTesseractWords } from './to-tesseract-words.ts';

const box = { x0: 0, y0: 0, x1: 10, y1: 10 };
const word = (text: string, confidence: number) => ({ text, confidence, bbox: box });

describe('toTesseractWords', () => {
  it('drops specks read as punctuation but keeps confident marks, signs and values', () => {
    const line = { bbox: box, words: [word(';', 21), word('.', 0), word('Menge', 40), word('-', 91), word('€', 0), word('12', 30), word('&', 92)] };
    const page = toTesseractWords({ blocks: [{ paragraphs: [{ lines: [line] }] }] });
    expect(page.words.map((w) => w.text)).toEqual(['Menge', '-', '€', '12', '&']);
  });
});
