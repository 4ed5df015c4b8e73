import type { Media } from '../../schema/article';
import { hostnameOf } from '../../util/hostname';
import { classAndId, type ElementNode, findElement, foldSpace, walkElements } from './dom';
import { resolveUrl } from './images';

/** Elements that embed a player, a sound or another page: pruning keeps them, emptied, for `mediaOf`. */
export const MEDIA_TAGS: ReadonlySet<string> = new Set(['iframe', 'video', 'audio', 'embed', 'object']);

/** What a host serves, by the end of its name: the kind an embed from it is listed as. */
const PROVIDER_KINDS: readonly (readonly [string, Media['kind']])[] = [
  ['youtube.com', 'video'],
  ['youtube-nocookie.com', 'video'],
  ['youtu.be', 'video'],
  ['vimeo.com', 'video'],
  ['dailymotion.com', 'video'],
  ['dai.ly', 'video'],
  ['twitch.tv', 'video'],
  ['brightcove.net', 'video'],
  ['jwplayer.com', 'video'],
  ['jwplatform.com', 'video'],
  ['vidyard.com', 'video'],
  ['wistia.com', 'video'],
  ['wistia.net', 'video'],
  ['kaltura.com', 'video'],
  ['streamable.com', 'video'],
  ['rumble.com', 'video'],
  ['ted.com', 'video'],
  ['soundcloud.com', 'audio'],
  ['spotify.com', 'audio'],
  ['podcasts.apple.com', 'audio'],
  ['anchor.fm', 'audio'],
  ['megaphone.fm', 'audio'],
  ['simplecast.com', 'audio'],
  ['buzzsprout.com', 'audio'],
  ['libsyn.com', 'audio'],
  ['mixcloud.com', 'audio'],
  ['bandcamp.com', 'audio'],
  ['audioboom.com', 'audio'],
  ['omny.fm', 'audio'],
  ['acast.com', 'audio'],
  ['twitter.com', 'post'],
  ['x.com', 'post'],
  ['instagram.com', 'post'],
  ['facebook.com', 'post'],
  ['tiktok.com', 'post'],
  ['threads.net', 'post'],
  ['bsky.app', 'post'],
  ['reddit.com', 'post'],
  ['linkedin.com', 'post'],
];

/** Hosts whose frames are advertising, tracking or consent machinery, never part of the story. */
const NOT_MEDIA_HOST =
  /^ads?\.|(?:^|\.)(?:doubleclick\.net|googlesyndication\.com|googleadservices\.com|googletagmanager\.com|adnxs\.com|amazon-adsystem\.com|taboola\.com|outbrain\.com|dianomi\.com|zergnet\.com|revcontent\.com|mgid\.com|teads\.tv|adform\.net|smartadserver\.com|pubmatic\.com|rubiconproject\.com|criteo\.(?:com|net)|adsafeprotected\.com|moatads\.com|consensu\.org|cookielaw\.org|privacy-center\.org|recaptcha\.net)$/;

/** A frame this small is a tracking pixel or a messaging channel, not something a reader sees. */
const MIN_FRAME_PIXELS = 3;

/** The host of a URL without "www.", or null. */
const hostOf = (url: string) => hostnameOf(url)?.replace(/^www\./, '') || null;

function kindOfHost(host: string | null, fallback: Media['kind']): Media['kind'] {
  if (!host) return fallback;
  for (const [end, kind] of PROVIDER_KINDS) if (host === end || host.endsWith(`.${end}`)) return kind;
  return fallback;
}

/** A size attribute given as a number under the least a reader sees ("0", "1", "1px"). */
function tiny(value: string | undefined): boolean {
  if (value === undefined) return false;
  const n = Number.parseFloat(value);
  return Number.isFinite(n) && n < MIN_FRAME_PIXELS;
}

/**
 * Empties a media element for pruning: its fallback text ("Your browser does not support the video tag") is no part
 * of the story, but the address a `<source>` child gives is kept as the element's `src`.
 */
export function emptyMedia(el: ElementNode): void {
  if (!el.attrs.src && (el.tag === 'video' || el.tag === 'audio')) {
    const source = findElement(el, (n) => n.tag === 'source' && Boolean(n.attrs.src));
    if (source) el.attrs.src = source.attrs.src!;
  }
  el.children = [];
}

/** The embed an emptied media element stands for, or null for advertising, tracking and empty frames. */
export function mediaOf(el: ElementNode, base: string | null): Media | null {
  const a = el.attrs;
  const raw = a.src ?? a['data-src'] ?? a['data-lazy-src'] ?? a.data ?? null;
  const url = resolveUrl(raw, base);
  const host = url ? hostOf(url) : null;
  if (host && NOT_MEDIA_HOST.test(host)) return null;
  if (tiny(a.width) || tiny(a.height)) return null;
  const title = foldSpace(a.title ?? a['aria-label'] ?? '') || null;
  if (el.tag === 'video' || el.tag === 'audio') {
    // A player a script fills in still shows the reader a video: its poster says so.
    if (!url && !a.poster) return null;
    return { kind: el.tag, url, provider: host, title };
  }
  if (!url) return null;
  return { kind: kindOfHost(host, 'embed'), url, provider: host, title };
}

/** Class words of a social network's embedded post, whose script turns a blockquote into the post. */
const POST_CLASS =
  /(?:^|\s)(?:twitter-tweet|twitter-video|instagram-media|tiktok-embed|bluesky-embed|reddit-card|fb-post|threads-post)(?:\s|$)/;

/**
 * The post a social network's embed markup stands for ("<blockquote class="twitter-tweet">…<a href=…/status/…>"),
 * or null. The post's own text stays in the story as the blockquote it is.
 */
export function postOf(el: ElementNode, base: string | null): Media | null {
  const words = classAndId(el);
  if (!words || !POST_CLASS.test(words)) return null;
  const a = el.attrs;
  let raw = a['data-instgrm-permalink'] ?? a.cite ?? a['data-href'] ?? null;
  if (!raw) {
    // The post's own address is the embed's last link (a tweet's date links to its status).
    for (const n of walkElements(el)) if (n.tag === 'a' && n.attrs.href) raw = n.attrs.href;
  }
  const url = resolveUrl(raw, base);
  const host = url ? hostOf(url) : null;
  return { kind: 'post', url, provider: host, title: null };
}
