import { canonicalAgency } from '../../front-matter/agencies/canonical-agency';
import { AGENCIES, AMBIGUOUS_FORMS } from '../../front-matter/agencies/constants';
import { ENGLISH } from '../../languages';
import type { AgencyWords } from '../../languages/types';
import { compilePattern, escapeRegExp } from '../../util/pattern';

export interface AgencyEvidence {
  /** Agency printed in the dateline: "WASHINGTON (AP) —". */
  dateline: string | null;
  /** Roles or names of authors that are agencies: "By Jane Doe, Associated Press". */
  bylines: readonly string[];
  /** Agencies declared by page metadata. */
  declared: readonly string[];
  /** The canonical text, scanned for wire-only phrases ("told AFP", "an AFP correspondent"). */
  text: string;
  /** The article's wire phrases; null when its language has no story pack, so the text is not scanned. */
  words: AgencyWords | null;
}

const FORMS = AGENCIES.flatMap((a) => a.forms)
  .filter((f) => !AMBIGUOUS_FORMS.has(f))
  .sort((a, b) => b.length - a.length)
  .map(escapeRegExp)
  .join('|');

// "told AFP", "an AFP videographer" and sign-offs like "-- AFP" appear only in the agency's own copy.
// Normalised text has single spaces, so one literal space stands for white space.
function wirePhrases(w: AgencyWords): readonly RegExp[] {
  return [
    compilePattern(
      `\\b(?:${w.toldPhrases.join('|')}) (?:the )?(${FORMS})\\b(?! (?:${w.notAfterTold.join('|')}))`,
      'g',
    ),
    compilePattern(`\\b(?:${w.articles.join('|')}) (${FORMS}) (?:${w.staffNouns.join('|')})\\b`, 'g'),
  ];
}
// A sign-off like "-- AFP" is no language's words.
const SIGN_OFF = compilePattern(`^(?:--|—|–) ?(${FORMS})$`, 'gm');
const PHRASES = new WeakMap<AgencyWords, { phrases: readonly RegExp[]; reportingBy: RegExp }>();

// Reuters' house sign-off.
function reportingBy(w: AgencyWords): RegExp {
  return compilePattern(`\\((?:${w.reportingLabels.join('|')}) by `);
}

function phrasesOf(w: AgencyWords) {
  let found = PHRASES.get(w);
  if (!found) {
    found = { phrases: wirePhrases(w), reportingBy: reportingBy(w) };
    PHRASES.set(w, found);
  }
  return found;
}

// Compiled at load so that the ReDoS test sees the English patterns.
phrasesOf(ENGLISH.story.agencies);

function hasReportingCredit(text: string, re: RegExp): boolean {
  const m = re.exec(text);
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
  const story = evidence.words ? phrasesOf(evidence.words) : null;
  for (const re of [...(story?.phrases ?? []), SIGN_OFF])
    for (const m of evidence.text.matchAll(re)) add(canonicalAgency(m[1]!));
  if (story && evidence.words && hasReportingCredit(evidence.text, story.reportingBy))
    add(evidence.words.reportingAgency);
  return found;
}
