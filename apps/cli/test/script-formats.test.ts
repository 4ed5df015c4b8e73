// The text and markdown formats on right-to-left and CJK pages: the crafted golden pages of the core package.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli } from './_run';

const PAGES = join(ROOT, 'packages/core/test/pages');
const ARABIC = join(PAGES, '021-arabic-news/source.html');
const CHINESE = join(PAGES, '018-chinese-news/source.html');
const RLI = '\u2067';
const PDI = '\u2069';

/** The text of the first `<p>` inside the page's story container, as the page prints it. */
function firstParagraph(path: string, container: string): string {
  const html = readFileSync(path, 'utf8');
  const from = html.indexOf(container);
  return /<p>([^<]+)<\/p>/.exec(html.slice(from))![1]!;
}

async function render(path: string, format: string): Promise<string> {
  const ran = await runCli(['parse', '--format', format, path]);
  expect(ran.stderr).toBe('');
  expect(ran.code).toBe(0);
  return ran.stdout;
}

describe('copydesk parse --format text', () => {
  it('makes every line of an Arabic article a right-to-left isolate, its text in logical order', async () => {
    const out = await render(ARABIC, 'text');
    const lines = out.trimEnd().split('\n');
    expect(lines[0]).toBe(`${RLI}افتتاح محطة لتحلية مياه البحر تخدم ثلاث بلدات ساحلية${PDI}`);
    for (const line of lines.filter(Boolean)) {
      expect(line.startsWith(RLI) && line.endsWith(PDI), line).toBe(true);
      expect(line.slice(1, -1)).not.toMatch(/[\u2066-\u2069]/);
    }
    expect(lines).toContain(`${RLI}${firstParagraph(ARABIC, 'entry-content')}${PDI}`);
    expect(lines).toContain(`${RLI}By سلمى الخطيب | 2024-01-15 | ar${PDI}`);
  });

  it('prints each Chinese paragraph whole on one line, with no isolates', async () => {
    const out = await render(CHINESE, 'text');
    const paragraph = firstParagraph(CHINESE, 'article-content');
    expect(paragraph.length).toBeGreaterThan(80);
    expect(out.split('\n')).toContain(paragraph);
    expect(out).not.toMatch(/[\u2066-\u2069]/);
    expect(out).toContain('| zh-CN');
  });
});

describe('copydesk parse --format markdown', () => {
  it('wraps an Arabic article in <div dir="rtl" lang="ar">, the Markdown inside set apart by blank lines', async () => {
    const lines = (await render(ARABIC, 'markdown')).trimEnd().split('\n');
    expect(lines.slice(0, 3)).toEqual([
      '<div dir="rtl" lang="ar">',
      '',
      '# افتتاح محطة لتحلية مياه البحر تخدم ثلاث بلدات ساحلية',
    ]);
    expect(lines.slice(-2)).toEqual(['', '</div>']);
    expect(lines).toContain(firstParagraph(ARABIC, 'entry-content'));
  });

  it('states a Chinese article’s language and keeps each paragraph on one line', async () => {
    const out = await render(CHINESE, 'markdown');
    expect(out.split('\n')[0]).toBe('<div dir="ltr" lang="zh-CN">');
    expect(out.split('\n')).toContain(firstParagraph(CHINESE, 'article-content'));
  });
});
