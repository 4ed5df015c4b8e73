import type { JsonLdFacts } from './json-ld';

export interface ArticleSignals {
  jsonLd: JsonLdFacts;
  ogType: string | null;
  hasDate: boolean;
  hasAuthor: boolean;
  bodyWords: number;
  proseBlocks: number;
  pageLinkDensity: number;
  url: string | null;
}

const NOT_ARTICLE_TYPE =
  /^(?:Product|Offer|AggregateOffer|ItemList|CollectionPage|SearchResultsPage|QAPage|FAQPage|DiscussionForumPosting|ProfilePage|Store|LocalBusiness|SoftwareApplication|Course|Event|JobPosting)$/;
const ARTICLE_TYPE = /Article$|^BlogPosting$|^LiveBlogPosting$|^Report$|^Review$/;
const LISTING_PATH =
  /\/(?:tag|tags|category|categories|topics?|search|products?|shop|store|forum|forums|threads?|collections?|page\/\d+)(?:\/|$)/i;

/** Scores how article-like a page is, 0..1, from its declared type and the shape of its text. */
export function scoreArticle(s: ArticleSignals): { score: number; reasons: string[] } {
  let score = 0.4;
  const reasons: string[] = [];
  const add = (points: number, reason: string) => {
    score += points;
    reasons.push(`${points > 0 ? '+' : ''}${points.toFixed(2)} ${reason}`);
  };
  if (s.jsonLd.types.some((t) => ARTICLE_TYPE.test(t))) add(0.25, 'JSON-LD declares an article');
  // A shop marks its product page up as a Product (007-product-page, a French shop's barbecue page).
  if (s.jsonLd.types.some((t) => NOT_ARTICLE_TYPE.test(t)))
    add(-0.3, 'JSON-LD declares a product, listing or forum');
  if (s.ogType === 'article') add(0.15, 'og:type is article');
  else if (s.ogType && /product|profile|website|video/.test(s.ogType)) add(-0.1, `og:type is ${s.ogType}`);
  if (s.hasDate) add(0.1, 'has a publication date');
  if (s.hasAuthor) add(0.1, 'has an author');
  // An interstitial or a teaser listing leaves only a few words of text (thelocal-1, wral-1).
  if (s.bodyWords >= 150) add(0.15, `${s.bodyWords} words of body text`);
  else if (s.bodyWords < 50) add(-0.3, `only ${s.bodyWords} words of body text`);
  if (s.proseBlocks >= 3) add(0.1, `${s.proseBlocks} prose paragraphs`);
  else if (s.proseBlocks <= 1) add(-0.15, 'fewer than two prose paragraphs');
  // A listing is mostly links to other stories (wral-1).
  if (s.pageLinkDensity > 0.5) add(-0.15, 'most of the page text is links');
  // A topic or tag path is a listing of stories (a local station's "/topic/…" page of wire teasers).
  if (s.url && LISTING_PATH.test(safePath(s.url))) add(-0.15, 'the URL path looks like a listing');
  return { score: Math.max(0, Math.min(1, Math.round(score * 100) / 100)), reasons };
}

function safePath(url: string): string {
  try {
    return new URL(url).pathname;
  } catch {
    return '';
  }
}
