import type { Article, Casualty, DateMention, Entity, Quote } from '@copydesk/core';
import type { Mark } from './marks';

/** One card of the hover/focus details: a title and label/value rows. */
export interface Detail {
  title: string;
  rows: [label: string, value: string][];
}

const ENTITY_TITLES: Record<Entity['type'], string> = {
  person: 'Person',
  organization: 'Organisation',
  location: 'Place',
  group: 'Group',
};

const QUALIFIER_WORDS: Record<NonNullable<Casualty['qualifier']>, string> = {
  exact: '',
  at_least: 'at least ',
  more_than: 'more than ',
  about: 'about ',
  up_to: 'up to ',
  fewer_than: 'fewer than ',
};

/** Looks up the fact behind a mark group ("q0", "e3", "d1", "c2"). */
export interface FactIndex {
  quote(group: string): Quote | undefined;
  entity(group: string): Entity | undefined;
  date(group: string): DateMention | undefined;
  casualty(group: string): Casualty | undefined;
}

export function indexFacts(article: Article): FactIndex {
  const entities = new Map(article.entities.map((e) => [e.id, e]));
  const at = <T>(list: readonly T[], group: string): T | undefined => list[Number(group.slice(1))];
  return {
    quote: (g) => at(article.quotes, g),
    entity: (g) => entities.get(g),
    date: (g) => at(article.dates, g),
    casualty: (g) => at(article.casualties, g),
  };
}

export function describeQuote(quote: Quote): Detail {
  const rows: Detail['rows'] = [];
  if (quote.speaker) {
    rows.push(['Speaker', quote.speaker.name]);
    if (quote.speaker.text !== quote.speaker.name) rows.push(['As written', quote.speaker.text]);
  } else {
    rows.push(['Speaker', 'unattributed']);
  }
  rows.push(['Cue', quote.cue?.text ?? 'none']);
  rows.push(['Type', quote.type]);
  if (quote.addressee) rows.push(['Addressed to', quote.addressee.text]);
  return { title: 'Quote', rows };
}

export function describeEntity(entity: Entity): Detail {
  const rows: Detail['rows'] = [['Name', entity.name]];
  if (entity.aliases.length) rows.push(['Also', entity.aliases.join(', ')]);
  if (entity.roles.length) rows.push(['Roles', entity.roles.join(', ')]);
  rows.push(['Mentions', String(entity.mentions.length)]);
  return { title: ENTITY_TITLES[entity.type], rows };
}

/** The resolved value as a reader would want it next to the date. */
export function formatDateValue(date: DateMention): string {
  return date.value ?? 'unresolved';
}

export function describeDate(date: DateMention): Detail {
  const rows: Detail['rows'] = [['Resolved', formatDateValue(date)]];
  if (date.precision) rows.push(['Precision', date.precision]);
  rows.push(['Relative', date.relative ? 'yes, to the reference date' : 'no']);
  return { title: 'Date', rows };
}

/** "at least 22 killed", "dozens wounded". */
export function formatCasualty(casualty: Casualty): string {
  const amount =
    casualty.count !== null
      ? `${casualty.qualifier ? QUALIFIER_WORDS[casualty.qualifier] : ''}${casualty.count.toLocaleString('en')}`
      : (casualty.vague ?? 'some');
  return `${amount} ${casualty.kind}`;
}

export function describeCasualty(casualty: Casualty): Detail {
  const rows: Detail['rows'] = [['Count', formatCasualty(casualty)]];
  if (casualty.who) rows.push(['Who', casualty.who]);
  return { title: 'Casualties', rows };
}

/** The details for the marks under the pointer, one card per fact, skipping hidden layers. */
export function describeMarks(
  marks: readonly Mark[],
  facts: FactIndex,
  visible: (m: Mark) => boolean,
): Detail[] {
  const seen = new Set<string>();
  const details: Detail[] = [];
  for (const mark of marks) {
    if (seen.has(mark.group) || !visible(mark)) continue;
    seen.add(mark.group);
    const detail = describeGroup(mark, facts);
    if (detail) details.push(detail);
  }
  return details;
}

function describeGroup(mark: Mark, facts: FactIndex): Detail | null {
  if (mark.layer === 'quote') {
    const quote = facts.quote(mark.group);
    return quote ? describeQuote(quote) : null;
  }
  if (mark.layer === 'date') {
    const date = facts.date(mark.group);
    return date ? describeDate(date) : null;
  }
  if (mark.layer === 'casualty') {
    const casualty = facts.casualty(mark.group);
    return casualty ? describeCasualty(casualty) : null;
  }
  const entity = facts.entity(mark.group);
  return entity ? describeEntity(entity) : null;
}
