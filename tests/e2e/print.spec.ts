// A printout of a page carries neither our highlights nor our card.
import { can, without } from '../driver/capabilities';
import { expect, test } from '../driver/fixture';
import type { BrowserName } from '../driver/launch';
import type { MentionPage } from '../driver/pages';

/** What a reader would see of the first mention's highlight and of our card host. */
function looks(page: MentionPage) {
  return page.tab.evaluate(() => {
    const range = [...(CSS.highlights.get('d3k2-mention') ?? [])][0] as Range | undefined;
    const el = range?.startContainer.parentElement;
    const mark = (name: string) => (el ? getComputedStyle(el, `::highlight(${name})`) : null);
    const host = document.querySelector('d3k2-card');
    return {
      print: matchMedia('print').matches,
      underline: mark('d3k2-style-underline')?.textDecorationLine ?? null,
      host: host ? getComputedStyle(host).display : null,
    };
  });
}

test.describe('print', () => {
  test.skip(
    ({ browserName }) => !can('printMedia', browserName as BrowserName),
    without('printMedia'),
  );

  test('highlights and the card are left out of a printout, and come back on screen', async ({
    mentionPage: page,
  }) => {
    await page.load('basic.html', 3);
    await page.openCard(0);
    expect(await looks(page)).toEqual({ print: false, underline: 'underline', host: 'block' });

    await page.emulatePrint(true);
    expect(await looks(page)).toEqual({ print: true, underline: 'none', host: 'none' });

    await page.emulatePrint(false);
    expect(await looks(page)).toEqual({ print: false, underline: 'underline', host: 'block' });
  });
});
