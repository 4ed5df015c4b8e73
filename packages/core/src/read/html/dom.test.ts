import { parseDocument } from 'htmlparser2';
import { describe, expect, it } from 'vitest';
import {
  type DomNode,
  type ElementNode,
  elementsWithin,
  endsName,
  loadDom,
  textContent,
  walkElements,
} from './dom';

/** A tree as nested arrays: [tag, attributes, ...children], text as strings. */
type Shape = string | [string, Record<string, string>, ...Shape[]];
function shapeOf(node: DomNode): Shape {
  if (node.type === 'text') return node.data;
  return [node.tag, node.attrs, ...node.children.map(shapeOf)];
}
// htmlparser2's own tree (domhandler), as the same shape: adjacent text nodes joined as loadDom joins them.
function referenceShape(html: string): Shape[] {
  type Ref = {
    type: string;
    name?: string;
    attribs?: Record<string, string>;
    data?: string;
    children?: Ref[];
  };
  const walk = (nodes: Ref[]): Shape[] => {
    const out: Shape[] = [];
    for (const n of nodes) {
      if (n.type === 'text') {
        if (typeof out[out.length - 1] === 'string') out[out.length - 1] += n.data!;
        else out.push(n.data!);
      } else if (n.type === 'tag' || n.type === 'script' || n.type === 'style')
        out.push([n.name!, n.attribs!, ...(n.name === 'style' ? [] : walk(n.children ?? []))]);
    }
    return out;
  };
  return walk(parseDocument(html, { decodeEntities: true }).children as unknown as Ref[]);
}

const first = (html: string, tag: string): ElementNode =>
  walkElements(loadDom(html, 100).root).find((el) => el.tag === tag)!;

// The tokenizer jumps between `<`, `&` and quotes; these pages put many of them in one run.
describe('loadDom', () => {
  it('decodes every entity in a long attribute value and keeps the value whole', () => {
    const json = Array.from({ length: 50 }, (_, i) => `&quot;k${i}&quot;:&quot;v &amp; w&quot;`).join(',');
    const el = first(`<div data-props="{${json}}" title='a &lt; b'>x</div>`, 'div');
    expect(el.attrs['data-props']).toBe(
      `{${Array.from({ length: 50 }, (_, i) => `"k${i}":"v & w"`).join(',')}}`,
    );
    expect(el.attrs.title).toBe('a < b');
  });

  it('reads text with entities, scripts with < and comments with dashes as htmlparser2 does', () => {
    const { root } = loadDom(
      '<p>Fish &amp; chips &lt; 5 &euro; &c.</p><script>if (a < b && c) {}</script><!-- a - b -- c --><p>end</p>',
      100,
    );
    const [p1, script, p2] = walkElements(root);
    expect(textContent(p1!)).toBe('Fish & chips < 5 € &c.');
    expect(textContent(script!)).toBe('if (a < b && c) {}');
    expect(textContent(p2!)).toBe('end');
    expect(root.children.filter((c) => c.type === 'text')).toHaveLength(0);
  });

  it('keeps text that runs to the end of the page without a closing tag', () => {
    expect(textContent(first('<p>one &amp; two and more', 'p'))).toBe('one & two and more');
  });

  // Tag and attribute names are skipped to their end in one step; these end them every way htmlparser2 knows.
  it.each([
    [
      'names ended by space, tab, line feed, slash and >',
      '<div\tclass="a"\nid=b data-x/><span  lang = "fr" >x</span ></div>',
    ],
    ['a valueless attribute before > and before /', '<input disabled><input checked/><p hidden>x</p>'],
    ['upper-case names', '<DIV CLASS="A" Data-Id="7"><P>x</P></DIV>'],
    ['a closing tag with attributes and space', '<p>a</p foo="bar"><b>b</b\n>'],
    [
      'script and style end tags after near misses',
      '<script>var s = "</scrip" + "t>";</script><style>p{}</style ><p>x</p>',
    ],
    ['a title and a textarea', '<title>A &amp; B</title><textarea>x < y</textarea><p>z</p>'],
    ['a tag name running to the end of the page', '<p>text</p><spanclass'],
    ['an attribute name running to the end of the page', '<p>text</p><span data-long-attribute'],
    ['a closing tag name running to the end of the page', '<p>text</p></sectio'],
  ])('builds the tree htmlparser2 builds: %s', (_, html) => {
    expect(loadDom(html, 100).root.children.map(shapeOf)).toEqual(referenceShape(html));
  });
});

describe('endsName', () => {
  it.each([
    [' ', 7],
    ['\t', 7],
    ['\f', 7],
    ['>', 7],
    ['/', 3],
    ['=', 2],
  ])('ends names at %j (kinds %i)', (ch, kinds) => {
    expect([1, 2, 4].filter((k) => endsName(ch.charCodeAt(0), k)).reduce((a, b) => a + b, 0)).toBe(kinds);
  });

  it.each(['a', '-', ':', '"', '\u00e9', '\u3000'])('never ends a name at %j', (ch) => {
    expect([1, 2, 4].some((k) => endsName(ch.charCodeAt(0), k))).toBe(false);
  });
});

describe('elementsWithin', () => {
  const { root } = loadDom(
    '<html><head><title>t</title></head><body><div id="a"><p>1<b>2</b></p><p>3</p></div>text<div id="b"><i>4</i></div></body></html>',
    100,
  );
  const all = walkElements(root);
  const byId = (id: string) => all.find((el) => el.attrs.id === id)!;
  const tags = (els: ElementNode[]) => els.map((el) => el.tag + (el.attrs.id ? `#${el.attrs.id}` : ''));

  it.each([
    ['an element followed by a sibling', 'a', ['p', 'b', 'p']],
    ['the last element, followed by nothing', 'b', ['i']],
  ])('cuts the subtree of %s from the walk', (_, id, expected) => {
    expect(tags(elementsWithin(all, byId(id)))).toEqual(expected);
    expect(elementsWithin(all, byId(id))).toEqual(walkElements(byId(id)));
  });

  it('ends the run where an ancestor sibling starts', () => {
    const b = all.find((el) => el.tag === 'b')!;
    expect(elementsWithin(all, b)).toEqual([]);
    const head = all.find((el) => el.tag === 'head')!;
    expect(tags(elementsWithin(all, head))).toEqual(['title']);
  });

  it('gives the same list as a walk for every element, and walks an element the list does not hold', () => {
    for (const el of all) expect(elementsWithin(all, el)).toEqual(walkElements(el));
    const body = all.find((el) => el.tag === 'body')!;
    expect(elementsWithin(walkElements(byId('a')), body)).toEqual(walkElements(body));
  });
});
