import { alternationOf, PAGE_WORDS } from '../../languages';
import { compilePattern } from '../../util/pattern';

/** Elements dropped before anything is read: never article text. */
export const DROP_TAGS: ReadonlySet<string> = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'canvas',
  'iframe',
  'object',
  'embed',
  'button',
  'input',
  'select',
  'option',
  'textarea',
  'nav',
  'aside',
  'footer',
  'dialog',
  'menu',
  'head',
  'link',
  'meta',
  'map',
  'audio',
  'video',
  'form',
  // Ruby annotations (furigana): the reading printed over a word, not more text ("子<rt>こ</rt>ども" is 子ども).
  'rt',
  'rp',
]);

/** Block-level elements: an inline run ends at each of them. */
export const BLOCK_TAGS: ReadonlySet<string> = new Set([
  'address',
  'article',
  'blockquote',
  'body',
  'center',
  'dd',
  'details',
  'div',
  'dl',
  'dt',
  'figcaption',
  'figure',
  'footer',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hgroup',
  'hr',
  'html',
  'li',
  'main',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'tr',
  'ul',
  'caption',
  'img',
  'picture',
]);

export const HEADING_TAGS: ReadonlySet<string> = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

// Class or id words of page furniture (Readability's "unlikely candidates", trafilatura's discard lists).
export const BOILERPLATE_CLASS =
  /(?:^|[\s_-])(?:ad|ads|advert|advertisement|adslot|banner|breadcrumbs?|byline|comments?|comment-list|disqus|cookies?|consent|gdpr|footer|masthead|menu|navbar|nav|newsletter|subscribe|subscription|paywall|popup|modal|promo|related|recommended|recirc|more-stories|most-popular|most-read|trending|share|sharing|social|sidebar|sponsor|sponsored|outbrain|taboola|tags|tag-list|topics|pagination|pager|signup|sign-up|author-bio|about-author|skip-link|skip-to|toolbar|jump-link|read-more|readmore|also-read|see-also|next-post|prev-post|post-navigation|rss|visually-hidden|sr-only|screen-reader-text|teaser-list|partner|affiliate-disclosure)(?:$|[\s_-])/;

/** A furniture-classed element with this many paragraphs of prose (80+ characters) holds the story (4241-like). */
export const BOILERPLATE_PROSE_PARAGRAPHS = 6;
/** …when at most this share of its text is links. */
export const BOILERPLATE_PROSE_MAX_LINKS = 0.15;

// Class or id words that mark the article itself; they shield a node from the boilerplate test.
export const CONTENT_CLASS =
  /(?:^|[\s_-])(?:article|article-body|articlebody|article-content|entry-content|entry|post-content|post-body|postbody|story|story-body|storycontent|content|main|body|text|prose|rich-text|richtext|blog-post|single-post)(?:$|[\s_-])/;

// Strong markers of the article body container, tried before scoring.
export const BODY_CONTAINER_CLASS =
  /(?:^|\s)(?:article-body|article__body|articlebody|article-content|article__content|entry-content|post-content|post-body|post__content|story-body|story-content|storycontent|article-text|articletext|body-text|c-entry-content|td-post-content|blog-content|single-content|content-body|news-body|article-body-text|rich-text|caas-body|paywall-content)(?:$|\s)/;

/** Paragraph-like elements that carry scores to their ancestors. */
export const SCORED_TAGS: ReadonlySet<string> = new Set(['p', 'pre', 'td', 'blockquote', 'h2', 'h3', 'li']);

export const MIN_PARAGRAPH_CHARS = 25;

/** `<meta>` keys per field, best first (OpenGraph, Twitter, Dublin Core, Parse.ly, Sailthru, citation_*; a Chinese portal's `publishdate`). */
export const META_KEYS = {
  headline: [
    'og:title',
    'twitter:title',
    'parsely-title',
    'sailthru.title',
    'dc.title',
    'citation_title',
    'headline',
  ],
  description: [
    'og:description',
    'description',
    'twitter:description',
    'dc.description',
    'sailthru.description',
  ],
  authors: [
    'author',
    'article:author',
    'parsely-author',
    'sailthru.author',
    'dc.creator',
    'dcterms.creator',
    'citation_author',
    'byl',
    'twitter:creator',
  ],
  published: [
    'article:published_time',
    'og:article:published_time',
    'article:published',
    'datepublished',
    'published_time',
    'parsely-pub-date',
    'sailthru.date',
    'pubdate',
    'publishdate',
    'publish-date',
    'publish_date',
    'publication_date',
    'dc.date.issued',
    'dcterms.issued',
    'dc.date.created',
    'dcterms.created',
    'dc.date',
    'dcterms.date',
    'citation_publication_date',
    'citation_date',
    'article.published',
    'date',
    'og:published_time',
    'originalpublicationdate',
    'cxenseparse:recs:publishtime',
    'date.available',
    'created',
  ],
  modified: [
    'article:modified_time',
    'og:updated_time',
    'datemodified',
    'article:modified',
    'dcterms.modified',
    'dc.date.modified',
    'last-modified',
    'modified',
    'lastmod',
  ],
  siteName: ['og:site_name', 'application-name', 'al:ios:app_name', 'twitter:app:name:iphone'],
  image: ['og:image', 'og:image:url', 'og:image:secure_url', 'twitter:image', 'twitter:image:src', 'image'],
  imageAlt: ['og:image:alt', 'twitter:image:alt'],
  locale: ['content-language', 'og:locale', 'language', 'dc.language', 'inlanguage'],
  ogType: ['og:type'],
  contentTier: ['article:content_tier', 'og:article:content_tier'],
  section: [
    'article:section',
    'og:article:section',
    'section',
    'parsely-section',
    'sailthru.section',
    'category',
  ],
  tags: [
    'article:tag',
    'og:article:tag',
    'news_keywords',
    'keywords',
    'parsely-tags',
    'sailthru.tags',
    'dc.subject',
  ],
} as const;

// Class or id words of elements that print the publication date.
export const DATE_CLASS =
  /date|time|publi|posted|dateline|byline|meta|article-info|timestamp|datum|created|fecha|info|veroeff|erschienen/;

// Class or id words of page parts whose dates are not the article's.
export const NOT_DATE_CONTEXT =
  /comment|related|sidebar|footer|widget|recent|archive|popular|teaser|reply|calendar|aside|\bnav/;

// Class or id words of the container of one article's text: a date inside it is the article's own.
export const ARTICLE_CONTAINER = /\b(?:hentry|post-?content|entry-content|article-content|article-body)\b/;

// Class or id words of a DOM byline (not an author biography box).
export const BYLINE_CLASS =
  /(?:^|[\s_-])(?:byline|by-line|author|authors|author-name|authorname|writer|creator|contributor)(?:$|[\s_-])/;
export const NOT_BYLINE_CLASS =
  /bio|about|avatar|image|img|photo|description|box|social|follow|more|card-list|comments?/;

/**
 * Class words of the element that holds the author's name itself ("author-box__name", "author_name",
 * "post-author-name"): a byline even inside an author box, whose bio and photo the {@link NOT_BYLINE_CLASS}
 * words keep out.
 */
export const AUTHOR_NAME_CLASS = /(?:^|[\s_-])(?:author|byline)(?:[_-]+[a-z]+){0,2}[_-]+name(?:$|[\s_-])/;

/** Class words of an author box: the writer's photo, name and bio together ("blog_author-box", "author-card"). */
export const AUTHOR_BOX_CLASS = /(?:^|[\s_-])(?:author|writer)[_-]+(?:box|card|info|bio|profile)(?:$|[\s_-])/;

// Class or id words of a page part holding other people's posts: comments, replies, related teasers.
export const OTHER_POST_CLASS =
  /(?:^|[\s_-])(?:comments?|comment-list|replies|reply|related|recirc|teasers?)(?:$|[\s_-])/;

// Class or id words of a site's navigation menus.
export const NAV_CLASS = /(?:^|[\s_-])(?:nav|navbar|navigation|menu|megamenu)(?:$|[\s_-])/;

/** A profile link with more text than this around it is a source cited in the prose, not a byline (wcxb 0027). */
export const PROFILE_HOST_MAX_CHARS = 80;

// Class or id words of a standfirst under the headline.
export const DEK_CLASS =
  /(?:^|[\s_-])(?:standfirst|dek|subtitle|sub-title|subheadline|sub-headline|subhead|summary|lede|lead|intro|excerpt|teaser|description|strapline|deck|abstract)(?:$|[\s_-])/;

// Names that are a desk or an organisation, never a person.
export const ORGANISATION_NAME =
  /\b(?:team|staff|editors?|editorial|desk|news|media|newsroom|press|inc|ltd|llc|gmbh|corp|corporation|company|group|magazine|online|redaktion|admin|agency|clinic|hospital|university|institute|foundation|association|bank|authors|autoren|auteurs|autores|autori|contributors)\b|\.com\b/i;

// filterBlocks: which collected blocks are the story, and which are furniture around it; values since the first
// HTML reader (9668918, tuned on WCXB dev) unless another commit is named.

/**
 * A block more than this share of link text is navigation; also ends a trailing linked list (1bf0972, on a WCXB page
 * of mitsloan.mit.edu).
 */
export const LINKED_BLOCK_DENSITY = 0.6;
/** A short block (under {@link LINKED_SHORT_BLOCK_CHARS}) this much linked is a teaser or a tag line (timeout-1). */
export const LINKED_SHORT_BLOCK_DENSITY = 0.35;
/** Below this length a partly linked block is a teaser; longer ones are prose that cites links. */
export const LINKED_SHORT_BLOCK_CHARS = 80;
/** A photo credit alone on its line is shorter than this… */
export const CREDIT_LINE_MAX_CHARS = 80;
/** …and has at most this many words. */
export const CREDIT_LINE_MAX_WORDS = 8;
/**
 * Class or id words of an element printing a photo's caption outside a `<figure>` ("photo-caption",
 * "wp-caption-text", "image-credit"): read as the caption of the image just before it.
 */
export const CAPTION_CLASS =
  /(?:^|[\s_-])(?:caption|captions|caption-text|photo-caption|image-caption|img-caption|photo-credit|image-credit|credit)(?:$|[\s_-])/i;

/** A caption printed as a paragraph is shorter than this (a longer block citing a source is prose). */
export const CAPTION_LINE_MAX_CHARS = 200;
/** An author's bio is one of the story's last this many blocks… */
export const AUTHOR_BIO_BLOCKS = 2;
/** …and shorter than this. */
export const AUTHOR_BIO_MAX_CHARS = 400;
/** A notice to the reader is shorter than this; a longer block that uses its words is a story about them (cookies). */
export const NOTICE_MAX_CHARS = 1000;
/** A paragraph this long (in {@link textLength} units) is prose, not a label or a line of front matter. */
export const PROSE_CHARS = 120;
/** Paragraphs the story must have before a tail heading ("Read this next") ends it, so a page that opens with its
 * teaser rail keeps the story below it. */
export const TAIL_MIN_PARAGRAPHS = 2;
/** How many top blocks may be front matter (the author's name alone, "Updated …"; 1bf0972; 015-labelled-byline). */
export const FRONT_MATTER_BLOCKS = 3;
/** Front matter is a short line; a block this long is a paragraph even when it opens "Published …". */
export const FRONT_MATTER_MAX_CHARS = 120;
/**
 * Class words of the parts printed around the headline that hold no story text: the byline's box (its name, the
 * writer's town and handle: "ue-c-article__byline-location") and the kicker or eyebrow naming the section.
 */
export const FRONT_PART_CLASS = /(?:^|[\s_-])(?:byline|by-line|kicker|eyebrow|overline|rubric)(?:$|[\s_-])/;
/** How many ancestors of a front block are looked at for {@link FRONT_PART_CLASS}. */
export const FRONT_PART_LEVELS = 3;
/** How many blocks at the top of the story are checked for a printed byline. */
export const TOP_BYLINE_BLOCKS = 4;
/** A date line ("19 November 2017, 10:42") is shorter than this; a longer block is a sentence (006-printed-date-german). */
export const DATE_LINE_MAX_CHARS = 60;
/** A date line holds at most this many words, the date and a label or a place. */
export const DATE_LINE_MAX_WORDS = 8;

/** A line of front matter that stamps the story: "Published …", "Last updated …", "Originally posted …". */
export const STAMP_LINE: RegExp = compilePattern(
  `^(?:(?:${alternationOf(PAGE_WORDS.stampPrefixes)}) )?(?:${alternationOf(PAGE_WORDS.stampLabels)})\\b`,
  'i',
);

// find-content: Readability's scoring (paragraphs score their ancestors), with the values it uses unless said;
// tuned on the WCXB dev pages when the HTML reader was written (9668918) unless another commit is named.

/** Points a class or id word adds (content, body container) or takes away (boilerplate), as in Readability. */
export const CLASS_WEIGHT = 25;
/** A paragraph scores a point per comma, up to this many, so one run-on list does not win alone (yahoo-japan-1). */
export const MAX_COMMA_POINTS = 10;
/** A paragraph scores a point per this many characters… */
export const CHARS_PER_LENGTH_POINT = 100;
/** …up to this many points (Readability's cap). */
export const MAX_LENGTH_POINTS = 3;
/** How many ancestors a paragraph scores (Readability scores five; four kept wrappers from outscoring the body). */
export const SCORED_ANCESTORS = 4;
/** Past the grandparent, an ancestor's share is divided by its level times this (Readability's divider). */
export const FAR_ANCESTOR_DIVIDER = 3;
/** The climb weighs each character of link text this much against prose (7c72f8e: listicle cards; a German paper's teaser rails). */
export const PROSE_LINK_PENALTY = 1.5;
/** Non-paragraph text (headings, list items) counts slightly against a container's prose (7c72f8e). */
export const PROSE_OTHER_TEXT_PENALTY = 0.3;
/** The climb moves up only to an ancestor with this much more prose (7c72f8e; 003-listicle-cards, timeout-1). */
export const CLIMB_GAIN = 1.15;
/** A page's marked body wins over the top-scored node when it holds at least this share of its net text. */
export const MARKED_BODY_SHARE = 0.5;
// The microformats class of one post (h-entry, and hAtom's hentry before it).
export const ENTRY_CLASS = /(?:^|\s)h-?entry(?:$|\s)/;

/** Marked blocks under one ancestor are one body split in parts when they hold this share of its net text. */
export const MARKED_PARTS_SHARE = 0.6;
/** A marked body (`itemprop=articleBody`, `entry-content`) with less net text than this is a teaser's. */
export const MIN_MARKED_BODY_CHARS = 250;
/** A sibling joins the body when it scores this share of the top score (Readability's sibling threshold)… */
export const SIBLING_SCORE_SHARE = 0.2;
/** …and at least this score. */
export const MIN_SIBLING_SCORE = 10;
/** A scored sibling with more link text than this share is a link list, not the story's continuation. */
export const SIBLING_MAX_LINK_DENSITY = 0.3;
/** An unscored sibling `<p>` longer than this (and nearly linkless) continues the story (Readability). */
export const SIBLING_PARAGRAPH_CHARS = 80;
/** The link share an unscored sibling `<p>` may have (Readability). */
export const SIBLING_PARAGRAPH_MAX_LINK_DENSITY = 0.25;
/** How far up from the body the article's `<article>`/`<main>` is looked for, for its lead figure (1166713; a British paper's lead figure). */
export const LEAD_FIGURE_LEVELS = 6;
/** At most this many lead figures before the body: a photo, and a gallery's second (1166713; seattletimes-1). */
export const MAX_LEAD_FIGURES = 2;
