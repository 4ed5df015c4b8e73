import { PHOTO_SOURCES } from '../../front-matter/credit/constants';
import { splitCredit } from '../../front-matter/credit/split-credit';
import { alternationOf, PAGE_WORDS } from '../../languages';
import { compilePattern } from '../../util/pattern';
import { CAPTION_LINE_MAX_CHARS, CREDIT_LINE_MAX_CHARS, CREDIT_LINE_MAX_WORDS } from './constants';
import { endsSentence } from './text-length';

// "Foto: Jahr Media", "Photo by Jane Doe:", "Credit:" — a credit label of any pack opening the line.
const LABELLED = compilePattern(`^(?:${alternationOf(PAGE_WORDS.creditLabels)})s?(?: by)?\\s*:\\s*\\S`, 'i');
// Photo agencies and stock libraries, whose name in a line of names makes it a credit.
const SOURCE = compilePattern(
  `(?:^|[\\s/|(])(?:${[...PHOTO_SOURCES, 'Getty', 'iStock(?:\\.com|photo)?', 'Shutterstock(?:\\.com)?', 'imago', 'IMAGO'].join('|')})(?:$|[\\s/|)])`,
);

/**
 * True when a short block is a photo credit standing alone in the text, not a sentence: "Foto: Jahr Media",
 * "Getty Images", "AFP / JANE DOE" (photo credits printed as paragraphs under a picture; issue 15).
 */
export function isCreditLine(text: string): boolean {
  if (text.length > CREDIT_LINE_MAX_CHARS || endsSentence(text)) return false;
  const words = text.split(/[\s/|()]+/).filter(Boolean);
  if (words.length > CREDIT_LINE_MAX_WORDS) return false;
  if (LABELLED.test(text)) return true;
  // Names only: every word capitalised, short particles ("de", "von") and "images" aside.
  return (
    SOURCE.test(text) && words.every((w) => /^[\p{Lu}\p{N}]/u.test(w) || w.length <= 3 || w === 'images')
  );
}

/**
 * True when a short paragraph is a photo caption printed as text: it ends in a © credit or an agency's slashed one
 * ("Ski star Marco Odermatt. © AFP / JANE DOE", "A stoat in winter. (jdoe / iStock.com)").
 */
export function isCaptionLine(text: string): boolean {
  // The credit is a part of the text: with neither a © nor a slash in the text, no split can make one.
  if (text.length > CAPTION_LINE_MAX_CHARS || (!text.includes('©') && !text.includes('/'))) return false;
  const { credit } = splitCredit(text);
  return credit !== null && (text.includes('©') || (credit.includes('/') && SOURCE.test(` ${credit} `)));
}
