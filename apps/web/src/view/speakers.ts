import type { Quote } from '@copydesk/core';

/** How many distinct quote colours the stylesheet defines (.q-c0 … .q-c7). */
export const SPEAKER_COLOR_COUNT = 8;

/** The quotes of one speaker, in text order, with the colour they are drawn in. */
export interface SpeakerGroup {
  key: string;
  name: string;
  color: number;
  quotes: { index: number; quote: Quote }[];
}

/** Identifies a speaker across quotes: the resolved entity when known, else the canonical name. */
export function speakerKeyOf(quote: Quote): string {
  if (!quote.speaker) return '(unattributed)';
  return quote.speaker.entityId ?? `name:${quote.speaker.name.trim().toLowerCase()}`;
}

/** Groups quotes by speaker, colouring speakers in order of first appearance. */
export function groupQuotesBySpeaker(quotes: readonly Quote[]): SpeakerGroup[] {
  const groups = new Map<string, SpeakerGroup>();
  quotes.forEach((quote, index) => {
    const key = speakerKeyOf(quote);
    let group = groups.get(key);
    if (!group) {
      const name = quote.speaker?.name || 'Unattributed';
      group = { key, name, color: groups.size % SPEAKER_COLOR_COUNT, quotes: [] };
      groups.set(key, group);
    }
    group.quotes.push({ index, quote });
  });
  return [...groups.values()];
}

/** The colour of each quote by index, for drawing highlights. */
export function colorByQuote(groups: readonly SpeakerGroup[]): Map<number, number> {
  const colors = new Map<number, number>();
  for (const group of groups) for (const { index } of group.quotes) colors.set(index, group.color);
  return colors;
}
