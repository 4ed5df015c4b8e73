import { PAGE_WORDS } from '../../languages';
import { AGENCIES } from './constants';

// "AFP Photo", "Reuters News": the agency with a word that names its service.
const TRAILING_WORDS = new Set(PAGE_WORDS.agencyServices);
// "The Associated Press": an article before the name, which some forms keep and others drop.
const ARTICLES = new Set(PAGE_WORDS.agencyArticles);
const BY_FORM = new Map<string, string>();
for (const a of AGENCIES) for (const f of a.forms) BY_FORM.set(f.toLowerCase(), a.name);

/** The canonical agency name for a written form ("Associated Press" → "AP"), or null. */
export function canonicalAgency(form: string): string | null {
  const words = form.trim().split(/\s+/);
  if (ARTICLES.has(words[0]?.toLowerCase() ?? '')) words.shift();
  if (words.length > 1 && TRAILING_WORDS.has(words.at(-1)!.toLowerCase())) words.pop();
  const cleaned = words.join(' ').toLowerCase();
  const direct = BY_FORM.get(cleaned);
  if (direct) return direct;
  for (const article of ARTICLES) {
    const withArticle = BY_FORM.get(`${article} ${cleaned}`);
    if (withArticle) return withArticle;
  }
  return null;
}
