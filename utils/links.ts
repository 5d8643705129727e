/** The only two addresses the extension ever points to; every link opens in a new tab. */
export const ARTICLE_URL =
  'https://forheartstrong.com/en-um/blogs/news/why-combining-d3-k2-is-better-than-taking-d3-alone';
export const RESEARCH_URL = 'https://pmc.ncbi.nlm.nih.gov/articles/PMC5613455/';
