import { DEK_CLASS, META_KEYS } from '../constants';
import { classAndId, contains, type ElementNode, foldSpace, textContent } from '../dom';
import type { JsonLdFacts } from '../json-ld';
import type { PageScan } from '../scan-page';
import { chooseHeadline } from '../title';
import { metaValue } from './meta-value';

/** The headline: the `<h1>` that matches a declared title (JSON-LD, metas, `<title>`), else the declared title. */
export function findHeadline(scan: PageScan, jsonLd: JsonLdFacts, siteName: string | null): string | null {
  const h1s = scan.h1s
    .slice(0, 5)
    .map((el) => foldSpace(textContent(el)))
    .filter(Boolean);
  return chooseHeadline([jsonLd.headline, metaValue(scan, META_KEYS.headline), scan.title], h1s, siteName);
}

/** A standfirst printed near the headline and outside the body, by class; null when none (faz-1, lastampa-1). */
export function findDek(root: ElementNode, content: ElementNode[]): string | null {
  const stack: ElementNode[] = [root];
  let checked = 0;
  while (stack.length > 0 && checked < 5000) {
    const el = stack.pop()!;
    checked++;
    if (content.some((c) => contains(c, el))) continue;
    const words = classAndId(el);
    if (words && DEK_CLASS.test(words) && /^(?:p|h2|div|span|h3)$/.test(el.tag)) {
      const text = foldSpace(textContent(el));
      if (text.length >= 30 && text.length <= 400) return text;
    }
    for (let i = el.children.length - 1; i >= 0; i--) {
      const c = el.children[i]!;
      if (c.type === 'element') stack.push(c);
    }
  }
  return null;
}

/** The dek, and whether it is printed as a block of the text (a description is only metadata). */
export interface Dek {
  dek: string | null;
  /** The printed standfirst, when it is not the body's own opening: it becomes the text's dek block. */
  printed: string | null;
}

/** The printed standfirst, else the page's description (lemonde-1), unless the body already opens with it. */
export function chooseDek(
  printed: string | null,
  scan: PageScan,
  jsonLd: JsonLdFacts,
  bodyStart: string,
): Dek {
  const inText = printed && !bodyStart.startsWith(printed.slice(0, 40)) ? printed : null;
  if (inText) return { dek: inText, printed: inText };
  const description = jsonLd.description ?? metaValue(scan, META_KEYS.description);
  const fallback =
    description && !bodyStart.startsWith(foldSpace(description).slice(0, 40)) ? foldSpace(description) : null;
  return { dek: fallback, printed: null };
}
