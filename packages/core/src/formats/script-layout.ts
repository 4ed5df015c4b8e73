import type { Article } from '../schema/article';

// Chinese, Japanese and Korean share code points whose glyphs differ by language (Han unification): a viewer
// picks the right font only when it knows the language. They are the left-to-right articles whose layout
// needs their language stated.
const CJK = new Set(['zh', 'ja', 'ko']);

/** A BCP 47 tag safe inside an HTML attribute, or null: letters, digits and hyphens only. */
function safeTag(tag: string | null): string | null {
  return tag && /^[A-Za-z]{2,8}(?:-[A-Za-z0-9]{1,8})*$/.test(tag) ? tag : null;
}

/**
 * How a renderer must mark an article so that viewers lay it out right: its writing direction, and its
 * language when the direction is right to left or the script is Chinese, Japanese or Korean; null for an
 * article any viewer shows correctly unmarked (English, German, Russian …).
 */
export function scriptLayout(article: Article): { dir: 'ltr' | 'rtl'; lang: string | null } | null {
  const lang = safeTag(article.language);
  const primary = lang?.toLowerCase().split('-')[0] ?? '';
  if (article.direction === 'rtl') return { dir: 'rtl', lang };
  return lang && CJK.has(primary) ? { dir: 'ltr', lang } : null;
}

// Ideographs, kana and their punctuation: a line break between two of them is no space, as it is in English.
const UNSPACED_END = /[\u3000-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef]$/;
const UNSPACED_START = /^[\u3000-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef]/;

/** Lines of one paragraph joined into one: by a space, except between Chinese or Japanese characters. */
export function joinLines(lines: readonly string[]): string {
  let out = '';
  for (const line of lines) {
    if (!line) continue;
    out += out && !(UNSPACED_END.test(out) && UNSPACED_START.test(line)) ? ` ${line}` : line;
  }
  return out;
}

/** The language a byline line names, when it is not English (English is what a reader of copydesk expects). */
export function shownLanguage(article: Article): string | null {
  const lang = safeTag(article.language);
  return lang && lang.toLowerCase().split('-')[0] !== 'en' ? lang : null;
}
