import type { Warning } from '../../schema/article';
import type { DetectedLanguage } from './detect-language';

/**
 * Least lead the detected language needs over its runner-up to overrule the page's declared `lang`. Sites often
 * keep a template's `lang="en"` on German or French articles (32 of the 699 htmldate-dev pages that declare a
 * language), so the text wins when it is clear.
 */
const OVERRULE_MARGIN = 0.05;

/** Languages the detector tells apart less surely than a page does: Malay and Indonesian, the Norwegians. */
const CLOSE_LANGUAGES: readonly (readonly string[])[] = [
  ['ms', 'id'],
  ['no', 'nb', 'nn'],
  ['sr', 'hr', 'bs'],
];

function primary(tag: string): string {
  return tag.toLowerCase().split(/[-_]/)[0] ?? '';
}

function close(a: string, b: string): boolean {
  return a === b || CLOSE_LANGUAGES.some((group) => group.includes(a) && group.includes(b));
}

/**
 * The article's language: the declared tag (with its region, "en-GB") when the text agrees or says nothing clear,
 * the detected language when the page declares none or the text clearly reads as another language (with a
 * `language-mismatch` warning).
 */
export function chooseLanguage(
  declared: string | null,
  detected: DetectedLanguage | null,
  warnings: Warning[],
): string | null {
  if (!declared) return detected?.language ?? null;
  if (!detected || close(primary(declared), detected.language)) return declared;
  if (detected.margin < OVERRULE_MARGIN) return declared;
  warnings.push({
    code: 'language-mismatch',
    message: `the page declares its language as "${declared}" but its text reads as ${detected.language}`,
  });
  return detected.language;
}
