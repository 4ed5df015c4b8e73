import { table } from '../util/table';
import type { MonthTable, PageWords } from './types';

/** Page words with every list a pack leaves out empty; month tables become prototype-free. */
export function pageWords(words: Partial<PageWords> & { months: Record<string, number> }): PageWords {
  return {
    monthAbbreviations: {},
    yearFirstMarks: [],
    bylineLabels: [],
    bylineRoles: [],
    bylineTimestamps: [],
    bylineOtherCredits: [],
    bylineJoiners: [],
    publishedLabels: [],
    publishedLinks: [],
    publishedByLabels: [],
    memberSinceLabels: [],
    stampLabels: [],
    stampPrefixes: [],
    bylineElementLabels: [],
    bylineOnBehalf: [],
    bylineElementTails: [],
    bylineNotNames: [],
    bylineNodeLabels: [],
    bylineNodeOpeners: [],
    furnitureLabels: [],
    tailHeadings: [],
    noticePhrases: [],
    creditLabels: [],
    captionLabels: [],
    creditWords: [],
    datelineMonths: [],
    datelineKickers: [],
    agencyServices: [],
    agencyArticles: [],
    agencies: [],
    ...words,
    months: table(words.months) as MonthTable,
  };
}
