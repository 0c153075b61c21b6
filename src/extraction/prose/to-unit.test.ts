import { describe, expect, it } from 'vitest';
import { toUnit, UNIT_PATTERN } from './to-unit.ts';

describe('toUnit', () => {
  it.each([
    ['boxes', 'BOX'],
    ['Boxes', 'BOX'],
    ['box', 'BOX'],
    ['cases', 'CASE'],
    ['rolls', 'ROLL'],
    ['pieces', 'PIECE'],
    ['Kartons', 'KARTON'],
    ['rouleaux', 'ROULEAU'],
    ['boîtes', 'BOÎTE'],
    ['cajas', 'CAJA'],
    ['unidades', 'UNIDAD'],
    ['pcs', 'PCS'],
    ['ea.', 'EA'],
    ['Stk.', 'STK'],
  ])('%j -> %j', (word, unit) => {
    expect(toUnit(word)).toBe(unit);
  });
});

describe('UNIT_PATTERN', () => {
  it('tries longer words first, so "boxes" is not read as "box" + "es"', () => {
    expect('3 boxes'.match(new RegExp(`\\d+\\s+(${UNIT_PATTERN})\\b`, 'i'))?.[1]).toBe('boxes');
  });
});
