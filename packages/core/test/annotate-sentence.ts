// Test helper: one paragraph of crafted text, annotated the way the pipeline annotates a body.
import { type Body, emptyMeta } from '../src/body';
import type { StoryPack } from '../src/languages/types';
import { type Annotated, annotate } from '../src/nlp/annotate';

/** `pack` is the language to read it in (English by default). */
export function annotateSentence(text: string, pack?: StoryPack): Annotated {
  const body: Body = {
    kind: 'text',
    url: null,
    text,
    blocks: [{ kind: 'paragraph', start: 0, end: text.length }],
    images: [],
    media: [],
    meta: emptyMeta(),
    html: null,
    dateline: null,
    isArticle: { score: 1, reasons: [] },
    warnings: [],
  };
  return annotate(body, pack);
}
