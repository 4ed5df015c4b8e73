import { describe, expect, it } from 'vitest';
import { type ElementNode, loadDom, textContent, walkElements } from './dom';

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
});
