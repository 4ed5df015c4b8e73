import { describe, expect, it } from 'vitest';
import { findElement, loadDom, textContent, walkElements } from './dom';
import { markedDatelines, moveLeadDateline } from './lead-dateline';

function dom(html: string) {
  const { root } = loadDom(html, 100);
  const content = findElement(root, (el) => el.attrs.class === 'body')!;
  return { root, content };
}

describe('moveLeadDateline', () => {
  it('moves a dateline printed beside the story’s container into its first paragraph, with a space', () => {
    const { content } = dom(
      '<div><span class="story-dateline">BEIRUT:</span><div class="body"><h2>Aside</h2><p>Fighting resumed.</p></div></div>',
    );
    expect(moveLeadDateline([content])?.tag).toBe('span');
    const p = findElement(content, (el) => el.tag === 'p')!;
    expect(textContent(p)).toBe('BEIRUT: Fighting resumed.');
  });

  it('leaves a page alone whose marked element is no dateline, or that has no paragraph', () => {
    for (const html of [
      '<div><span class="dateline">DECEMBER 27, 2024</span><div class="body"><p>Fighting resumed.</p></div></div>',
      '<div><span class="dateline">|</span><div class="body"><p>Fighting resumed.</p></div></div>',
      '<div><span class="headline">BEIRUT:</span><div class="body"><p>Fighting resumed.</p></div></div>',
      '<div><span class="dateline">BEIRUT:</span><div class="body"><div>Fighting resumed.</div></div></div>',
    ]) {
      const { content } = dom(html);
      expect(moveLeadDateline([content])).toBeNull();
    }
  });
});

describe('markedDatelines', () => {
  it('lists the marked datelines inside the story as printed, and nothing else classed so', () => {
    const { root, content } = dom(
      '<div class="body"><p>Intro.</p><p><span class="dateline">MIAMI – </span>Haley spoke.</p><span class="dateline-bar">|</span></div>',
    );
    expect(markedDatelines(walkElements(root), [content])).toEqual(['MIAMI –']);
    // Outside the story, a marked dateline is another story's.
    expect(markedDatelines(walkElements(root), [])).toEqual([]);
  });
});
