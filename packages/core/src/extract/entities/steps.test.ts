import { describe, expect, it } from 'vitest';
import { hasStory, PACKS } from '../../languages';
import { ENTITY_STEPS, switchOf } from './steps';

describe('switchOf', () => {
  it('runs every step by default', () => {
    const on = switchOf(undefined);
    expect(ENTITY_STEPS.every(on)).toBe(true);
  });

  it('skips the steps a language skips and those the options switch off, and no other', () => {
    const on = switchOf({ off: new Set(['split-title']) }, new Set(['cut-at-verbs']));
    expect(on('split-title')).toBe(false);
    expect(on('cut-at-verbs')).toBe(false);
    expect(ENTITY_STEPS.filter((s) => !on(s))).toEqual(['cut-at-verbs', 'split-title']);
  });
});

describe('the steps a language pack skips', () => {
  const packs = PACKS.filter(hasStory);
  it.each(packs.map((p) => [p.code, p] as const))('are clean-up steps by name (%s)', (_, pack) => {
    for (const step of pack.story.entities.skipSteps ?? [])
      expect(ENTITY_STEPS as readonly string[]).toContain(step);
  });

  it('are none for English and German, some for Spanish and Dutch (chosen on their tune splits)', () => {
    const skips = (code: string) => [...(packs.find((p) => p.code === code)!.story.entities.skipSteps ?? [])];
    expect(skips('en')).toEqual([]);
    expect(skips('de')).toEqual([]);
    expect(skips('es')).toEqual(expect.arrayContaining(['split-title', 'trim-titles']));
    expect(skips('es')).not.toContain('merge-initials');
    expect(skips('nl')).toEqual(['listed-people', 'split-title']);
  });
});
