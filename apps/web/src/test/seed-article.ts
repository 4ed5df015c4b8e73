// A seed Article with hand-made facts, so view tests do not depend on the extractors' output.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { type Article, parseArticle, type Span } from '@copydesk/core';
import { SEED_REFERENCE_DATE } from '../constants';

export const SEED_TEXT = readFileSync(
  fileURLToPath(new URL('../../../../seeds/afp-syria-albu-kamal-2017-11-19.txt', import.meta.url)),
  'utf8',
);

/** The span of the `nth` (0-based) occurrence of `needle` in `text`. */
export function spanOf(text: string, needle: string, nth = 0): Span {
  let at = -1;
  for (let i = 0; i <= nth; i++) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) throw new Error(`"${needle}" occurs fewer than ${nth + 1} times`);
  }
  return { start: at, end: at + needle.length, text: needle };
}

/** Every occurrence of `needle` in `text`. */
export function spansOf(text: string, needle: string): Span[] {
  const spans: Span[] = [];
  for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + needle.length)) {
    spans.push({ start: at, end: at + needle.length, text: needle });
  }
  return spans;
}

/** The seed parsed by the library, with two speakers' quotes, two entities, a date and a casualty count added by hand. */
export function seedWithFacts(): Article {
  const article = parseArticle({ text: SEED_TEXT }, { publishedAt: SEED_REFERENCE_DATE });
  const t = article.text;
  const source = spanOf(t, 'a military source in Deir Ezzor');
  const told = spanOf(t, 'told', 0);
  const q1 = spanOf(t, 'Syrian troops and allied forces took full control of Albu Kamal');
  const q2 = spanOf(t, 'IS put up fierce resistance');
  const sana = spanOf(t, 'SANA');
  const saying = spanOf(t, 'saying');
  const q3 = spanOf(
    t,
    'Syrian army and its allies eliminated the last Daesh (IS) terrorist pocket in the town',
  );
  const speaker = { text: source.text, name: source.text, entityId: null, span: source };
  return {
    ...article,
    quotes: [
      {
        text: q1.text,
        type: 'direct',
        span: q1,
        speaker,
        cue: { text: 'told', span: told },
        addressee: null,
      },
      {
        text: q2.text,
        type: 'direct',
        span: q2,
        speaker,
        cue: { text: 'told', span: told },
        addressee: null,
      },
      {
        text: q3.text,
        type: 'mixed',
        span: q3,
        speaker: { text: 'SANA', name: 'SANA', entityId: 'e2', span: sana },
        cue: { text: 'saying', span: saying },
        addressee: null,
      },
    ],
    entities: [
      {
        id: 'e1',
        type: 'location',
        name: 'Albu Kamal',
        aliases: [],
        roles: [],
        mentions: spansOf(t, 'Albu Kamal'),
      },
      {
        id: 'e2',
        type: 'organization',
        name: 'SANA',
        aliases: ['State news agency'],
        roles: [],
        mentions: [sana],
      },
    ],
    dates: [
      { text: 'Sunday', span: spanOf(t, 'Sunday'), value: '2017-11-19', precision: 'day', relative: true },
    ],
    casualties: [],
  };
}
