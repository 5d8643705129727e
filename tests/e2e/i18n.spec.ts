import { LOCALES, readMessages } from '../../locales/messages';
import { startServer } from '../../scripts/serve.mjs';
import { expect, launchWithExtension, test, unpackedExtensionId } from './fixtures';
import { highlightCount, mentionPoint } from './page-helpers';

/** The locale's strings by dotted key, plural forms chosen by count, as the build reads them. */
async function messagesOf(locale: string): Promise<(key: string, count?: number) => string> {
  const byKey = await readMessages(locale);
  return (key, count) => {
    const m = byKey.get(key);
    if (!m) throw new Error(`no message ${key} in ${locale}`);
    if (m.type !== 'plural') return m.message;
    const form = m.plurals[String(count)] ?? m.plurals.n ?? '';
    return form.replace('$1', String(count));
  };
}

// The browser's UI language chooses: started in each language, the popup, the card and the
// options page speak it, and say so in their `lang`.
for (const locale of LOCALES) {
  test(`in a browser whose language is ${locale}, everything we show is in ${locale}`, async () => {
    const t = await messagesOf(locale);
    const server = await startServer();
    const context = await launchWithExtension({ lang: locale });
    const id = unpackedExtensionId();
    try {
      const page = await context.newPage();
      await page.goto(`${server.origin}/fixtures/basic.html`);
      await expect.poll(() => highlightCount(page)).toBe(3);

      const popup = await context.newPage();
      await popup.goto(`chrome-extension://${id}/popup.html`);
      await expect(popup.getByRole('status').first()).toHaveText(t('popup.found', 3));
      await expect(popup.getByRole('link', { name: t('common.readArticle') })).toBeVisible();
      expect(await popup.evaluate(() => document.documentElement.lang)).toBe(locale);
      await popup.close();

      await page.bringToFront();
      const { x, y } = await mentionPoint(page, 0);
      await page.mouse.move(x, y);
      const dialog = page.locator('d3k2-card [role="dialog"]');
      await expect(dialog).toBeVisible();
      await expect(dialog.getByRole('heading')).toHaveText(t('card.title'));
      await expect(dialog).toHaveAttribute('lang', locale);
      await expect(dialog.getByRole('button', { name: t('card.disableSite') })).toBeVisible();

      const options = await context.newPage();
      await options.goto(`chrome-extension://${id}/options.html`);
      await expect(options.getByRole('heading', { level: 1 })).toHaveText(t('options.title'));
      await expect(options).toHaveTitle(t('options.title'));
      await expect(options.getByRole('button', { name: t('options.resetButton') })).toBeVisible();
    } finally {
      await context.close();
      await server.close();
    }
  });
}
