import { describe, expect, it } from 'vitest';
import { baseDomain, findSite } from './find-site';

describe('baseDomain', () => {
  it.each([
    ['www.example.com', 'example.com'],
    ['news.bbc.co.uk', 'bbc.co.uk'],
    ['example.com', 'example.com'],
    ['a.b.example.org.', 'example.org'],
  ])('%s → %s', (host, expected) => {
    expect(baseDomain(host)).toBe(expected);
  });
});

describe('findSite', () => {
  it.each(['https://www.lesswrong.com/posts/x', 'https://lesswrong.com/posts/x'])(
    'finds the rules of %s',
    (url) => {
      expect(findSite(url)?.authors).toEqual(['.PostsAuthors-authorName']);
    },
  );

  it('returns null for unknown hosts and bad URLs', () => {
    expect(findSite('https://unknown.example/x')).toBeNull();
    expect(findSite('not a url')).toBeNull();
    expect(findSite(null)).toBeNull();
  });

  it('looks in the caller’s rules first, by hostname then base domain, then in the built-in ones', () => {
    const mine = { hostnames: ['lesswrong.com'], body: ['.mine'] };
    const other = { hostnames: ['news.example'], headline: ['h1'] };
    expect(findSite('https://www.lesswrong.com/posts/x', [other, mine])).toBe(mine);
    expect(findSite('https://www.news.example/a', [other, mine])).toBe(other);
    expect(findSite('https://lesswrong.com/posts/x', [other])?.authors).toEqual(['.PostsAuthors-authorName']);
  });
});
