import { alternationOf, PAGE_WORDS } from '../../languages';
import { compilePattern } from '../../util/pattern';
import { PHOTO_SOURCES } from './constants';

// Normalised text has single spaces, so the patterns below match one literal space where a person sees white space.
const LABELS = alternationOf(PAGE_WORDS.creditLabels);
const CREDIT_LABEL = compilePattern(`\\b(?:${LABELS})s?(?: by)?: ?`, 'gi');
const AGENCY_SLASH = /\b(?:REUTERS|Reuters|AFP|EPA(?:-EFE)?|AP|Getty Images|ANADOLU AGENCY|XINHUA) ?\//g;

const LEADING_LABEL = compilePattern(`^(?:${LABELS})s?(?:\\s+by)?\\s*:?\\s*`, 'i');
const CAPTION_LABEL = compilePattern(
  `^(?:${alternationOf([...PAGE_WORDS.creditLabels.filter((l) => l !== 'Credit'), ...PAGE_WORDS.captionLabels])})\\s*:`,
  'i',
);

/** The text without the spaces and marks that end it (a loop: an anchored `[\s,]+$` backtracks on long runs). */
function trimEndMarks(text: string): string {
  let end = text.length;
  while (end > 0 && /[\s,;:|–—-]/u.test(text[end - 1]!)) end--;
  return text.slice(0, end);
}

/** A caption with its photo credit split off. */
export interface CaptionParts {
  caption: string;
  credit: string | null;
}

// Words that mark a trailing run as a photo credit rather than part of the sentence.
const CREDIT_WORD = compilePattern(`\\b(?:${[...PHOTO_SOURCES, ...PAGE_WORDS.creditWords].join('|')})\\b`);

/**
 * True when a run reads as a credit line (names, agencies, credit words) and not as the rest of a sentence:
 * "REUTERS/Jane Doe/File Photo" does, "Reuters/Ipsos poll, most voters …" does not. A lowercase word longer than
 * a particle ("via", "de", "van") belongs to a sentence.
 */
function readsAsNames(run: string): boolean {
  return run
    .split(/[\s/,;]+/)
    .every((word) => !word || /^[\p{Lu}\p{N}(]/u.test(word) || word.length <= 3 || CREDIT_WORD.test(word));
}

/**
 * Splits a trailing photo credit off a caption: "… Flughafen Frankfurt, © Fraport AG", "… 2017. / AFP PHOTO / STRINGER",
 * "… (Reuters/Jane Doe)", "… Photo: AP", "… (AP Photo/Evan Vucci)", "… AFP/Getty Images".
 */
export function splitCredit(raw: string): CaptionParts {
  const text = raw.trim();
  // "… Flughafen Frankfurt, © Fraport AG", "… im Juni. ©AFP / Jane Doe": the last copyright sign, names after it.
  const sign = text.lastIndexOf('©');
  if (sign > 0) {
    const credit = text.slice(sign + 1).trim();
    if (credit.length >= 2 && credit.length <= 120 && !/[.!?] \p{Lu}/u.test(credit) && readsAsNames(credit))
      return { caption: trimEndMarks(text.slice(0, sign)), credit };
  }
  // "… / AFP PHOTO / STRINGER": the first " / " that opens a run of credit words.
  for (const m of text.matchAll(/ [/|] /g)) {
    const rest = text.slice(m.index + 3);
    if (rest.length <= 120 && CREDIT_WORD.test(rest) && !/[.!?] [A-Z][a-z]/.test(rest)) {
      return { caption: text.slice(0, m.index).trim(), credit: rest.trim() };
    }
  }
  // "… (Reuters/Jane Doe)" or "(Photo: Jane Doe/AFP)" at the very end.
  const paren = /\(([^()]{2,120})\)\s*\.?$/.exec(text);
  if (paren && (CREDIT_WORD.test(paren[1]!) || /\//.test(paren[1]!))) {
    const credit = paren[1]!.replace(LEADING_LABEL, '').trim();
    return { caption: text.slice(0, paren.index).trim(), credit };
  }
  // "… Photo: AP" / "… Photograph: Jane Doe/Reuters" / "… Credit: …"
  let label: RegExpExecArray | null = null;
  for (const m of text.matchAll(CREDIT_LABEL)) label = m;
  if (label) {
    const credit = text.slice(label.index + label[0].length).trim();
    if (credit.length >= 2 && credit.length <= 120 && !credit.includes(':')) {
      return { caption: text.slice(0, label.index).trim(), credit };
    }
  }
  // "… REUTERS/Jane Doe" or "… AFP/Getty Images" glued to the end of the sentence.
  for (const m of text.matchAll(AGENCY_SLASH)) {
    const credit = text.slice(m.index);
    const slashes = credit.split('/').length - 1;
    if (
      credit.length <= 160 &&
      slashes <= 3 &&
      !/[.!?] [A-Z]/.test(credit) &&
      readsAsNames(credit) &&
      (m.index === 0 || /[\s.!?]/.test(text[m.index - 1]!))
    ) {
      return { caption: text.slice(0, m.index).trim(), credit: credit.trim() };
    }
  }
  return { caption: text, credit: null };
}

/** True when a block reads as a photo caption (a credit split off it, or a "Photo:" lead). */
export function looksLikeCaption(raw: string): boolean {
  if (CAPTION_LABEL.test(raw.trim())) return true;
  return splitCredit(raw).credit !== null;
}
