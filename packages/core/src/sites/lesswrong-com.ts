import { defineSite } from './define-site';

// WCXB dev page 0384 (lesswrong-1): the post body sits in a hidden streaming wrapper beside long comment threads.
export default defineSite({
  hostnames: ['lesswrong.com', 'www.lesswrong.com'],
  body: ['.PostsPage-postContent'],
  remove: ['.CommentsListSection-root'],
});
