import { CopydeskError } from '../../errors';
import { type ElementNode, walkElements } from './dom';

interface Compound {
  tag: string | null;
  id: string | null;
  classes: string[];
  attrs: { name: string; op: '' | '=' | '*=' | '^=' | '$=' | '~='; value: string }[];
}

/** A parsed selector: alternatives, each a chain of compounds joined by descendant or child combinators. */
type Chain = { compound: Compound; child: boolean }[];

const TOKEN =
  /\s*(>)\s*|\s+|([#.]?[\w-]+)|\[\s*([\w:-]+)\s*(?:([*^$~]?=)\s*(?:"([^"]*)"|'([^']*)'|([^\]\s]+))\s*)?\]|\*/y;

function invalid(selector: string, why: string): CopydeskError {
  return new CopydeskError('INVALID_OPTION', `"${selector}" is not a valid selector (${why})`);
}

/**
 * Parses the small CSS subset site rules use: tag, #id, .class, [attr], [attr=v|*=v|^=v|$=v|~=v], " " and ">".
 * Throws INVALID_OPTION on anything else, so a rule never silently matches nothing.
 */
export function parseSelector(selector: string): Chain[] {
  return selector.split(',').map((part) => {
    const chain: Chain = [];
    let current: Compound = { tag: null, id: null, classes: [], attrs: [] };
    let fresh = true;
    // Whether the compound being read must be a direct child of the previous one.
    let child = false;
    let nextChild = false;
    const text = part.trim();
    if (!text) throw invalid(selector, 'an empty alternative');
    TOKEN.lastIndex = 0;
    while (TOKEN.lastIndex < text.length) {
      const at = TOKEN.lastIndex;
      const m = TOKEN.exec(text);
      if (!m || m.index !== at || m[0].length === 0)
        throw invalid(selector, `unsupported syntax at "${text.slice(at, at + 10)}"`);
      if (m[1] !== undefined || /^\s+$/.test(m[0])) {
        if (m[1] !== undefined && fresh) throw invalid(selector, '">" needs an element on each side');
        if (!fresh) chain.push({ compound: current, child });
        current = { tag: null, id: null, classes: [], attrs: [] };
        fresh = true;
        nextChild = m[1] !== undefined;
        continue;
      }
      if (fresh) child = nextChild;
      fresh = false;
      if (m[2] !== undefined) {
        if (m[2][0] === '#') current.id = m[2].slice(1);
        else if (m[2][0] === '.') current.classes.push(m[2].slice(1));
        else current.tag = m[2].toLowerCase();
      } else if (m[3] !== undefined) {
        current.attrs.push({
          name: m[3].toLowerCase(),
          op: (m[4] ?? '') as Compound['attrs'][number]['op'],
          value: m[5] ?? m[6] ?? m[7] ?? '',
        });
      }
    }
    if (fresh) throw invalid(selector, '">" needs an element on each side');
    chain.push({ compound: current, child });
    return chain;
  });
}

function matchesCompound(el: ElementNode, c: Compound): boolean {
  if (c.tag && el.tag !== c.tag) return false;
  if (c.id && el.attrs.id !== c.id) return false;
  if (c.classes.length > 0) {
    const list = ` ${el.attrs.class ?? ''} `.replace(/\s+/g, ' ');
    for (const cls of c.classes) if (!list.includes(` ${cls} `)) return false;
  }
  for (const a of c.attrs) {
    const v = el.attrs[a.name];
    if (v === undefined) return false;
    if (a.op === '=' && v !== a.value) return false;
    if (a.op === '*=' && !v.includes(a.value)) return false;
    if (a.op === '^=' && !v.startsWith(a.value)) return false;
    if (a.op === '$=' && !v.endsWith(a.value)) return false;
    if (a.op === '~=' && !v.split(/\s+/).includes(a.value)) return false;
  }
  return true;
}

function matchesChain(el: ElementNode, chain: Chain, index: number): boolean {
  const step = chain[index]!;
  if (!matchesCompound(el, step.compound)) return false;
  if (index === 0) return true;
  const child = chain[index]!.child;
  for (let p = el.parent; p; p = p.parent) {
    if (matchesChain(p, chain, index - 1)) return true;
    if (child) return false;
  }
  return false;
}

/** True when `el` matches any alternative of a parsed selector. */
export function matches(el: ElementNode, selector: Chain[]): boolean {
  return selector.some((chain) => chain.length > 0 && matchesChain(el, chain, chain.length - 1));
}

/** Every element under `root` matching `selector`, in document order. */
export function selectAll(root: ElementNode, selector: string): ElementNode[] {
  const parsed = parseSelector(selector);
  const out: ElementNode[] = [];
  for (const el of walkElements(root)) if (matches(el, parsed)) out.push(el);
  return out;
}
