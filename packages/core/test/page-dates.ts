// Pages reduced to the markup that decides a publication date, shared by the date rules' tests.
import { parseArticle } from '../src/parse';

export const OFF = { quotes: false, entities: false, dates: false, casualties: false };
export const BODY = '<p>The council approved the plan on Thursday after a long debate over the budget.</p>';

/** The publication date of a page with `head` in its `<head>` and `body` above a short article. */
export const published = (head: string, body = '') =>
  parseArticle(
    {
      html: `<html><head>${head}</head><body><article><h1>Plan approved</h1>${body}${BODY}</article></body></html>`,
    },
    { extractors: OFF, publishedAt: undefined },
  ).publishedAt;

/** A whole page, for rules that depend on where the headline is or which language the page is in. */
export const parsePage = (html: string, url?: string) =>
  parseArticle({ html, ...(url ? { url } : {}) }, { extractors: OFF, publishedAt: undefined });

/** A paragraph long enough to be the article's body. */
export const LONG = `<p>${'The committee heard from residents, engineers and the city treasurer for several hours. '.repeat(4)}</p>`;
