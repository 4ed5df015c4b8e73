import { AGENCIES } from './constants';

const BY_FORM = new Map<string, string>();
for (const a of AGENCIES) for (const f of a.forms) BY_FORM.set(f.toLowerCase(), a.name);

/** The canonical agency name for a written form ("Associated Press" → "AP"), or null. */
export function canonicalAgency(form: string): string | null {
  const cleaned = form
    .trim()
    .replace(/^the\s+/i, '')
    .replace(/\s+(?:photo|photos|news|wire)$/i, '');
  return BY_FORM.get(cleaned.toLowerCase()) ?? BY_FORM.get(`the ${cleaned.toLowerCase()}`) ?? null;
}
