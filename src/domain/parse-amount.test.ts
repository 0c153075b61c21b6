import { describe, expect, it } from 'vitest';
import { detectNumberStyle, parseAmount, parseCurrency, type NumberStyle } from './parse-amount.ts';

describe('parseAmount: unambiguous forms', () => {
  it.each<[string, number]>([
    ['0', 0],
    ['42', 42],
    ['1234', 1234],
    ['1,234.50', 1234.5],
    ['1.234,50', 1234.5],
    ['1,234,567.89', 1234567.89],
    ['1.234.567,89', 1234567.89],
    ['1,234,567', 1234567],
    ['1.234.567', 1234567],
    ['1 234,50', 1234.5],
    ['1 234.50', 1234.5],
    ['1\u00A0234,50', 1234.5],
    ['1\u202F234,50', 1234.5],
    ['1\u2009234,50', 1234.5],
    ["1'234.50", 1234.5],
    ['1’234.50', 1234.5],
    ["1'234'567", 1234567],
    ['1 234', 1234],
    ['12 345 678,9', 12345678.9],
    ['1234,5', 1234.5],
    ['1234.5', 1234.5],
    ['12,5', 12.5],
    ['12,50', 12.5],
    ['12.50', 12.5],
    ['0,125', 0.125],
    ['0.125', 0.125],
    ['1234,567', 1234.567],
    ['.5', 0.5],
    [',75', 0.75],
    ['  99  ', 99],
    ['0.1', 0.1],
    ['1.005', 1.005],
    ['0.30000000000000004', 0.3],
    ['12,-', 12],
    ['1.250,--', 1250],
    ["1'250.-", 1250],
    ['1,250.-', 1250],
  ])('%j → %d', (text, expected) => {
    expect(parseAmount(text)).toBe(expected);
  });
});

describe('parseAmount: signs', () => {
  it.each<[string, number]>([
    ['-12.00', -12],
    ['−12.00', -12],
    ['- 12.00', -12],
    ['+12.00', 12],
    ['(12.00)', -12],
    ['( 1,234.50 )', -1234.5],
    ['12.00-', -12],
    ['1.234,50-', -1234.5],
    ['-0.00', 0],
    ['(0)', 0],
  ])('%j → %d', (text, expected) => {
    expect(parseAmount(text)).toBe(expected);
  });
});

describe('parseAmount: currency around the number', () => {
  it.each<[string, number]>([
    ['$1,234.50', 1234.5],
    ['$ 1,234.50', 1234.5],
    ['€ 1.234,50', 1234.5],
    ['€1.234,50', 1234.5],
    ['1.234,50 €', 1234.5],
    ['1.234,50 EUR', 1234.5],
    ['1.234,50 eur', 1234.5],
    ['USD 99', 99],
    ['99 USD', 99],
    ['US$ 99.95', 99.95],
    ['C$12.00', 12],
    ['£12.00', 12],
    ['GBP 1,000.00', 1000],
    ["CHF 1'234.50", 1234.5],
    ["Fr. 1'234.50", 1234.5],
    ['¥1,200', 1200],
    ['1 234,50 kr', 1234.5],
    ['12,50 zł', 12.5],
    ['-$12.00', -12],
    ['$-12.00', -12],
    ['($12.00)', -12],
    ['(€ 1.234,50)', -1234.5],
    ['12.00- EUR', -12],
    ['Euro 12,50', 12.5],
    ['12 dollars', 12],
  ])('%j → %d', (text, expected) => {
    expect(parseAmount(text)).toBe(expected);
  });
});

describe('parseAmount: the 3-digit ambiguity follows the style', () => {
  it.each<[string, NumberStyle | null, number]>([
    ['1,234', null, 1234],
    ['1,234', 'us', 1234],
    ['1,234', 'eu', 1.234],
    ['1.234', null, 1.234],
    ['1.234', 'us', 1.234],
    ['1.234', 'eu', 1234],
    ['12,500', null, 12500],
    ['12.500', 'eu', 12500],
    ['123,456', 'us', 123456],
    ['0,125', 'us', 0.125],
    ['0.125', 'eu', 0.125],
    ['12,5', 'us', 12.5],
    ['12,50', null, 12.5],
    ['12.5', 'eu', 12.5],
    ['1,234.50', 'eu', 1234.5],
    ['1.234,50', 'us', 1234.5],
    ['1 234,500', 'us', 1234.5],
    ['$1.234', 'eu', 1234],
  ])('%j in style %s → %d', (text, style, expected) => {
    expect(parseAmount(text, style)).toBe(expected);
  });
});

describe('parseAmount: not a number', () => {
  it.each([
    '',
    '   ',
    '-',
    '()',
    'abc',
    '12%',
    '12 %',
    '12,5 %',
    '12 pcs',
    '1,2,3',
    '1.23.45',
    '1,23,456',
    '1.234,5.6',
    '1,234.567,8',
    '12 34',
    '1 2345',
    '12.',
    '1..2',
    '--12',
    '(-12)',
    '-12-',
    'N/A',
    'USD',
    '€',
    '04.03.2026',
    '12 EUR 34',
    '1e5',
    '0x10',
    'Infinity',
  ])('%j → null', (text) => {
    expect(parseAmount(text)).toBeNull();
  });
});

describe('detectNumberStyle', () => {
  it.each<[string[], NumberStyle | null]>([
    [['1.234,50'], 'eu'],
    [['1,234.50'], 'us'],
    [['12,50'], 'eu'],
    [['12.50'], 'us'],
    [['1.234.567'], 'eu'],
    [['1,234,567'], 'us'],
    [['1 234,50'], 'eu'],
    [["1'234.50"], 'us'],
    [['0,125'], 'eu'],
    [['1,234'], null],
    [['1.234'], null],
    [['1234'], null],
    [[], null],
    [['12,50', '12.50'], null],
    [['Total 1.234,50 EUR', 'Qty 10', 'Price 12,34'], 'eu'],
    [['Subtotal: $1,234.50 Tax 98.76 Total 1,333.26'], 'us'],
    [['12,50', '3,00', '7.5'], 'eu'],
    [['Date 04.03.2026', 'Amount 12.50'], 'us'],
    [['192.168.1.1'], null],
  ])('%j → %s', (samples, expected) => {
    expect(detectNumberStyle(samples)).toBe(expected);
  });
});

describe('parseCurrency', () => {
  it.each<[string, string | null, string | null]>([
    ['$1,234.50', null, 'USD'],
    ['$1,234.50', 'US', 'USD'],
    ['$1,234.50', 'CA', 'CAD'],
    ['$1,234.50', 'ca', 'CAD'],
    ['$1,234.50', 'AU', 'AUD'],
    ['$1,234.50', 'NZ', 'NZD'],
    ['$1,234.50', 'MX', 'MXN'],
    ['$1,234.50', 'SG', 'SGD'],
    ['$1,234.50', 'DE', 'USD'],
    ['$1,234.50', 'Canada', 'USD'],
    ['US$ 99', 'CA', 'USD'],
    ['C$ 99', null, 'CAD'],
    ['A$ 99', null, 'AUD'],
    ['NZ$ 99', null, 'NZD'],
    ['R$ 99', null, 'BRL'],
    ['HK$ 99', null, 'HKD'],
    ['€ 1.234,50', null, 'EUR'],
    ['1.234,50 EUR', null, 'EUR'],
    ['1.234,50 eur', null, 'EUR'],
    ['Euro', null, 'EUR'],
    ['12 euros', null, 'EUR'],
    ['£12', null, 'GBP'],
    ['GBP', null, 'GBP'],
    ['pounds sterling', null, 'GBP'],
    ['CHF 12', null, 'CHF'],
    ["Fr. 1'234.50", null, 'CHF'],
    ['Swiss francs', null, 'CHF'],
    ['¥1,200', null, 'JPY'],
    ['¥1,200', 'CN', 'CNY'],
    ['JPY', null, 'JPY'],
    ['RMB 500', null, 'CNY'],
    ['1 234,50 kr', 'SE', 'SEK'],
    ['1 234,50 kr', 'NO', 'NOK'],
    ['1 234,50 kr.', 'DK', 'DKK'],
    ['1 234,50 kr', null, null],
    ['SEK 100', null, 'SEK'],
    ['100 kronor', null, 'SEK'],
    ['12,50 zł', null, 'PLN'],
    ['1 000 Kč', null, 'CZK'],
    ['₹ 500', null, 'INR'],
    ['500 pesos', 'AR', 'ARS'],
    ['500 pesos', null, null],
    ['Amounts in USD', null, 'USD'],
    ['usd 5', null, 'USD'],
    ['see index.php for EUR prices', null, 'EUR'],
    ['Total EUR 12 (approx. $13)', null, 'EUR'],
    ['Total $13 (EUR 12)', null, 'USD'],
    ['12.50', null, null],
    ['', null, null],
    ['ALL ITEMS', null, null],
    ['EUROPE', null, null],
    ['5 pounds of nails', null, null],
  ])('%j with country %s → %s', (text, country, expected) => {
    expect(parseCurrency(text, country)).toBe(expected);
  });
});
