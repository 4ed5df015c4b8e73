import { describe, expect, it } from 'vitest';
import { encodeClusters } from './cluster-codec';
import { ENGLISH_LEXICON } from './clusters';
import { hashText } from './feature-hash';
import { contextFeatures, INTRINSIC_SLOTS, JOINT_SLOTS, readDocContext, wordInfo } from './features';
import { makeLexicon, NER_FEATURES, type NerLexicon } from './lexicon';
import { CLUSTER_BITS, CLUSTER_BLOB, CLUSTER_COUNT } from './model/clusters.gen';

const CLUSTERS = { count: CLUSTER_COUNT, bits: CLUSTER_BITS, blob: CLUSTER_BLOB };
// runEdges's three joint slots (wordUsage reads intrinsic slots).
const EXTRA = 3;
const WORDS = 'Am Montag sagte der Chef der Deutsche Bank AG in Frankfurt , Christian Sewing , ab .'.split(
  ' ',
);

// Each word's joint features (neighbour roles left out: no NER_FEATURES group reads them).
function joint(lexicon: NerLexicon, words = WORDS): number[][] {
  const infos = words.map((w) => wordInfo(w, lexicon));
  const out = contextFeatures(infos, readDocContext([words]), false, lexicon);
  return words.map((_, i) => [...out.slice(i * JOINT_SLOTS, (i + 1) * JOINT_SLOTS)]);
}

describe('extra feature groups (NER_FEATURES)', () => {
  it('leave a lexicon without them the features it had: the extra slots stay empty', () => {
    // English reads wordUsage alone, which fills intrinsic slots, so its joint extra slots stay empty too.
    expect(ENGLISH_LEXICON.features).toBe(NER_FEATURES.wordUsage);
    for (const lexicon of [ENGLISH_LEXICON, makeLexicon('xx', CLUSTERS, true)]) {
      for (const row of joint(lexicon))
        expect(row.slice(JOINT_SLOTS - EXTRA)).toEqual(new Array(EXTRA).fill(0));
    }
  });

  it('change no shared slot when switched on', () => {
    const base = joint(makeLexicon('xx', CLUSTERS, true));
    const on = joint(makeLexicon('xx', CLUSTERS, true, NER_FEATURES.runEdges));
    on.forEach((row, i) => {
      expect(row.slice(0, JOINT_SLOTS - EXTRA)).toEqual(base[i]!.slice(0, JOINT_SLOTS - EXTRA));
    });
  });

  it('runEdges gives a word of a capitalised run its first and last word and the word before the run', () => {
    const words = 'sagte der Chef der Deutsche Bank AG gestern'.split(' ');
    const rows = joint(makeLexicon('xx', CLUSTERS, true, NER_FEATURES.runEdges), words);
    const edges = (i: number) => rows[i]!.slice(JOINT_SLOTS - 3).map((f) => f !== 0);
    // "Deutsche" opens the run: only its last word; "Bank" inside: all three; "AG" ends it: no last word.
    expect(edges(4)).toEqual([false, true, false]);
    expect(edges(5)).toEqual([true, true, true]);
    expect(edges(6)).toEqual([true, false, true]);
    // Outside a run, and a one-word run ("Chef"), none.
    expect(edges(1)).toEqual([false, false, false]);
    expect(edges(2)).toEqual([false, false, false]);
    // "AG" reads the run's first word: another first word, another feature.
    const other = joint(
      makeLexicon('xx', CLUSTERS, true, NER_FEATURES.runEdges),
      'der Commerz Bank AG'.split(' '),
    );
    expect(other[3]![JOINT_SLOTS - 3]).not.toBe(rows[6]![JOINT_SLOTS - 3]);
  });
});

describe('wordUsage', () => {
  const usage = {
    count: 2,
    blob: encodeClusters([
      [hashText('regierung'), 7],
      [hashText('röttgen'), 9 | (33 << 8)],
    ]),
  };
  const on = makeLexicon('xx', CLUSTERS, true, NER_FEATURES.wordUsage, usage);
  const usageSlots = (lexicon: NerLexicon, word: string) => [
    ...wordInfo(word, lexicon).intrinsic.slice(INTRINSIC_SLOTS - 2),
  ];

  it('is off, its two slots empty, for a lexicon without the group', () => {
    expect(usageSlots(makeLexicon('xx', CLUSTERS, true, 0, usage), 'Regierung')).toEqual([0, 0]);
  });

  it('is on for English, whose table tells a name its 1996 training text never held from a common word', () => {
    // "Trump" is met capitalised in the unlabelled text (PolNeAR, WCXB, WikiANN en), "trump" never: CoNLL-2003
    // holds neither, so the usage class is what tells them apart (README, English tagger).
    const lower = ENGLISH_LEXICON.usageOf('trump') & 0xff;
    const common = ENGLISH_LEXICON.usageOf('candidate') & 0xff;
    expect(lower).not.toBe(0);
    expect(lower).not.toBe(common);
    expect(usageSlots(ENGLISH_LEXICON, 'Trump').every((f) => f !== 0)).toBe(true);
  });

  it("reads the word's case classes and silver-name class, and tells an unknown word apart", () => {
    expect(on.usageOf('regierung')).toBe(7);
    expect(on.usageOf('unbekannt')).toBe(0);
    const known = usageSlots(on, 'Regierung');
    const name = usageSlots(on, 'Röttgen');
    const unknown = usageSlots(on, 'Unbekannt');
    expect(known.every((f) => f !== 0)).toBe(true);
    expect(new Set([known[0], name[0], unknown[0]]).size).toBe(3);
    // Neither "Regierung" nor an unknown word was met in a silver name: the same name class.
    expect(known[1]).toBe(unknown[1]);
    expect(name[1]).not.toBe(known[1]);
    // Capitalisation is part of each: "regierung" in lower case is another feature.
    expect(usageSlots(on, 'regierung')[0]).not.toBe(known[0]);
  });
});
