// `pnpm bench scaling`: time per KB of parsing adversarial inputs of 10 KB, 100 KB, 1 MB and 10 MB. Linear code
// keeps it flat: the check is that ms/KB at 10 MB stays within a factor of 2 of ms/KB at 100 KB. Each size is
// the best of several runs (5, 3 and 2 from 100 KB up), each after a forced GC (`--expose-gc`, set by scripts/bench.mjs),
// and each pattern runs in its own process.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { parseArticle } from '../src/index';

const SIZES = [10_000, 100_000, 1_000_000, 10_000_000];
const NO_LIMITS = { maxInputLength: 50_000_000, timeoutMs: 600_000, maxDepth: 2_000 };

function fill(unit: string, size: number): string {
  return unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
}

const PATTERNS: { name: string; type: 'html' | 'text'; make: (size: number) => string }[] = [
  { name: 'opening quotes, never closed', type: 'text', make: (n) => fill('"He said it ', n) },
  { name: 'commas', type: 'text', make: (n) => fill('a, ', n) },
  { name: 'one huge word', type: 'text', make: (n) => `Headline\n\n${fill('a', n - 10)}` },
  {
    // Half the bytes are opening and closing <div> tags at every size: 4,545 levels at 100 KB, 454,545 at 10 MB.
    name: 'nested <div>s',
    type: 'html',
    make: (n) => {
      const depth = Math.floor(n / 22);
      const inner = fill('<p>Text of the story.</p>', Math.max(0, n - depth * 11));
      return `${'<div>'.repeat(depth)}${inner}${'</div>'.repeat(depth)}`;
    },
  },
  { name: 'many paragraphs', type: 'text', make: (n) => fill('Short paragraph here.\n\n', n) },
  { name: 'one line of capitalised words', type: 'text', make: (n) => fill('Abc Def Ghi Jkl ', n) },
  { name: 'datelines and dashes', type: 'text', make: (n) => fill('WASHINGTON (AP) — ', n) },
  { name: 'numbers and killed', type: 'text', make: (n) => fill('at least 50, 31 and 8 were killed ', n) },
  // Issue 14: one paragraph of reporting clauses, each quote's content running to the block's end.
  {
    name: 'chained reporting clauses',
    type: 'text',
    make: (n) => fill('Smith said Jones told AFP that Brown said ', n),
  },
  {
    name: 'descriptions as speakers',
    type: 'text',
    make: (n) => fill('the monitor said the army told AFP that ', n),
  },
  { name: 'cues and short quotations', type: 'text', make: (n) => fill('Smith said "yes" and "no" and ', n) },
  {
    name: 'participles with no subject',
    type: 'text',
    make: (n) => `the rain fell${fill(', saying it was over', n - 13)}`,
  },
  { name: 'a surname that is no entity', type: 'text', make: (n) => fill('Zorblat said it was over. ', n) },
  // Quote cues read beyond a verb: nouns of saying with their possessor, statements put out, a line in Title Case.
  {
    name: 'nouns of saying and statements',
    type: 'text',
    make: (n) => fill("Smith's claim that Jones released a statement saying his call for ", n),
  },
  {
    name: 'a Title Case line of cues',
    type: 'text',
    make: (n) => fill('Smith Says Jones Tells Brown Claims ', n),
  },
  {
    // Headings in title case over paragraphs that name a person in full and in capitals: heading-evidence and
    // propagate-surnames look each mention up once.
    name: 'title-case headings and surnames',
    type: 'html',
    make: (n) => {
      // Numbered, so that no block repeats another (the reader drops repeated blocks as page furniture).
      let out = '<article>';
      for (let k = 0; out.length < n; k++)
        out += `<h2>Notes From Harbour Office ${k}</h2><p>Ada Okafor met OKAFOR fans at Harbour Hall ${k} on day ${k}.</p>`;
      return `${out}</article>`;
    },
  },
  {
    name: 'cues before a run of dashes',
    type: 'text',
    make: (n) => `${fill('Jones said it ', Math.floor(n / 2))}${fill('— ', Math.ceil(n / 2))}`,
  },
];

const arg = process.argv.find((a) => a.startsWith('--max='));
const max = arg ? Number(arg.slice(6)) : Number.POSITIVE_INFINITY;
const only = process.argv.find((a) => a.startsWith('--pattern='))?.slice(10);
const json = process.argv.includes('--json');

/** ms/KB at each size for one pattern, in this process. */
function measure(p: (typeof PATTERNS)[number]): number[] {
  const perKb: number[] = [];
  for (const size of SIZES.filter((s) => s <= max)) {
    const input = p.make(size);
    const runs = size <= 100_000 ? 5 : size <= 1_000_000 ? 3 : 2;
    let best = Number.POSITIVE_INFINITY;
    for (let r = 0; r < runs; r++) {
      // Collect the previous run's garbage first, so no size is charged for another's.
      (globalThis as { gc?: () => void }).gc?.();
      const t = performance.now();
      try {
        parseArticle(p.type === 'html' ? { html: input } : { text: input }, { limits: NO_LIMITS });
      } catch (error) {
        if ((error as { code?: string }).code !== 'EMPTY_INPUT') throw error;
      }
      best = Math.min(best, performance.now() - t);
    }
    perKb.push(best / (size / 1000));
  }
  return perKb;
}

if (json) {
  const p = PATTERNS.find((x) => x.name === only);
  if (!p) throw new Error(`no pattern named ${only}`);
  process.stdout.write(JSON.stringify(measure(p)));
  process.exit(0);
}

const rows = ['| input | 10 KB | 100 KB | 1 MB | 10 MB | 10 MB / 100 KB |', '|---|---|---|---|---|---|'];
let worst = { name: '', perKb: 0 };
let flat = true;
for (const p of PATTERNS.filter((x) => !only || x.name.includes(only))) {
  // Each pattern in a fresh process, so the heap one pattern leaves behind does not tax the next.
  const child = spawnSync(
    process.execPath,
    [
      ...process.execArgv,
      fileURLToPath(import.meta.url),
      `--pattern=${p.name}`,
      '--json',
      ...(arg ? [arg] : []),
    ],
    { encoding: 'utf8', maxBuffer: 1 << 20 },
  );
  if (child.status !== 0) throw new Error(`pattern ${p.name} failed: ${child.stderr}`);
  const perKb = JSON.parse(child.stdout) as number[];
  perKb.forEach((v, i) => {
    if (v > worst.perKb) worst = { name: `${p.name} at ${SIZES[i]! / 1000} KB`, perKb: v };
  });
  const ratio = perKb[3] !== undefined && perKb[1] ? perKb[3] / perKb[1] : null;
  if (ratio !== null && ratio > 2) flat = false;
  rows.push(
    `| ${p.name} | ${perKb.map((v) => `${v.toFixed(3)} ms/KB`).join(' | ')} | ${ratio === null ? '-' : `${ratio.toFixed(2)}×`} |`,
  );
  process.stderr.write(`${rows.at(-1)}\n`);
}
process.stdout.write(
  `${rows.join('\n')}\n\nslowest per KB: ${worst.name} (${worst.perKb.toFixed(3)} ms/KB)\n`,
);
process.stdout.write(`flat within 2× from 100 KB to 10 MB: ${flat ? 'yes' : 'NO'}\n`);
process.exit(flat ? 0 : 1);
