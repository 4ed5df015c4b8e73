import { defineSite } from './define-site';

// Written for WCXB dev page 0384 (lesswrong.com). The post body streams into a hidden wrapper, which the generic
// rules now read (014-hidden-streaming-wrapper), so `.PostsPage-postContent` (an empty shell there) is no longer
// needed; what the generic rules cannot know is that every co-author is printed as a bare profile link beside "by",
// while the JSON-LD names the first alone (025-site-rule-author).
export default defineSite({
  hostnames: ['lesswrong.com', 'www.lesswrong.com'],
  authors: ['.PostsAuthors-authorName'],
});
