// npm run screenshots: the README's pictures of the card (docs/, light and dark: the compact
// card, the card with "Why?" open, and the sheet on a phone), and the store screenshots
// (store/screenshots/<locale>/, 1280×800 as the Chrome Web Store asks): the card, the popup
// and the options page, taken from the demo page with the built extension in a browser whose
// UI language is each of ours.
import { mkdirSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { mentionCentre } from './in-page.mjs';
import { launchChromium, unpackedExtensionId } from './launch.mjs';
import { ROOT, startServer } from './serve.mjs';

// Every locale we ship has its messages file: adding one adds its screenshots. Locales named
// on the command line (`node scripts/screenshots.mjs ja ko`) are taken alone, without the
// README's pictures: one new language need not wait for all the others.
const ONLY = process.argv.slice(2);
const LOCALES = readdirSync(path.join(ROOT, 'locales'))
  .filter((f) => f.endsWith('.yml'))
  .map((f) => f.slice(0, -4))
  .filter((locale) => ONLY.length === 0 || ONLY.includes(locale));
const STORE = { width: 1280, height: 800 };
const server = await startServer();
const id = unpackedExtensionId();

/** @param {import('@playwright/test').Page} page  @param {string} file */
async function shoot(page, file) {
  mkdirSync(path.dirname(file), { recursive: true });
  await page.screenshot({ path: file });
  console.log(path.relative(ROOT, file));
}

/**
 * Opens the demo page in `locale` and hovers its second mention until the card is up.
 * @param {import('@playwright/test').Page} page
 * @param {string} locale
 */
async function demoWithCard(page, locale) {
  await page.goto(`${server.origin}/demo/${locale === 'en' ? 'index' : locale}.html`);
  await page.waitForFunction(() => (CSS.highlights.get('d3k2-mention')?.size ?? 0) > 1);
  const point = await page.evaluate(mentionCentre, /** @type {[number, 'none']} */ ([1, 'none']));
  await page.mouse.move(point.x, point.y);
  await page.locator('d3k2-card [role="dialog"]').waitFor({ state: 'visible' });
}

/**
 * Opens the card's full explanation, by keyboard (the pointer stays on the mention).
 * @param {import('@playwright/test').Page} page
 */
async function expand(page) {
  await page.locator('d3k2-card button[aria-expanded]').press('Enter');
  // Its focus ring belongs to a reader at the keyboard, not to a picture.
  await page.locator('d3k2-card button[aria-expanded="true"]').evaluate((b) => b.blur());
  await settle(page);
}

/**
 * Waits until the card has been placed again and no animation runs.
 * @param {import('@playwright/test').Page} page
 */
async function settle(page) {
  await page.evaluate(
    () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
  );
  await page.waitForFunction(() =>
    (document.querySelector('d3k2-card')?.shadowRoot?.getAnimations() ?? []).every(
      (a) => a.playState !== 'running',
    ),
  );
}

// The README's pictures.
for (const colorScheme of /** @type {('light' | 'dark')[]} */ (
  ONLY.length > 0 ? [] : ['light', 'dark']
)) {
  const context = await launchChromium({
    viewport: { width: 1000, height: 640 },
    colorScheme,
    reducedMotion: 'reduce',
  });
  const page = context.pages()[0] ?? (await context.newPage());
  await demoWithCard(page, 'en');
  await settle(page);
  await shoot(page, path.join(ROOT, 'docs', `card-${colorScheme}.png`));
  await expand(page);
  await shoot(page, path.join(ROOT, 'docs', `card-expanded-${colorScheme}.png`));
  await context.close();

  // A phone: the sheet, after a tap on the second mention.
  const phone = await launchChromium({
    viewport: { width: 360, height: 640 },
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
    colorScheme,
    reducedMotion: 'reduce',
  });
  const tab = phone.pages()[0] ?? (await phone.newPage());
  await tab.goto(`${server.origin}/demo/index.html`);
  await tab.waitForFunction(() => (CSS.highlights.get('d3k2-mention')?.size ?? 0) > 1);
  const point = await tab.evaluate(
    mentionCentre,
    /** @type {[number, 'center']} */ ([1, 'center']),
  );
  await tab.touchscreen.tap(point.x, point.y);
  await tab.locator('d3k2-card [role="dialog"]').waitFor({ state: 'visible' });
  await settle(tab);
  await shoot(tab, path.join(ROOT, 'docs', `sheet-${colorScheme}.png`));
  await phone.close();
}

// The stores' pictures, one set per language.
for (const locale of LOCALES) {
  const dir = path.join(ROOT, 'store/screenshots', locale);
  const context = await launchChromium({
    lang: locale.replace('_', '-'),
    viewport: STORE,
    reducedMotion: 'reduce',
  });
  const page = context.pages()[0] ?? (await context.newPage());

  // The card with its full explanation open: what the extension has to say, at a glance.
  await demoWithCard(page, locale);
  await expand(page);
  await shoot(page, path.join(dir, '1-card.png'));

  // The popup as it opens from the toolbar: the page behind it, the popup at its own size
  // in the top right corner. A browser cannot photograph its own toolbar popup headless, so
  // the popup page is rendered in a tab and placed over the page.
  await page.mouse.move(5, 5);
  await page.locator('d3k2-card [role="dialog"]').waitFor({ state: 'hidden' });
  const backdrop = await page.screenshot();
  const popup = await context.newPage();
  await popup.setViewportSize({ width: 360, height: 600 });
  await popup.goto(`chrome-extension://${id}/popup.html`);
  // A count in any digits (Persian writes ۳).
  await popup
    .getByRole('status')
    .filter({ hasText: /\p{Nd}/u })
    .waitFor();
  const popupShot = await popup.locator('main').screenshot();
  await popup.close();
  await page.setContent(`<body style="margin:0">
    <img src="data:image/png;base64,${backdrop.toString('base64')}" style="display:block">
    <img src="data:image/png;base64,${popupShot.toString('base64')}"
      style="position:fixed;top:8px;right:16px;border-radius:8px;box-shadow:0 8px 32px #0005">
  </body>`);
  await shoot(page, path.join(dir, '2-popup.png'));

  const options = await context.newPage();
  await options.setViewportSize(STORE);
  await options.goto(`chrome-extension://${id}/options.html`);
  await options.getByRole('heading', { level: 1 }).waitFor();
  await shoot(options, path.join(dir, '3-options.png'));
  await context.close();
}
await server.close();
