import { defineSite } from './define-site';

// WCXB dev page 0384 (lesswrong-1). The post body streams into a hidden wrapper, which the generic rules now read
// (014-hidden-streaming-wrapper), so `.PostsPage-postContent` (an empty shell there) is no longer needed; what the
// generic rules cannot know is that the author is printed only as a bare profile link beside "by".
export default defineSite({
  hostnames: ['lesswrong.com', 'www.lesswrong.com'],
  authors: ['.PostsAuthors-authorName'],
});
