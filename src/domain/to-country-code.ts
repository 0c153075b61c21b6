import countries from 'i18n-iso-countries';
import de from 'i18n-iso-countries/langs/de.json' with { type: 'json' };
import en from 'i18n-iso-countries/langs/en.json' with { type: 'json' };
import es from 'i18n-iso-countries/langs/es.json' with { type: 'json' };
import fr from 'i18n-iso-countries/langs/fr.json' with { type: 'json' };
import nl from 'i18n-iso-countries/langs/nl.json' with { type: 'json' };

for (const locale of [en, de, fr, es, nl]) countries.registerLocale(locale);
const LANGS = ['en', 'de', 'fr', 'es', 'nl'];
const EXTRA: Record<string, string> = { 'great britain': 'GB', england: 'GB', scotland: 'GB', wales: 'GB', 'u.s.': 'US', 'u.k.': 'GB', holland: 'NL' };

/** ISO 3166-1 alpha-2 for a country written as a name (any of five languages) or a code. */
export function toCountryCode(text: string): string | null {
  const t = text.trim().replace(/[.,;]+$/, '');
  if (!t || t.length > 40) return null;
  const extra = EXTRA[t.toLowerCase()];
  if (extra) return extra;
  if (/^[A-Z]{2}$/.test(t) && countries.isValid(t)) return t === 'UK' ? 'GB' : t;
  if (/^[A-Z]{3}$/.test(t) && countries.isValid(t)) return countries.alpha3ToAlpha2(t) ?? null;
  for (const lang of LANGS) {
    const code = countries.getAlpha2Code(t, lang);
    if (code) return code;
  }
  return null;
}
