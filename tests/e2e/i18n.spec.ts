import { LOCALES, languageTag, readMessages } from '../../locales/messages';
import { can, without } from '../driver/capabilities';
import { expect, test } from '../driver/fixture';
import type { BrowserName } from '../driver/launch';
import { Options, Popup } from '../driver/pages';
import { poll } from '../driver/poll';
import { overflowing } from './overflow';

/** The UI languages written right to left. */
const RTL = new Set(['ar', 'he', 'fa']);

/** The locale's strings by dotted key, plural forms chosen by count, as the build reads them. */
async function messagesOf(locale: string): Promise<(key: string, count?: number) => string> {
  const byKey = await readMessages(locale);
  return (key, count) => {
    const m = byKey.get(key);
    if (!m) throw new Error(`no message ${key} in ${locale}`);
    if (m.type !== 'plural') return m.message;
    const form = m.plurals[String(count)] ?? m.plurals.n ?? '';
    // The popup writes numbers in the language's own digits (Persian: ۳).
    return form.replace('$1', new Intl.NumberFormat(languageTag(locale)).format(count ?? 0));
  };
}

// The browser's UI language chooses: started in each language, the popup, the card and the
// options page speak it, and say so in their `lang`.
for (const locale of LOCALES) {
  test.describe(`a browser in ${locale}`, () => {
    test.skip(
      ({ browserName }) => !can('uiLanguage', browserName as BrowserName),
      without('uiLanguage'),
    );
    test.use({ launchWith: { lang: languageTag(locale) } });

    test(`in a browser whose language is ${locale}, everything we show is in ${locale}`, async ({
      mentionPage: page,
      driver,
    }) => {
      const t = await messagesOf(locale);
      await page.load('basic.html', 3);

      const popup = await Popup.open(driver);
      await popup.expectStatus(t('popup.found', 3));
      // The article is in English: readers of another language are told before they click.
      const article =
        locale === 'en'
          ? t('common.readArticle')
          : `${t('common.readArticle')} ${t('common.inEnglish')}`;
      const popupLink = popup.link(t('common.readArticle'));
      expect(await popupLink.text()).toBe(article);
      expect(await popupLink.attribute('hreflang')).toBe('en');
      expect(await popup.tab.evaluate(() => document.documentElement.lang)).toBe(
        languageTag(locale),
      );
      const direction = RTL.has(locale) ? 'rtl' : 'ltr';
      expect(await popup.tab.evaluate(() => document.documentElement.dir)).toBe(direction);
      expect(await popup.tab.evaluate(overflowing, 'body')).toEqual([]);
      await popup.close();

      await page.tab.bringToFront();
      await page.openCard(0);
      await poll(() => page.card.role('heading').text(), t('card.title'), {
        message: "the card's heading",
      });
      expect(await page.card.dialog().attribute('lang')).toBe(languageTag(locale));
      expect(await page.card.dialog().attribute('dir')).toBe(direction);
      await page.card.expand(t('card.more'));
      expect(await page.card.button(t('card.disableSite')).isVisible()).toBe(true);
      expect(await page.tab.evaluate(overflowing, '[role="dialog"]')).toEqual([]);
      expect(await page.card.role('link', t('common.readArticle')).text()).toBe(article);

      const options = await Options.open(driver);
      expect(await options.heading().text()).toBe(t('options.title'));
      expect(await options.tab.evaluate(() => document.title)).toBe(t('options.title'));
      expect(await options.button(t('options.resetButton')).isVisible()).toBe(true);
      expect(await options.tab.evaluate(() => document.documentElement.dir)).toBe(direction);
      expect(await options.tab.evaluate(overflowing, 'body')).toEqual([]);
    });
  });
}
