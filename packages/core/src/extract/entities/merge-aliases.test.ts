import { describe, expect, it } from 'vitest';
import { storyPackFor } from '../../languages';
import { annotate } from '../../nlp/annotate';
import { readText } from '../../read/text/read-text';
import type { Mention } from './mention';
import { mergeAliases } from './merge-aliases';

/** A mention of each occurrence of `name` in the text, typed in turn by `types`. */
function mentionsOf(
  text: string,
  name: string,
  types: Mention['type'][],
  language = 'en',
): { doc: ReturnType<typeof annotate>; mentions: Mention[] } {
  const doc = annotate(readText(text), storyPackFor(language)!);
  return { doc, mentions: mentionsIn(doc, name, types) };
}

/** A mention of each occurrence of each of the names `name` lists (" | " between forms), typed in turn. */
function mentionsIn(doc: ReturnType<typeof annotate>, name: string, types: Mention['type'][]): Mention[] {
  const mentions: Mention[] = [];
  for (const form of name.split(' | '))
    mentions.push(...occurrences(doc, form, types.slice(mentions.length)));
  return mentions.sort((a, b) => a.start - b.start);
}

function occurrences(doc: ReturnType<typeof annotate>, name: string, types: Mention['type'][]): Mention[] {
  const words = name.split(' ');
  const mentions: Mention[] = [];
  doc.tokens.forEach((t, i) => {
    if (words.every((w, k) => doc.tokens[i + k]?.text === w)) {
      const last = i + words.length - 1;
      const type = types[mentions.length]!;
      mentions.push({ start: t.start, end: doc.tokens[last]!.end, text: name, first: i, last, type });
    }
  });
  return mentions;
}

describe('mergeAliases: one name typed two ways', () => {
  it('merges a full name the tagger typed a person once and an organisation once', () => {
    const { doc, mentions } = mentionsOf(
      'Aryna Sabalenka beat Maria Sakkari 6-0. Later Aryna Sabalenka plays Elena Rybakina.',
      'Aryna Sabalenka',
      ['PER', 'ORG'],
    );
    const sets = mergeAliases(doc, mentions);
    expect(sets.find(0)).toBe(sets.find(1));
  });

  it('merges a full name the tagger typed a person in a headline and a place in the text', () => {
    const { doc, mentions } = mentionsOf(
      'Army retakes Albu Kamal from rebels\n\nThe army took full control of Albu Kamal on Sunday.',
      'Albu Kamal',
      ['PER', 'LOC'],
    );
    const sets = mergeAliases(doc, mentions);
    expect(sets.find(0)).toBe(sets.find(1));
  });

  it.each([
    [
      'one word typed a place and an organisation (the town and its county side)',
      'Police in Durham said the roads were closed. Somerset beat Durham.',
      'Durham',
    ],
    [
      'a full name typed a place and an organisation ("New York" the city and the team)',
      'Rain fell on New York all day. New York beat Boston 3-1.',
      'New York',
    ],
  ])('keeps apart %s', (_why, text, name) => {
    const { doc, mentions } = mentionsOf(text, name, ['LOC', 'ORG']);
    const sets = mergeAliases(doc, mentions);
    expect(sets.find(0)).not.toBe(sets.find(1));
  });
});

describe('mergeAliases: inflected adjectives in German names', () => {
  it('merges "Deutsche Bank" and "Deutschen Bank", and keeps English names as written', () => {
    const text =
      'Die Deutsche Bank schließt ihre Filiale. Ein Sprecher der Deutschen Bank sagte das am Montag.';
    const { doc, mentions } = mentionsOf(text, 'Deutsche Bank | Deutschen Bank', ['ORG', 'ORG'], 'de');
    expect(mentions.map((m) => m.text)).toEqual(['Deutsche Bank', 'Deutschen Bank']);
    const sets = mergeAliases(doc, mentions);
    expect(sets.find(0)).toBe(sets.find(1));
    const english = mentionsOf(
      'The Golden State won. Goldens State fans cheered.',
      'Golden State | Goldens State',
      ['ORG', 'ORG'],
    );
    const englishSets = mergeAliases(english.doc, english.mentions);
    expect(englishSets.find(0)).not.toBe(englishSets.find(1));
  });
});

describe('mergeAliases: a German genitive', () => {
  const merged = (text: string, name: string, language = 'de') => {
    const { doc, mentions } = mentionsOf(text, name, ['PER', 'PER'], language);
    expect(mentions.map((m) => m.text)).toEqual(name.split(' | '));
    const sets = mergeAliases(doc, mentions);
    return sets.find(1) === sets.find(0);
  };

  it('merges "Özils" and "Angela Merkels" with the person they name', () => {
    expect(merged('Mesut Özil hat abgerechnet. Özils Antworten sind klar.', 'Mesut Özil | Özils')).toBe(true);
    expect(
      merged('Angela Merkel schwieg. Angela Merkels Sprecher auch.', 'Angela Merkel | Angela Merkels'),
    ).toBe(true);
  });

  it('adds no s to a sibilant, and none in English', () => {
    expect(merged('Peter Hans kam. Hanss Rede war lang.', 'Peter Hans | Hanss')).toBe(false);
    expect(merged('Mark Evan spoke. Evans spoke too.', 'Mark Evan | Evans', 'en')).toBe(false);
  });
});

describe('mergeAliases: a first name alone', () => {
  it('merges "Linda" with the one person named Linda, a first word in capitals too', () => {
    for (const full of ['Linda Nolan', 'LINDA Nolan']) {
      const text = `${full} is unwell. Linda said the doctors were kind.`;
      const { doc, mentions } = mentionsOf(text, `${full} | Linda`, ['PER', 'PER']);
      const sets = mergeAliases(doc, mentions);
      expect(sets.find(0)).toBe(sets.find(1));
    }
  });

  it('keeps it apart when two people share it, or when it is typed no person', () => {
    const shared = mentionsOf(
      'Hillary Clinton spoke. Hillary Duff sang. Hillary said the doctors were kind.',
      'Hillary Clinton | Hillary Duff | Hillary',
      ['PER', 'PER', 'PER'],
    );
    const sets = mergeAliases(shared.doc, shared.mentions);
    expect(sets.find(2)).not.toBe(sets.find(0));
    expect(sets.find(2)).not.toBe(sets.find(1));
    // "Scott" after "Tim Scott" and "Scott Walker" is Tim Scott's surname, never also Walker's first name.
    const both = mentionsOf(
      'Tim Scott spoke. Scott Walker spoke. Later Scott said the plan was fine.',
      'Tim Scott | Scott Walker',
      ['PER', 'PER'],
    );
    const at = both.doc.tokens.findIndex(
      (t, i) => t.text === 'Scott' && both.doc.tokens[i - 1]?.text === 'Later',
    );
    const t = both.doc.tokens[at]!;
    const scott: Mention = { start: t.start, end: t.end, text: 'Scott', first: at, last: at, type: 'PER' };
    const bothSets = mergeAliases(both.doc, [...both.mentions, scott]);
    expect(bothSets.find(0)).not.toBe(bothSets.find(1));
    const place = mentionsOf('Paris Hilton sang. Paris was cold.', 'Paris Hilton | Paris', ['PER', 'LOC']);
    const placeSets = mergeAliases(place.doc, place.mentions);
    expect(placeSets.find(0)).not.toBe(placeSets.find(1));
  });
});

describe('mergeAliases: a surname after a title of the other gender', () => {
  /** The full names given, then the surname where it stands alone. */
  function family(text: string, names: string[], surname = 'Corbett') {
    const doc = annotate(readText(text), storyPackFor('en')!);
    const full = names.flatMap((n) => occurrences(doc, n, ['PER']));
    const alone = occurrences(doc, surname, ['PER', 'PER', 'PER', 'PER']).filter(
      (m) => !full.some((f) => f.first <= m.first && m.last <= f.last),
    );
    return { doc, mentions: [...full, ...alone] };
  }

  it('keeps "Ms Corbett" apart from "Jason Corbett", and merges "Mr Corbett" with him', () => {
    for (const [title, merged] of [
      ['Ms', false],
      ['Mrs.', false],
      ['Mr', true],
    ] as const) {
      const text = `Jason Corbett was killed in 2015. ${title} Corbett said the family was relieved.`;
      const { doc, mentions } = family(text, ['Jason Corbett']);
      expect(mentions).toHaveLength(2);
      const sets = mergeAliases(doc, mentions);
      expect(sets.find(0) === sets.find(1)).toBe(merged);
    }
  });

  it('keeps every "Mrs. Clinton" apart from "Bill Clinton", though "Mr. Clinton" is the same word and is his', () => {
    const { doc, mentions } = family(
      'Bill Clinton spoke. Mr. Clinton waved. Mrs. Clinton said the plan was fine. Mrs. Clinton left.',
      ['Bill Clinton'],
      'Clinton',
    );
    expect(mentions).toHaveLength(4);
    const sets = mergeAliases(doc, mentions);
    expect(sets.find(1)).toBe(sets.find(0));
    expect(sets.find(2)).not.toBe(sets.find(0));
    expect(sets.find(3)).toBe(sets.find(2));
  });

  it('gives the surname to the one of the family whose given name fits the title', () => {
    const { doc, mentions } = family(
      'Molly Corbett spoke. Jason Corbett was killed in 2015. Mrs Corbett said the family was relieved.',
      ['Molly Corbett', 'Jason Corbett'],
    );
    expect(mentions).toHaveLength(3);
    const sets = mergeAliases(doc, mentions);
    expect(sets.find(2)).toBe(sets.find(0));
    expect(sets.find(2)).not.toBe(sets.find(1));
  });
});
