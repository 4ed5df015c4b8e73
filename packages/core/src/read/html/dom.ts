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
  fastForwardTo(c: number): boolean;
}
const OpenTokenizer = Tokenizer as unknown as new (
  ...args: ConstructorParameters<typeof Tokenizer>
) => TokenizerInternals;

const LT = 0x3c;
const AMP = 0x26;
const DOUBLE_QUOTE = 0x22;
const SINGLE_QUOTE = 0x27;

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
  const root: ElementNode = { type: 'element', tag: '#root', attrs: {}, children: [], parent: null };
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
        const el: ElementNode = { type: 'element', tag: name, attrs, children: [], parent };
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
