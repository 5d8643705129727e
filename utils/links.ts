/** The only two addresses the extension ever points to; every link opens in a new tab. */
export const ARTICLE_URL =
  'https://forheartstrong.com/en-um/blogs/news/why-combining-d3-k2-is-better-than-taking-d3-alone';
export const RESEARCH_URL = 'https://pmc.ncbi.nlm.nih.gov/articles/PMC5613455/';
/** The article is written in English only. */
export const ARTICLE_LANG = 'en';

/**
 * The article link's words: "(in English)" follows them where the reader's language is
 * another, so that nobody clicks expecting their own. `note` is asked only then.
 */
export function articleLabel(uiLang: string, label: string, note: () => string): string {
  return uiLang.split('-')[0] === ARTICLE_LANG ? label : `${label} ${note()}`;
}
