// What the card says of the mention at hand: a chemical name is vitamin D3, a dose beside the
// mention in both units, and whether the page mentions K2 (tests/fixtures/card-content.html).
import { can, without } from '../driver/capabilities';
import { expect, test } from '../driver/fixture';
import type { BrowserName } from '../driver/launch';
import type { MentionPage } from '../driver/pages';
import { AXE_SOURCE, axeViolations } from './axe';

const CHEMICAL = 'Cholecalciferol is the chemical name of vitamin D3.';
const K2_NOTE = 'This page mentions vitamin K2 as well.';
const DOSE = 'The dose named here, in both units:';

/** The fixture's mentions, in page order. */
const MENTIONS = [
  'cholecalciferol',
  'холекальциферол',
  'vitamin D3', // 5,000 IU after it
  'Vitamin D3', // 5.000 I.E. before it (German)
  'vitamine D3', // 1000 UI de (French)
  'витамина D3', // 2000 МЕ (Russian)
  'D3', // 125 µg before it
  'vitamin D3', // no number
  'vitamin D3', // a price and a year
  'vitamin D3', // a range
];

async function load(page: MentionPage): Promise<void> {
  await page.load('card-content.html', MENTIONS.length);
  expect(await page.highlightedTexts()).toEqual(MENTIONS);
}

/** Closes any open card, opens mention n's and returns its text, white space folded. */
async function cardOf(page: MentionPage, n: number): Promise<string> {
  await page.tab.press('Escape');
  await page.card.waitClosed();
  // Away first: resting again where the pointer already is moves nothing.
  await page.tab.move(1, 1);
  await page.openCard(n);
  return (await page.card.text()).replace(/\s+/g, ' ');
}

test.describe('what the card says of the mention at hand', () => {
  test('a chemical name, in any language, is said to be vitamin D3; a vitamin phrase is not', async ({
    mentionPage: page,
  }) => {
    await load(page);
    expect(await cardOf(page, 0)).toContain(CHEMICAL);
    expect(await cardOf(page, 1)).toContain(CHEMICAL);
    expect(await cardOf(page, 2)).not.toContain(CHEMICAL);
  });

  test('a dose beside the mention shows in both units, on pages in four languages', async ({
    mentionPage: page,
  }) => {
    await load(page);
    const expected: [number, string][] = [
      [2, `${DOSE} 5,000 IU = 125 µg`],
      [3, `${DOSE} 5,000 IU = 125 µg`],
      [4, `${DOSE} 1,000 IU = 25 µg`],
      [5, `${DOSE} 2,000 IU = 50 µg`],
      [6, `${DOSE} 125 µg = 5,000 IU`],
    ];
    for (const [n, line] of expected) expect(await cardOf(page, n), `mention ${n}`).toContain(line);
  });

  test('no dose line without a dose beside the mention: none, a price or a year, a range', async ({
    mentionPage: page,
  }) => {
    await load(page);
    for (const n of [0, 7, 8, 9]) expect(await cardOf(page, n), `mention ${n}`).not.toContain(DOSE);
  });

  test('cards with the new lines have no accessibility violations (axe-core)', async ({
    mentionPage: page,
  }) => {
    await load(page);
    for (const n of [0, 2]) {
      await cardOf(page, n);
      await page.card.waitStill(); // past its entrance, for colour contrast
      await page.tab.evaluate(AXE_SOURCE);
      expect(await page.tab.evaluate(axeViolations, 'd3k2-card'), `mention ${n}`).toEqual([]);
    }
  });

  test('the K2 note: not for a "K2" in a script, but once the page text mentions K2', async ({
    mentionPage: page,
  }) => {
    await load(page);
    expect(await cardOf(page, 2)).not.toContain(K2_NOTE);

    await page.tab.evaluate(() => {
      const p = document.createElement('p');
      p.textContent = 'Pair vitamin D3 with vitamin K2.';
      document.body.append(p);
    });
    await page.expectCount(MENTIONS.length + 1);
    expect(await cardOf(page, 2)).toContain(K2_NOTE);
  });
});

test.describe('in a browser whose language is German', () => {
  test.skip(
    ({ browserName }) => !can('uiLanguage', browserName as BrowserName),
    without('uiLanguage'),
  );
  test.use({ launchWith: { lang: 'de' } });

  test('the dose is written as German writes numbers and units', async ({ mentionPage: page }) => {
    await load(page);
    expect(await cardOf(page, 2)).toContain(
      'Die hier genannte Dosis in beiden Einheiten: 5.000 I.E. = 125 µg',
    );
    expect(await cardOf(page, 0)).toContain(
      'Cholecalciferol ist der chemische Name von Vitamin D3.',
    );
  });
});
