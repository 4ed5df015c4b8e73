import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../../parse';
import { loadDom } from '../dom';
import { scanPage } from '../scan-page';
import {
  findAuthorBoxNames,
  findAuthorLogins,
  findAvatarNames,
  findDomBylines,
  findTextBylines,
} from './bylines';

const OFF = { quotes: false, entities: false, dates: false, casualties: false };
const PROSE =
  '<p>The council voted on Monday to close the old bridge to traffic for two years of repairs, officials said.</p>'.repeat(
    3,
  );
const jsonLd = (value: unknown) => `<script type="application/ld+json">${JSON.stringify(value)}</script>`;

/** The credits of a small page: `head` goes in <head>, `top` between the headline and the story. */
function creditsOf(head: string, top: string, lang = 'en') {
  const html = `<html lang="${lang}"><head>${head}</head><body><article><h1>Bridge to close for repairs</h1>${top}${PROSE}</article></body></html>`;
  const a = parseArticle({ html }, { extractors: OFF });
  return { authors: a.authors.map((x) => x.name), agencies: a.agencies };
}

describe('credits read from a page', () => {
  it.each([
    [
      'a JSON-LD author typed Organization is no person; the printed byline names one',
      jsonLd({
        '@type': 'NewsArticle',
        headline: 'Bridge to close for repairs',
        author: { '@type': 'Organization', name: 'Daily Planet' },
      }),
      '<p class="byline">By Lois Lane</p>',
      ['Lois Lane'],
      [],
    ],
    [
      'a wire agency typed Organization is an agency',
      jsonLd({
        '@type': 'NewsArticle',
        headline: 'Bridge to close for repairs',
        author: [{ '@type': 'Organization', name: 'Reuters' }],
      }),
      '',
      [],
      ['Reuters'],
    ],
    [
      'a byline inside a comment names a commenter, not the writer',
      '',
      '<ul class="comments-list"><li class="comment"><div class="byline">J J</div></li></ul><div class="author">Lois Lane</div>',
      ['Lois Lane'],
      [],
    ],
    [
      'a link to the profile its address spells is a byline, whatever its class',
      '',
      '<div class="meta"><a href="/author/lois-lane/"><span>Lois Lane</span><span>Tech Reporter</span></a></div>',
      ['Lois Lane'],
      [],
    ],
    [
      "the profile link's part that spells the name, not a picture credit beside it",
      '',
      '<div class="meta"><a href="/autoren/lena-fuehres-6841"><span><img alt=""><span class="copyright">© Lena Führes</span></span><span itemprop="name">Lena Führes</span></a></div>',
      ['Lena Führes'],
      [],
    ],
    [
      'nor one word of the name in a part of its own',
      '',
      '<div class="meta"><a href="/author/lois-lane/"><span>Lois</span> <span>Lane</span></a></div>',
      ['Lois Lane'],
      [],
    ],
    [
      'a profile link in a menu or in running prose is no byline',
      '',
      '<nav><a href="/author/clark-kent/">Clark Kent</a></nav><p>The plan is simpler than it looks, says the engineer <a href="/staff/jimmy-olsen">Jimmy Olsen</a>, who has worked on the bridge for a decade and expects the repairs to take two years.</p>',
      [],
      [],
    ],
  ])('%s', (_why, head, top, authors, agencies) => {
    expect(creditsOf(head, top)).toEqual({ authors, agencies });
  });

  it.each([
    [
      'de',
      '<span class="post-author vcard">Eingestellt von <span class="fn">Lena Weber</span></span>',
      ['Lena Weber'],
    ],
    [
      'fr',
      '<div class="authors"><span class="label">Auteurs</span> <a href="/x">Marie Dubois</a></div>',
      ['Marie Dubois'],
    ],
  ])('a byline printed in %s: %s', (lang, top, authors) => {
    expect(creditsOf('', top, lang).authors).toEqual(authors);
  });

  it('takes the fuller name a printed byline gives a person the structured data names by one word', () => {
    const head = jsonLd({ '@type': 'NewsArticle', author: { '@type': 'Person', name: 'Todd' } });
    expect(creditsOf(head, '<p><strong>By</strong></p><p>Todd Bates</p>').authors).toEqual(['Todd Bates']);
    // Another person's byline lends no surname ("Todd Lee"): its own full name wins over a one-word login.
    expect(creditsOf(head, '<p>By Ann Lee</p>').authors).toEqual(['Ann Lee']);
  });

  it('reads no person in a declared "name, affiliation" whose name is empty', () => {
    const head = jsonLd({ '@type': 'NewsArticle', author: { '@type': 'Person', name: ', CITY TIMES' } });
    expect(creditsOf(head, '').authors).toEqual([]);
    expect(creditsOf(head, '<p>By Ann Lee</p>').authors).toEqual(['Ann Lee']);
  });

  it('reads the name element of an author box when nothing else names the writer', () => {
    const box =
      '<div class="site-author-box"><img class="site-author-box__avatar" alt=""><h4 class="site-author-box__name">Nadia Orlov</h4><div class="site-author-box__bio"><p>Nadia Orlov covers city hall.</p></div></div>';
    expect(creditsOf('', box).authors).toEqual(['Nadia Orlov']);
    // A meta author outranks a box: the box may be a reviewer's.
    expect(creditsOf('<meta name="author" content="Tom Price">', box).authors).toEqual(['Tom Price']);
  });

  it.each([
    [
      'a label, a colon and the name in one text node, a role after it',
      '<p><strong>Autorin: Jana Roth, Projektleiterin der Stiftung in Tunis.</strong></p>',
      'de',
      ['Jana Roth'],
    ],
    [
      'a label after a separator, the name in the next node',
      '<div class="meta"><span>| By </span><span>Owen Hale</span></div>',
      'en',
      ['Owen Hale'],
    ],
    [
      'an author box with no name element opens with the name',
      '<div class="post_author-card"><img alt="" src="/a.jpg"><div class="small bold">Ines Brandt</div><p>Ines Brandt writes about rivers.</p></div>',
      'en',
      ['Ines Brandt'],
    ],
    [
      "an author box that opens with a heading is not read as a name ('About the author')",
      '<div class="writer-bio"><h4>About the writer</h4><p>She writes about rivers.</p></div>',
      'en',
      [],
    ],
    [
      'a lower-case "by" and the name as an element\'s whole text (a style sheet capitalises it)',
      '<div class="meta"><span><a href="/search?q=Ola">by Ola Berg</a></span></div>',
      'en',
      ['Ola Berg'],
    ],
    [
      "a label's next text that runs on into the next element is a fragment of a word, no name",
      '<ul class="site-info"><li><a href="/cms">Content Management</a> by <b>Inter<span class="red">Red</span></b></li></ul>',
      'en',
      [],
    ],
    [
      'a label and a name in its own element after it',
      '<div class="meta"><span>Written by</span> <b>Ines Brandt</b></div>',
      'en',
      ['Ines Brandt'],
    ],
    [
      'a line of a date and a name under the headline, a dash between',
      '<p class="text-muted">11.12.2019 - Amelie Loevenich</p>',
      'de',
      ['Amelie Loevenich'],
    ],
    [
      'a name, a bar and a date',
      '<div class="meta">Ines Brandt | March 5, 2020</div>',
      'en',
      ['Ines Brandt'],
    ],
    [
      "a teaser's byline names another story's section, not this story's writer",
      '<ul><li class="c-teaser"><h3>Book fair opens</h3><p class="c-teaser__byline">Kultur | 19.10.19</p></li></ul>',
      'de',
      [],
    ],
    [
      'a date and a place is no byline: the name must open with a given name',
      '<p class="text-muted">12.03.2020 - Berlin Mitte</p>',
      'de',
      [],
    ],
    [
      'a lower-case "by" inside running text is no byline',
      '<p class="note">Photos were supplied <b>by Google</b> and the council.</p>',
      'en',
      [],
    ],
  ])('%s', (_why, top, lang, authors) => {
    expect(creditsOf('', top, lang).authors).toEqual(authors);
  });

  it('reads no author from the site name declared as the creator, whole or split ("Mac & i")', () => {
    const head =
      '<meta property="og:site_name" content="Mac &amp; i"><meta name="DC.creator" content="Mac &amp; i">';
    expect(creditsOf(head, '').authors).toEqual([]);
  });

  it.each([
    ['Written by', ['Pia Lund']],
    ['Est. reading time', []],
  ])("reads a twitter:data value as the author when its label is a byline label ('%s')", (label, authors) => {
    const head = `<meta name="twitter:label1" content="${label}"><meta name="twitter:data1" content="Pia Lund">`;
    expect(creditsOf(head, '').authors).toEqual(authors);
  });
});

describe("the byline scans read the page scan's body elements", () => {
  const page = (body: string) =>
    scanPage(
      loadDom(
        `<html><head><meta name="author" content="Head Author"><link rel="author" href="/x"></head><body>${body}</body></html>`,
        100,
      ).root,
    ).bodyElements;

  it('finds bylines in the body only, best first, after the walk that found the body', () => {
    const elements = page(
      '<div class="byline">By Jane Doe</div><a rel="author" href="/people/sam-roe/">Sam Roe</a><div class="comments"><span class="author">Troll</span></div>',
    );
    expect(findDomBylines(elements)).toEqual(['By Jane Doe', 'Sam Roe']);
  });

  it('finds an author box name, not one in a related teaser', () => {
    const elements = page(
      '<div class="related-posts"><div class="author-box__name">Other Writer</div></div><div class="author-box"><div class="author-box__name">Jane Doe</div><p>Jane writes about bridges.</p></div>',
    );
    expect(findAuthorBoxNames(elements)).toEqual(['Jane Doe']);
  });

  it.each([
    [
      'an avatar, then the name opening the text beside it',
      '<p>Dec 26, 2025 <img class="avatar avatar-xs" src="/g.png"> Mahua Das in Guides</p>',
      ['Mahua Das'],
    ],
    [
      'a round photo whose alt is the name the next element prints',
      '<div class="meta"><a title="Trond Teigen"><img class="h-4 w-4 rounded-full" src="/icon.png" alt="Trond Teigen"><div>Trond Teigen</div></a></div>',
      ['Trond Teigen'],
    ],
    [
      "a profile picture's alt printed in the paragraph after the photo's",
      '<p><img src="https://profile.example.org/tim_100.png" alt="Tim Green"></p><p><strong>Tim Green</strong> writes on art.</p>',
      ['Tim Green'],
    ],
    [
      'a bio box heading its photo with the name, not the bio run on after it',
      '<div><img class="rounded-circle" src="/blog-author.webp" alt=""><div><h4>Bence Kovacs</h4><p>Bence builds audio tools.</p></div></div>',
      ['Bence Kovacs'],
    ],
    [
      'a headshot whose alt describes the person, and a wrapper around the photo',
      '<div><div><img class="rounded-full" src="/d.webp" alt="Headshot of Dora Munro, MD, in a white coat"></div><h3>Dora Munro, MD, FOMA</h3></div>',
      ['Dora Munro'],
    ],
    [
      'an alt in another case than the name printed beside it',
      '<div class="callout"><div><img class="author__photo" src="/a.jpg" alt="alban Brooke"></div></div><div><h3>Alban Brooke</h3><p>Alban runs a podcast.</p></div>',
      ['Alban Brooke'],
    ],
    [
      'an alt that only opens a longer word printed beside it',
      '<div><img class="profile-pic" src="/a.png" alt="Ann Lee"><span>Ann Leeds Group</span></div>',
      [],
    ],
    [
      'a product shot captioned with its name is no portrait',
      '<figure><img src="/carajillo.jpg" alt="Roasted Hazelnut Carajillo"><figcaption>Roasted Hazelnut Carajillo</figcaption></figure>',
      [],
    ],
    [
      'an address with "profile" in a folder marks no writer when no alt names one',
      '<div><img src="/profiles/contrib/assets/jbm.jpg" alt="Attorney John Morgan, a lawyer"><a>Call Us Today</a></div>',
      [],
    ],
    [
      'a sentence after an avatar is no name',
      '<div><img class="avatar" src="/a.png"> Thanks. I loved the class</div>',
      [],
    ],
    [
      "an avatar in a teaser is another story's writer's",
      '<div class="c-teaser"><img class="avatar" src="/a.png"> Sam Roe in Culture</div>',
      [],
    ],
    [
      "an avatar in the comments is a commenter's",
      '<ol class="comment-list"><li><img class="avatar" src="/a.png"> Sam Roe says:</li></ol>',
      [],
    ],
  ])('reads a name beside a portrait: %s', (_why, body, names) => {
    expect(findAvatarNames(page(body))).toEqual(names);
  });

  it('takes a portrait name as the author only when nothing else names one', () => {
    const avatar = '<p><img class="avatar" src="/a.png"> Mahua Das in Guides</p>';
    expect(creditsOf('', avatar).authors).toEqual(['Mahua Das']);
    expect(creditsOf('', `<p class="byline">By Lois Lane</p>${avatar}`).authors).toEqual(['Lois Lane']);
  });
});

describe('findAuthorLogins', () => {
  const logins = (body: string, url: string | null = 'https://blog.example.org/2020/01/post/') =>
    findAuthorLogins(scanPage(loadDom(`<html><body>${body}</body></html>`, 100).root).bodyElements, url);

  it.each([
    [
      "a WordPress author link's display name left as the login",
      '<span class="author vcard"><a class="url fn n" href="/author/murdelta/" rel="author">marc</a></span>',
      ['marc'],
    ],
    [
      'a login with an underscore or digits',
      '<a href="/author/the_pain" rel="author">ThE_PaiN</a>',
      ['ThE_PaiN'],
    ],
    [
      'an author archive link with no rel',
      '<a href="https://blog.example.org/author/admin/">uriebe</a>',
      ['uriebe'],
    ],
    [
      'an author link of two words (the byline rules read it)',
      '<a rel="author" href="/author/jd/">Jane Doe</a>',
      [],
    ],
    [
      "a social link's profile on another site",
      '<a href="https://bsky.app/profile/jd.example">Bluesky</a>',
      [],
    ],
    [
      "a commenter's author link",
      '<li class="comment"><a href="/author/flo9r" rel="author">flo9r</a></li>',
      [],
    ],
    ['a menu of the writers', '<nav><a href="/author/kim/" rel="author">kim</a></nav>', []],
  ])('%s', (_why, body, expected) => {
    expect(logins(body)).toEqual(expected);
  });

  it("reads a theme's switches on <body> as no menu", () => {
    const html =
      '<html><body class="top-bar-menu-social"><main><article><div><div><p><a href="/author/g1zzm0/" rel="author">gizzmo</a></p></div></div></article></main></body></html>';
    expect(findAuthorLogins(scanPage(loadDom(html, 100).root).bodyElements, null)).toEqual(['gizzmo']);
  });

  it('takes no account name JSON-LD declares as a person (an admin or a brand account is no writer)', () => {
    const person = (name: string) =>
      jsonLd({
        '@type': 'Article',
        headline: 'Bridge to close for repairs',
        author: { '@type': 'Person', name },
      });
    expect(creditsOf(person('q_admin'), '').authors).toEqual([]);
    expect(creditsOf(person('Matt_Brooks'), '<p class="byline">By Lois Lane</p>').authors).toEqual([
      'Lois Lane',
    ]);
    expect(creditsOf(person('publisher_1'), '<a href="/author/marc/" rel="author">marc</a>').authors).toEqual(
      ['marc'],
    );
  });

  it('takes the login as the author only when no other source names one', () => {
    const login =
      '<p class="entry-meta">Posted on 5 April 2015 <a href="/author/murdelta/" rel="author">marc</a></p>';
    expect(creditsOf('', login).authors).toEqual(['marc']);
    expect(creditsOf('<meta name="author" content="Marc Weber">', login).authors).toEqual(['Marc Weber']);
    expect(creditsOf('', '<a href="/author/redaktion/" rel="author">redaktion</a>').authors).toEqual([]);
  });
});

describe('findTextBylines', () => {
  const textBylines = (body: string) =>
    findTextBylines(loadDom(`<html><body>${body}</body></html>`, 100).root);

  it('reads a magazine credit line, which opens with the writer’s credit ("Text von …", "Words by …")', () => {
    expect(
      textBylines('<p><em>Text von Christian Seiler &nbsp; Illustration von Markus Roost</em></p>'),
    ).toHaveLength(1);
    expect(textBylines('<p>Words by Jane Doe</p>')).toEqual(['Words by Jane Doe']);
    expect(textBylines('<p>Text Messages From Mars</p>')).toEqual([]);
  });

  it("passes over a byline printed in a teaser or a comment, which names another post's writer", () => {
    expect(textBylines('<p>Von Jana Roth</p>')).toEqual(['Von Jana Roth']);
    expect(
      textBylines(
        '<div class="teaser-content"><h3>Die Wandlung des Olaf Scholz</h3><div class="badge"><div>Von Andreas Hoffmann</div></div></div>',
      ),
    ).toEqual([]);
    expect(textBylines('<li class="comment"><p>By Sam Roe</p></li>')).toEqual([]);
  });

  it('reads a byline under a theme\'s switches on an outer element ("tweak-blog-item-comments")', () => {
    const outer = (inner: string) =>
      `<div class="site tweak-blog-item-comments"><div><div><div><div><p><em>${inner}</em></p></div></div></div></div></div>`;
    expect(textBylines(outer('By Lizzie Streit'))).toEqual(['By Lizzie Streit']);
  });
});
