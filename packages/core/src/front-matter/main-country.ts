import { countryOfDemonym, lookupPlace } from '../nlp/gazetteer/index';

const CAPITALISED = /\b\p{Lu}[\p{L}'-]*(?: \p{Lu}[\p{L}'-]*){0,3}/gu;

/** The country the text names most often, by name or demonym ("Syria", "Syrian"); a dateline fallback. */
export function mainCountry(text: string): string | null {
  const counts = new Map<string, number>();
  for (const m of text.matchAll(CAPITALISED)) {
    const phrase = m[0].replace(/'s$/, '');
    const place = lookupPlace(phrase);
    const country = place?.kind === 'country' ? place.name : countryOfDemonym(phrase);
    if (country) counts.set(country, (counts.get(country) ?? 0) + 1);
  }
  let best: string | null = null;
  let bestCount = 1;
  for (const [country, n] of counts) {
    if (n > bestCount) {
      best = country;
      bestCount = n;
    }
  }
  return best;
}
