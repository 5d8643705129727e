import { expect, test } from '../driver/fixture';
import { bundleForPage } from './bundle';

// Only a page with a custom element gets the idle search for shadow roots
// (content/live-mentions.ts): the answer must be yes wherever one is, however deep.
const CASES: [string, string, boolean][] = [
  ['no custom element', '<p>Plain words about <b>bones</b>.</p>', false],
  ['a custom element', '<my-widget>hello</my-widget>', true],
  ['one deep inside', '<div><section><x-card></x-card></section></div>', true],
  ['one in an SVG', '<svg><font-face></font-face></svg>', true],
];

test.describe('custom elements, asked of XPath in a real page', () => {
  test.beforeEach(async ({ mentionPage: page }) => {
    await page.open('no-mentions.html');
    await page.tab.addScript(await bundleForPage('content/shadow-roots.ts', 'Scanner'));
  });

  for (const [name, body, expected] of CASES) {
    test(`${name}: ${expected ? 'yes' : 'no'}`, async ({ mentionPage: page }) => {
      const answer = await page.tab.evaluate((html) => {
        document.body.innerHTML = html;
        const { Scanner } = window as unknown as {
          Scanner: typeof import('../../content/shadow-roots');
        };
        return Scanner.hasCustomElements(document);
      }, body);
      expect(answer).toBe(expected);
    });
  }
});
