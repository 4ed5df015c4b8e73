import { describe, expect, it } from 'vitest';
import { checkPack } from '../../../test/check-pack';
import { EN } from './index';

const { story } = EN;
const isLower = (w: string) => w === w.toLowerCase();

describe('the en pack', () => {
  checkPack(EN, 'en');

  it('has a story part', () => {
    expect(story).not.toBeNull();
  });

  it('maps every month 1–12 in the story dates, "May" once as a name', () => {
    const values = new Set(Object.values(story.dates.months));
    expect([...values].sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(story.dates.months.may).toBe(5);
    expect(story.dates.months.sept).toBe(9);
    expect(EN.page.monthAbbreviations.may).toBeUndefined();
  });

  it('names only calendar units as plural units', () => {
    for (const w of story.dates.pluralUnits) expect(story.dates.calendarUnits[w], w).toBeDefined();
  });

  it('numbers the weekdays 0–6 from Sunday, as Date.getUTCDay does', () => {
    expect(story.dates.weekdays).toMatchObject({ sunday: 0, monday: 1, saturday: 6 });
    expect(new Set(Object.values(story.dates.weekdays)).size).toBe(7);
  });

  it('keeps cue verbs lower case, each with a lemma that is one of its forms', () => {
    for (const [form, { lemma }] of story.quotes.cueVerbs) {
      expect(isLower(form), form).toBe(true);
      expect(story.quotes.cueVerbs.get(lemma)?.lemma, form).toBe(lemma);
    }
    for (const lemma of story.quotes.cueParticles.keys()) expect(story.quotes.cueVerbs.has(lemma)).toBe(true);
  });

  it('names only cue lemmas in the lemma sets of its quote rules', () => {
    const { addresseeCues, questionCues, notSpeechParticles, cueVerbs } = story.quotes;
    for (const lemma of [...addresseeCues, ...questionCues, ...notSpeechParticles.keys()])
      expect(cueVerbs.get(lemma)?.lemma, lemma).toBe(lemma);
    for (const form of [...story.quotes.sentenceOpeningCues, ...story.quotes.freeParticiples])
      expect(cueVerbs.has(form), form).toBe(true);
  });

  it.each([
    ['future cues', story.dates.futureCues, 'past verbs', story.dates.pastVerbs],
    [
      'number words',
      new Set(Object.keys(story.numbers.numberWords)),
      'scale words',
      new Set(Object.keys(story.numbers.scaleWords)),
    ],
    [
      'weekdays',
      new Set(Object.keys(story.dates.weekdays)),
      'months',
      new Set(Object.keys(story.dates.months)),
    ],
    ['person nouns', story.casualties.personNouns, 'measure words', story.casualties.measureWords],
  ])('never puts a word in both %s and %s', (_a, one, _b, other) => {
    for (const w of one) expect(other.has(w), w).toBe(false);
  });

  it('gives a casualty word the same kind as a verb and as a state', () => {
    const { activeVerbs, eventNouns, states } = story.casualties;
    for (const [w, kind] of Object.entries(states)) {
      if (w in activeVerbs) expect(activeVerbs[w], w).toBe(kind);
      if (w in eventNouns) expect(eventNouns[w], w).toBe(kind);
    }
  });

  it('lists casualty qualifiers longest first, so "no fewer than" wins over "fewer than"', () => {
    const lengths = story.casualties.qualifiers.map(([phrase]) => phrase.split(' ').length);
    const firstOneWord = lengths.indexOf(1);
    expect(lengths.slice(firstOneWord).every((n) => n === 1)).toBe(true);
  });

  it('keeps the sentence abbreviations lower case, month abbreviations among them', () => {
    for (const w of story.sentences.abbreviations) expect(isLower(w), w).toBe(true);
    for (const w of Object.keys(EN.page.monthAbbreviations))
      expect(story.sentences.abbreviations.has(w)).toBe(true);
  });

  it('holds the words the HTML reader reads in English page metadata', () => {
    const { page } = EN;
    for (const field of [
      page.publishedByLabels,
      page.memberSinceLabels,
      page.stampLabels,
      page.stampPrefixes,
      page.bylineElementLabels,
      page.bylineElementTails,
      page.bylineNotNames,
      page.bylineNodeLabels,
      page.bylineNodeOpeners,
    ])
      expect(field.length).toBeGreaterThan(0);
  });

  it('tries "author" before "authors" in a byline element, as the reader always has', () => {
    const labels = EN.page.bylineElementLabels;
    expect(labels.indexOf('author')).toBeLessThan(labels.indexOf('authors'));
  });
});
