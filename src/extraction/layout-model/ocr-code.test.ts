import { describe, expect, it } from 'vitest';
import { fitShape, ocrKey } from './ocr-code.ts';

describe('look-alike letters and digits of a scanned code', () => {
  it('one key for a code and its OCR misreading', () => {
    expect(ocrKey('0S731940')).toBe(ocrKey('OS731940'));
    expect(ocrKey('PO-1I5')).toBe(ocrKey('P0 115'));
    expect(ocrKey('KF123')).not.toBe(ocrKey('KF124'));
  });

  it('puts one swapped character back into the approved shape, and nothing else', () => {
    expect(fitShape('0S839655', 'A9')).toBe('OS839655');
    expect(fitShape('KP58308O', 'A9')).toBe('KP583080');
    expect(fitShape('KP583089', 'A9')).toBe('KP583089');
    expect(fitShape('4711', 'A9')).toBe(null);
    expect(fitShape('X-12', 'A9')).toBe(null);
  });
});
