import { canonicalAgency } from '../../front-matter/agencies/canonical-agency';
import { AGENCIES, AMBIGUOUS_FORMS } from '../../front-matter/agencies/constants';
import { compilePattern } from '../../util/pattern';

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
// Normalised text has single spaces, so one literal space stands for white space.
const WIRE_PHRASES: readonly RegExp[] = [
  compilePattern(
    `\\b(?:told|tells|telling|spoke to|speaking to|said in a statement to) (?:the )?(${FORMS})\\b(?! (?:reported|said|says))`,
    'g',
  ),
  compilePattern(
    `\\b(?:an?|the) (${FORMS}) (?:correspondent|reporter|journalist|photographer|videographer|tally|count|team|crew)\\b`,
    'g',
  ),
  compilePattern(`^(?:--|—|–) ?(${FORMS})$`, 'gm'),
];
// Reuters' house sign-off.
const REPORTING_BY = /\((?:Reporting|Additional reporting) by /;

function hasReportingCredit(text: string): boolean {
  const m = REPORTING_BY.exec(text);
  if (!m) return false;
  const close = text.indexOf(')', m.index);
  return close > 0 && close - m.index < 300;
}

/** The wire agencies behind an article, canonical and in order of evidence strength. */
export function extractAgencies(evidence: AgencyEvidence): string[] {
  const found: string[] = [];
  const add = (name: string | null) => {
    if (name && !found.includes(name)) found.push(name);
  };
  add(evidence.dateline ? canonicalAgency(evidence.dateline) : null);
  for (const b of evidence.bylines) add(canonicalAgency(b));
  for (const d of evidence.declared) add(canonicalAgency(d) ?? d);
  for (const re of WIRE_PHRASES) for (const m of evidence.text.matchAll(re)) add(canonicalAgency(m[1]!));
  if (hasReportingCredit(evidence.text)) add('Reuters');
  return found;
}
