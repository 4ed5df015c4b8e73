import type { Article } from '@copydesk/core';
import { type LayerId, layerOfEntity } from './layers';

/** What a highlight stands for: the whole quote, or its speaker or cue. */
export type MarkRole = 'main' | 'speaker' | 'cue';

/** One highlight of the canonical text. `group` names the fact: "q0", "e3", "d1", "c2". */
export interface Mark {
  start: number;
  end: number;
  layer: LayerId;
  role: MarkRole;
  group: string;
  /** Unique per highlight: a fact may be highlighted at several places (entity mentions). */
  key: string;
}

/** Builds every highlight of an article; facts whose spans fall outside the text are dropped. */
export function buildMarks(article: Article): Mark[] {
  const limit = article.text.length;
  const marks: Mark[] = [];
  const push = (mark: Mark): void => {
    if (mark.start < mark.end && mark.end <= limit) marks.push(mark);
  };
  article.quotes.forEach((quote, i) => {
    const group = `q${i}`;
    push({ ...spanOf(quote.span), layer: 'quote', role: 'main', group, key: group });
    if (quote.speaker) {
      push({ ...spanOf(quote.speaker.span), layer: 'quote', role: 'speaker', group, key: `${group}:s` });
    }
    if (quote.cue) push({ ...spanOf(quote.cue.span), layer: 'quote', role: 'cue', group, key: `${group}:c` });
  });
  for (const entity of article.entities) {
    const layer = layerOfEntity(entity.type);
    entity.mentions.forEach((mention, k) => {
      push({ ...spanOf(mention), layer, role: 'main', group: entity.id, key: `${entity.id}:${k}` });
    });
  }
  article.dates.forEach((date, i) => {
    push({ ...spanOf(date.span), layer: 'date', role: 'main', group: `d${i}`, key: `d${i}` });
  });
  article.casualties.forEach((casualty, i) => {
    push({ ...spanOf(casualty.span), layer: 'casualty', role: 'main', group: `c${i}`, key: `c${i}` });
  });
  return marks;
}

function spanOf(span: { start: number; end: number }): { start: number; end: number } {
  return { start: span.start, end: span.end };
}
