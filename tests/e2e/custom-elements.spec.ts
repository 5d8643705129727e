import { bundleForPage } from './bundle';
import { expect, test } from './fixtures';

// Only a page with a custom element gets the idle search for shadow roots
// (content/live-mentions.ts): the answer must be yes wherever one is, however deep.
const CASES: [string, string, boolean][] = [
  ['no custom element', '<p>Plain words about <b>bones</b>.</p>', false],
  ['a custom element', '<my-widget>hello</my-widget>', true],
  ['one deep inside', '<div><section><x-card></x-card></section></div>', true],
  ['one in an SVG', '<svg><font-face></font-face></svg>', true],
];

test.describe('custom elements, asked of XPath in a real page', () => {
  test.beforeEach(async ({ page, worker }) => {
    await page.goto(`${worker.origin}/fixtures/no-mentions.html`);
    await page.addScriptTag({ content: await bundleForPage('content/shadow-roots.ts', 'Scanner') });
  });

  for (const [name, body, expected] of CASES) {
    test(`${name}: ${expected ? 'yes' : 'no'}`, async ({ page }) => {
      const answer = await page.evaluate((html) => {
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
