import { PAGE_WORDS } from '../../languages';
import { AGENCIES } from './constants';

// "AFP Photo", "Reuters News": the agency with a word that names its service.
const TRAILING_WORDS = new Set(PAGE_WORDS.agencyServices);
const BY_FORM = new Map<string, string>();
for (const a of AGENCIES) for (const f of a.forms) BY_FORM.set(f.toLowerCase(), a.name);

/** The canonical agency name for a written form ("Associated Press" → "AP"), or null. */
export function canonicalAgency(form: string): string | null {
  const words = form.trim().split(/\s+/);
  if (words[0]?.toLowerCase() === 'the') words.shift();
  if (words.length > 1 && TRAILING_WORDS.has(words.at(-1)!.toLowerCase())) words.pop();
  const cleaned = words.join(' ');
  return BY_FORM.get(cleaned.toLowerCase()) ?? BY_FORM.get(`the ${cleaned.toLowerCase()}`) ?? null;
}
