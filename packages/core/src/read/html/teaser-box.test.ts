import { describe, expect, it } from 'vitest';
import { type ElementNode, loadDom, walkElements } from './dom';
import { inStory, storyAncestor, teaserBox } from './teaser-box';

function page(html: string): (id: string) => ElementNode {
  const all = walkElements(loadDom(html, 500).root);
  return (id) => all.find((el) => el.attrs.id === id)!;
}

describe('teaserBox', () => {
  it('is the largest element round the heading that holds none of the story', () => {
    const el = page(
      '<main id="main"><div id="post"><p id="p1">a</p><p id="p2">b</p></div><aside id="aside"><div id="box"><h3 id="h">Read this next</h3></div></aside></main>',
    );
    expect(teaserBox(el('h'), [el('p1'), el('p2')])).toBe(el('aside'));
  });

  it('is the heading itself when it stands among the story’s blocks', () => {
    const el = page('<div id="post"><p id="p1">a</p><h4 id="h">Auch interessant</h4><p id="p2">b</p></div>');
    expect(teaserBox(el('h'), [el('p1')])).toBe(el('h'));
  });
});

describe('storyAncestor', () => {
  it('is the nearest element that holds every paragraph', () => {
    const el = page(
      '<div id="outer"><div id="post"><section id="s1"><p id="p1">a</p></section><section id="s2"><p id="p2">b</p></section></div></div>',
    );
    expect(storyAncestor([el('p1'), el('p2')])).toBe(el('post'));
    expect(storyAncestor([el('p1')])).toBe(el('s1'));
    expect(storyAncestor([])).toBeNull();
  });
});

describe('inStory', () => {
  const el = page(
    '<div id="page"><div class="rich" id="r1"><p id="p1">a</p></div><div class="callout" id="c"><p id="t">teaser</p></div><div class="rich" id="r2"><p id="p2">b</p></div><div class="rich other" id="r3"><p id="p3">c</p></div></div>',
  );
  it('holds what is in the story’s element', () => {
    expect(inStory(el('r1'), el('p1'))).toBe(true);
  });
  it('holds a twin sibling of the story’s element (a story split round its boxes)', () => {
    expect(inStory(el('r1'), el('p2'))).toBe(true);
  });
  it('leaves out a box beside it and a sibling of another class', () => {
    expect(inStory(el('r1'), el('t'))).toBe(false);
    expect(inStory(el('r1'), el('p3'))).toBe(false);
  });
});
