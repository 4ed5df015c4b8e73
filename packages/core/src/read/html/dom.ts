import { Parser, Tokenizer } from 'htmlparser2';

/** A text node of the light DOM. */
export interface TextNode {
  type: 'text';
  data: string;
  parent: ElementNode | null;
}

/** An element of the light DOM: tag names and attribute names are lower case. */
export interface ElementNode {
  type: 'element';
  tag: string;
  attrs: Record<string, string>;
  children: DomNode[];
  parent: ElementNode | null;
  /** Cached lower-case "class id" words (see classAndId). */
  words?: string;
}

export type DomNode = ElementNode | TextNode;

export interface LoadedDom {
  root: ElementNode;
  /** True when nesting beyond `maxDepth` was flattened into its ancestor. */
  flattened: boolean;
}

/**
 * htmlparser2 keeps its open-element stack top-first with `unshift` and `shift`, which move every entry
 * on each tag: 100,000 nested elements took 1.5 s, and the 4 million a 20 MB page can hold would take hours
 * in one call no time limit can interrupt. This stand-in keeps the entries top-last and answers the calls the
 * parser makes (`unshift`, `shift`, `indexOf`, `[i]`, `length`) in constant or amortised constant time.
 */
function topFirstStack<T>(): T[] {
  const items: T[] = [];
  const onStack = new Map<T, number>();
  const api = {
    unshift(...added: T[]): number {
      for (let i = added.length - 1; i >= 0; i--) {
        items.push(added[i]!);
        onStack.set(added[i]!, (onStack.get(added[i]!) ?? 0) + 1);
      }
      return items.length;
    },
    shift(): T | undefined {
      const top = items.pop();
      if (top !== undefined) onStack.set(top, onStack.get(top)! - 1);
      return top;
    },
    // The parser pops everything above the match, so the scan is paid for by the pops that follow it.
    indexOf(wanted: T): number {
      if (!onStack.get(wanted)) return -1;
      for (let i = items.length - 1; i >= 0; i--) if (items[i] === wanted) return items.length - 1 - i;
      return -1;
    },
  };
  return new Proxy(items, {
    get(target, prop) {
      if (prop === 'length') return target.length;
      if (prop === 'unshift' || prop === 'shift' || prop === 'indexOf') return api[prop];
      if (typeof prop === 'string') {
        const i = Number(prop);
        if (Number.isInteger(i) && i >= 0) return target[target.length - 1 - i];
      }
      return Reflect.get(target, prop);
    },
    set(target, prop, value) {
      // The parser only ever empties the stack (`length = 0`) this way.
      if (prop !== 'length') return false;
      target.length = value;
      onStack.clear();
      for (const item of target) onStack.set(item, (onStack.get(item) ?? 0) + 1);
      return true;
    },
  });
}

/** The parts of htmlparser2's tokenizer the fast paths below read and override (it declares them private). */
interface TokenizerInternals {
  buffer: string;
  index: number;
  offset: number;
  stateText(c: number): void;
  stateInAttributeValueDoubleQuotes(c: number): void;
  stateInAttributeValueSingleQuotes(c: number): void;
  stateInTagName(c: number): void;
  stateInClosingTagName(c: number): void;
  stateInAttributeName(c: number): void;
  fastForwardTo(c: number): boolean;
}
const OpenTokenizer = Tokenizer as unknown as new (
  ...args: ConstructorParameters<typeof Tokenizer>
) => TokenizerInternals;

const LT = 0x3c;
const AMP = 0x26;
const DOUBLE_QUOTE = 0x22;
const SINGLE_QUOTE = 0x27;

// What ends a name for htmlparser2, one bit per kind of name: white space ends all three, `/` and `>` a tag name
// and an attribute name, `=` an attribute name only, and `>` a closing tag's name.
const ENDS_TAG_NAME = 1;
const ENDS_ATTRIBUTE_NAME = 2;
const ENDS_CLOSING_NAME = 4;
const NAME_END = new Uint8Array(128);
for (const c of [0x20, 0x0a, 0x09, 0x0c, 0x0d])
  NAME_END[c] = ENDS_TAG_NAME | ENDS_ATTRIBUTE_NAME | ENDS_CLOSING_NAME;
NAME_END[0x2f] = ENDS_TAG_NAME | ENDS_ATTRIBUTE_NAME;
NAME_END[0x3e] = ENDS_TAG_NAME | ENDS_ATTRIBUTE_NAME | ENDS_CLOSING_NAME;
NAME_END[0x3d] = ENDS_ATTRIBUTE_NAME;

/** Whether the code unit `c` ends a name of the kind `kind` (one of the ENDS_ bits). */
export function endsName(c: number, kind: number): boolean {
  return c < 128 && (NAME_END[c]! & kind) !== 0;
}

/**
 * htmlparser2's tokenizer reads text and attribute values one character per loop turn, through a switch on its
 * state, although only `<`, `&` or the closing quote can change anything there: it was a third of the page read.
 * This one jumps to the next such character with `indexOf` (native, vectorised) and leaves everything else to
 * htmlparser2, so the events, and the tree, are the same.
 */
class FastTokenizer extends OpenTokenizer {
  /**
   * Per searched character: where the last search started, and what it found (-1: none after it). A run can
   * hold many `&`s before its end (a JSON attribute full of `&quot;`): searching afresh after each would scan
   * the rest of the run again every time.
   */
  private readonly searchedFrom = new Int32Array(128).fill(-1);
  private readonly foundAt = new Int32Array(128);
  private searched = '';

  private next(buffer: string, code: number, from: number): number {
    const found = this.foundAt[code]!;
    const searchedFrom = this.searchedFrom[code]!;
    if (searchedFrom >= 0 && from >= searchedFrom && (found < 0 || from <= found)) return found;
    const at = buffer.indexOf(String.fromCharCode(code), from);
    this.searchedFrom[code] = from;
    this.foundAt[code] = at;
    return at;
  }

  /** Moves to just before the first `wanted` or `&` after the current character (the loop then steps onto it). */
  private skipTo(wanted: number): void {
    const buffer = this.buffer;
    if (buffer !== this.searched) {
      this.searched = buffer;
      this.searchedFrom.fill(-1);
    }
    const from = this.index - this.offset + 1;
    const stop = this.next(buffer, wanted, from);
    const amp = this.next(buffer, AMP, from);
    const next = stop < 0 ? amp : amp < 0 ? stop : Math.min(stop, amp);
    this.index = this.offset + (next < 0 ? buffer.length : next) - 1;
  }

  override stateText(c: number): void {
    if (c === LT || c === AMP) super.stateText(c);
    else this.skipTo(LT);
  }

  override stateInAttributeValueDoubleQuotes(c: number): void {
    if (c === DOUBLE_QUOTE || c === AMP) super.stateInAttributeValueDoubleQuotes(c);
    else this.skipTo(DOUBLE_QUOTE);
  }

  override stateInAttributeValueSingleQuotes(c: number): void {
    if (c === SINGLE_QUOTE || c === AMP) super.stateInAttributeValueSingleQuotes(c);
    else this.skipTo(SINGLE_QUOTE);
  }

  /** Moves to just before the next character that ends a name of the kind `kind`, or to the end of the input. */
  private skipName(kind: number): void {
    const buffer = this.buffer;
    let i = this.index - this.offset + 1;
    while (i < buffer.length && !endsName(buffer.charCodeAt(i), kind)) i++;
    this.index = this.offset + i - 1;
  }

  // Tag and attribute names: htmlparser2 waits for their end one loop turn per character, as it does in text.
  override stateInTagName(c: number): void {
    if (endsName(c, ENDS_TAG_NAME)) super.stateInTagName(c);
    else this.skipName(ENDS_TAG_NAME);
  }

  override stateInClosingTagName(c: number): void {
    if (endsName(c, ENDS_CLOSING_NAME)) super.stateInClosingTagName(c);
    else this.skipName(ENDS_CLOSING_NAME);
  }

  override stateInAttributeName(c: number): void {
    if (endsName(c, ENDS_ATTRIBUTE_NAME)) super.stateInAttributeName(c);
    else this.skipName(ENDS_ATTRIBUTE_NAME);
  }

  // Script, style and comment bodies: the search htmlparser2 makes there, natively.
  override fastForwardTo(c: number): boolean {
    const at = this.buffer.indexOf(String.fromCharCode(c), this.index - this.offset + 1);
    if (at >= 0) {
      this.index = this.offset + at;
      return true;
    }
    this.index = this.offset + this.buffer.length - 1;
    return false;
  }
}

// Nesting past which the parser's stack is swapped for topFirstStack.
const DEEP = 256;

/**
 * Parses HTML into a light tree with htmlparser2 (no browser DOM needed). Elements nested deeper
 * than `maxDepth` are not created: their content joins the deepest allowed ancestor, so every later
 * walk is bounded.
 */
export function loadDom(html: string, maxDepth: number): LoadedDom {
  // `words` is set up front, empty, so every element keeps one shape when classAndId caches it (adding the field
  // later moved each element to a new hidden class, a tenth of classAndId's time).
  const root: ElementNode = {
    type: 'element',
    tag: '#root',
    attrs: {},
    children: [],
    parent: null,
    words: undefined,
  };
  const stack: ElementNode[] = [root];
  let overflow = 0;
  let flattened = false;
  let deep = false;
  // Style sheets are never read, so their text is not stored.
  let skipText = 0;
  const parser = new Parser(
    {
      onopentag(name, attrs) {
        // Native arrays are faster while the page is shallow, which is nearly always.
        if (!deep && stack.length + overflow > DEEP) {
          deep = true;
          const internals = parser as unknown as { stack: string[]; foreignContext: boolean[] };
          const open = topFirstStack<string>();
          open.unshift(...internals.stack);
          internals.stack = open;
          const foreign = topFirstStack<boolean>();
          foreign.unshift(...internals.foreignContext);
          internals.foreignContext = foreign;
        }
        if (stack.length > maxDepth) {
          overflow++;
          flattened = true;
          return;
        }
        const parent = stack[stack.length - 1]!;
        const el: ElementNode = { type: 'element', tag: name, attrs, children: [], parent, words: undefined };
        parent.children.push(el);
        stack.push(el);
        if (name === 'style') skipText++;
      },
      onclosetag() {
        if (overflow > 0) {
          overflow--;
          return;
        }
        if (stack.length <= 1) return;
        // htmlparser2 balances every open with a close (implied ones included), so one pop is enough.
        const el = stack.pop()!;
        if (el.tag === 'style') skipText--;
      },
      ontext(data) {
        if (skipText > 0) return;
        const parent = stack[stack.length - 1]!;
        const last = parent.children[parent.children.length - 1];
        if (last && last.type === 'text') last.data += data;
        else parent.children.push({ type: 'text', data, parent });
      },
    },
    {
      decodeEntities: true,
      lowerCaseTags: true,
      lowerCaseAttributeNames: true,
      Tokenizer: FastTokenizer as unknown as typeof Tokenizer,
    },
  );
  parser.end(html);
  return { root, flattened };
}

/** Element children of a node. */
export function elementChildren(el: ElementNode): ElementNode[] {
  const out: ElementNode[] = [];
  for (const c of el.children) if (c.type === 'element') out.push(c);
  return out;
}

/** Every element under `root` in document order (iterative, so deep trees cannot overflow the stack). */
export function walkElements(root: ElementNode): ElementNode[] {
  const out: ElementNode[] = [];
  const stack: DomNode[] = [];
  for (let i = root.children.length - 1; i >= 0; i--) stack.push(root.children[i]!);
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type !== 'element') continue;
    out.push(node);
    for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
  }
  return out;
}

/**
 * The elements under `el` (not `el` itself) in document order, cut from `all`, the {@link walkElements} list of
 * one of its ancestors: a subtree is one run of that list, so the scans of the page's body share the page scan's
 * walk instead of each walking the body again. Walks `el` itself when it is not in `all`.
 */
export function elementsWithin(all: readonly ElementNode[], el: ElementNode): ElementNode[] {
  const start = all.indexOf(el);
  if (start < 0) return walkElements(el);
  // The run ends at the first element after the subtree: the next element sibling of `el` or of an ancestor.
  for (let n: ElementNode = el; n.parent; n = n.parent) {
    const siblings = n.parent.children;
    const at = siblings.indexOf(n);
    if (at < 0) return walkElements(el);
    for (let i = at + 1; i < siblings.length; i++) {
      const next = siblings[i]!;
      if (next.type !== 'element') continue;
      const end = all.indexOf(next, start + 1);
      return all.slice(start + 1, end < 0 ? all.length : end);
    }
  }
  return all.slice(start + 1);
}

/** The first element under `root` (not `root` itself) that passes `test`, in document order; stops there. */
export function findElement(root: ElementNode, test: (el: ElementNode) => boolean): ElementNode | null {
  const stack: DomNode[] = [];
  for (let i = root.children.length - 1; i >= 0; i--) stack.push(root.children[i]!);
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type !== 'element') continue;
    if (test(node)) return node;
    for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
  }
  return null;
}

/** The raw text content of a subtree (no normalisation), iteratively. */
export function textContent(root: ElementNode): string {
  let out = '';
  const stack: DomNode[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type === 'text') out += node.data;
    else for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
  }
  return out;
}

/** Folds runs of white space into one space and trims. */
export function foldSpace(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

/** Text of a subtree with a space between its text nodes, so "Jane Doe" and "Updated" do not run together. */
export function spacedText(el: ElementNode): string {
  const parts: string[] = [];
  const stack: DomNode[] = [el];
  while (stack.length > 0) {
    const n = stack.pop()!;
    if (n.type === 'text') parts.push(n.data);
    else for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i]!);
  }
  return foldSpace(parts.join(' '));
}

/** True when `ancestor` contains `el` (or is it). */
export function contains(ancestor: ElementNode, el: ElementNode): boolean {
  for (let p: ElementNode | null = el; p; p = p.parent) if (p === ancestor) return true;
  return false;
}

/** The class and id of an element, lower-cased, for pattern tests. */
export function classAndId(el: ElementNode): string {
  if (el.words !== undefined) return el.words;
  const cls = el.attrs.class;
  const id = el.attrs.id;
  el.words = !cls && !id ? '' : `${cls ?? ''} ${id ?? ''}`.toLowerCase();
  return el.words;
}
