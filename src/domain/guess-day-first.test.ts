import { describe, expect, it } from 'vitest';
import { guessDayFirst, type DayFirstHints } from './guess-day-first.ts';

describe('guessDayFirst', () => {
  it.each<[string, DayFirstHints, boolean | null]>([
    ['nothing known', {}, null],
    ['all null', { country: null, language: null, currency: null, sampleDates: [] }, null],
    // country
    ['US', { country: 'US' }, false],
    ['us lower case', { country: 'us' }, false],
    ['Puerto Rico', { country: 'PR' }, false],
    ['Germany', { country: 'DE' }, true],
    ['France', { country: 'FR' }, true],
    ['Spain', { country: 'ES' }, true],
    ['Italy', { country: 'IT' }, true],
    ['Netherlands', { country: 'NL' }, true],
    ['United Kingdom', { country: 'GB' }, true],
    ['UK written as UK', { country: 'UK' }, true],
    ['Switzerland', { country: 'CH' }, true],
    ['Mexico', { country: 'MX' }, true],
    ['Brazil', { country: 'BR' }, true],
    ['Argentina', { country: 'AR' }, true],
    ['Chile', { country: 'CL' }, true],
    ['Australia', { country: 'AU' }, true],
    ['Canada decides nothing', { country: 'CA' }, null],
    ['Canada with French', { country: 'CA', language: 'fr' }, true],
    ['Canada with English', { country: 'CA', language: 'en' }, null],
    ['Japan (year-first) decides nothing', { country: 'JP' }, null],
    ['a country name is not a code', { country: 'Germany' }, null],
    // language
    ['de', { language: 'de' }, true],
    ['fr', { language: 'fr' }, true],
    ['es', { language: 'es' }, true],
    ['it', { language: 'it' }, true],
    ['nl', { language: 'nl' }, true],
    ['pt', { language: 'pt' }, true],
    ['pt_BR', { language: 'pt_BR' }, true],
    ['de-CH', { language: 'de-CH' }, true],
    ['en alone', { language: 'en' }, null],
    ['en-US', { language: 'en-US' }, false],
    ['en-GB', { language: 'en-GB' }, true],
    ['es-US', { language: 'es-US' }, false],
    ['ja', { language: 'ja' }, null],
    // currency
    ['EUR', { currency: 'EUR' }, true],
    ['GBP', { currency: 'GBP' }, true],
    ['eur lower case', { currency: 'eur' }, true],
    ['USD', { currency: 'USD' }, false],
    ['JPY', { currency: 'JPY' }, null],
    ['CAD', { currency: 'CAD' }, null],
    // precedence: country over language over currency
    ['US country beats German language', { country: 'US', language: 'de' }, false],
    ['DE country beats USD', { country: 'DE', currency: 'USD' }, true],
    ['French language beats USD', { language: 'fr', currency: 'USD' }, true],
    ['English with EUR', { language: 'en', currency: 'EUR' }, true],
    // sample dates
    ['sample with first number > 12', { sampleDates: ['25/03/2026'] }, true],
    ['sample with first number > 12, 2-digit year', { sampleDates: ['13-1-26'] }, true],
    ['dotted sample', { sampleDates: ['04.03.2026'] }, true],
    ['sample with second number > 12', { sampleDates: ['03/25/2026'] }, false],
    ['ambiguous sample', { sampleDates: ['03/04/2026'] }, null],
    ['ISO sample says nothing', { sampleDates: ['2026-03-25'] }, null],
    ['samples inside text', { sampleDates: ['Order date 13/02/2026, ship 03/04/2026'] }, true],
    ['conflicting samples fall back to country', { sampleDates: ['25/03/2026', '03/25/2026'], country: 'US' }, false],
    ['sample beats US country', { sampleDates: ['25/03/2026'], country: 'US' }, true],
    ['sample beats German country', { sampleDates: ['03/25/2026'], country: 'DE' }, false],
    ['ambiguous samples fall back to currency', { sampleDates: ['01/02/2026'], currency: 'GBP' }, true],
  ])('%s', (_name, hints, expected) => {
    expect(guessDayFirst(hints)).toBe(expected);
  });
});
