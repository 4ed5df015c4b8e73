import { canonicalAgency } from './canonical-agency';
import { AGENCIES, AMBIGUOUS_FORMS } from './constants';

export interface AgencyEvidence {
  /** Agency printed in the dateline: "WASHINGTON (AP) —". */
  dateline: string | null;
  /** Roles or names of authors that are agencies: "By Jane Doe, Associated Press". */
  bylines: readonly string[];
  /** Agencies declared by page metadata. */
  declared: readonly string[];
  /** The canonical text, scanned for wire-only phrases ("told AFP", "an AFP correspondent"). */
  text: string;
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const FORMS = AGENCIES.flatMap((a) => a.forms)
  .filter((f) => !AMBIGUOUS_FORMS.has(f))
  .sort((a, b) => b.length - a.length)
  .map(escapeRegExp)
  .join('|');

// "told AFP", "an AFP videographer" and sign-offs like "-- AFP" appear only in the agency's own copy.
const WIRE_PHRASES = new RegExp(
  `\\b(?:told|tells|telling|spoke to|speaking to|said in a statement to)\\s+(?:the\\s+)?(${FORMS})\\b(?!\\s+(?:reported|said|says))` +
    `|\\b(?:an?|the)\\s+(${FORMS})\\s+(?:correspondent|reporter|journalist|photographer|videographer|tally|count|team|crew)\\b` +
    `|(?:^|\\n)\\s*(?:--|—|–)\\s*(${FORMS})\\s*$` +
    `|\\((?:Reporting|Additional reporting) by [^)]{1,300}\\)`,
  'gm',
);

/** The wire agencies behind an article, canonical and in order of evidence strength. */
export function extractAgencies(evidence: AgencyEvidence): string[] {
  const found: string[] = [];
  const add = (name: string | null) => {
    if (name && !found.includes(name)) found.push(name);
  };
  add(evidence.dateline ? canonicalAgency(evidence.dateline) : null);
  for (const b of evidence.bylines) add(canonicalAgency(b));
  for (const d of evidence.declared) add(canonicalAgency(d) ?? d);
  for (const m of evidence.text.matchAll(WIRE_PHRASES)) {
    const form = m[1] ?? m[2] ?? m[3];
    if (form) add(canonicalAgency(form));
    else if (m[0].startsWith('(')) add('Reuters'); // Reuters' house sign-off
  }
  return found;
}
