import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { expect, test } from '../driver/fixture';
import { type BrowserName, BUILDS } from '../driver/launch';
import { Options, Popup } from '../driver/pages';

test.describe('appearance follows the reader', () => {
  for (const [scheme, motion] of [
    ['light', 'no-preference'],
    ['dark', 'reduce'],
  ] as const) {
    test.describe(`${scheme}`, () => {
      // The browser's own settings (light, no preference, is how tests start it).
      if (scheme === 'dark')
        test.use({ launchWith: { colorScheme: scheme, reducedMotion: motion } });

      test(`${scheme} colours, motion: ${motion}`, async ({ mentionPage: page }) => {
        await page.load('basic.html', 3);
        await page.openCard(0);
        const style = await page.tab.evaluate(() => {
          const dialog = document
            .querySelector('d3k2-card')
            ?.shadowRoot?.querySelector('[role="dialog"]') as HTMLElement;
          const s = getComputedStyle(dialog);
          return { background: s.backgroundColor, animation: s.animationName };
        });
        const [r, g, b] = (style.background.match(/\d+/g) ?? []).map(Number);
        const luminance = (0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b ?? 0)) / 255;
        if (scheme === 'dark') expect(luminance).toBeLessThan(0.25);
        else expect(luminance).toBeGreaterThan(0.9);
        expect(style.animation).toBe(motion === 'reduce' ? 'none' : 'd3k2-in');
      });
    });
  }
});

// The builds, read from disk: each project checks its own browser's.
const MANIFEST: Record<BrowserName, { permissions: string[]; hosts: string[] }> = {
  // Host access is the content script's own (every page); `scripting` adds the engine to a
  // frame with a candidate.
  chromium: { permissions: ['storage', 'scripting'], hosts: ['<all_urls>'] },
  // Firefox's MV2 lists host access among the permissions.
  firefox: { permissions: ['storage', 'scripting', '<all_urls>'], hosts: [] },
};

test('the manifest declares the shortcut and asks for storage and scripting only', ({
  browserName,
}) => {
  const name = browserName as BrowserName;
  const build = path.basename(BUILDS[name]);
  const manifest = JSON.parse(readFileSync(path.join(BUILDS[name], 'manifest.json'), 'utf8'));
  expect(manifest.commands['next-mention'].suggested_key.default, build).toBe('Alt+Shift+K');
  expect(manifest.permissions, build).toEqual(MANIFEST[name].permissions);
  expect(manifest.host_permissions ?? [], build).toEqual(MANIFEST[name].hosts);
  expect(manifest.content_scripts[0].matches, build).toEqual(['<all_urls>']);
  expect(manifest.web_accessible_resources ?? [], build).toEqual([]);
});

test('the content scripts carry no polyfill; the background still does', ({ browserName }) => {
  // A sentence from webextension-polyfill's own code: present where it is bundled.
  const marker = 'only be loaded in a browser extension';
  const dir = BUILDS[browserName as BrowserName];
  const file = (name: string) => readFileSync(path.join(dir, name), 'utf8');
  const build = path.basename(dir);
  expect(file('first-look.js'), build).not.toContain(marker);
  expect(file('content-scripts/engine.js'), build).not.toContain(marker);
  expect(file('background.js'), build).toContain(marker);
});

test('the script every page loads is at most 6 KB gzipped, and holds no matcher', ({
  browserName,
}) => {
  const dir = BUILDS[browserName as BrowserName];
  const build = path.basename(dir);
  const script = readFileSync(path.join(dir, 'first-look.js'));
  // The level `npm run bench` reports.
  expect(gzipSync(script, { level: 9 }).length, build).toBeLessThanOrEqual(6 * 1024);
  // Language data stays with the engine: a cue word from the English data.
  expect(script.toString(), build).not.toContain('softgel');
  // WXT's wrapper for unlisted scripts stays out (build/plain-first-look.ts): a message of its
  // logger, present wherever the wrapper is bundled.
  expect(script.toString(), build).not.toContain('crashed on startup');
});

// Chrome gives extension pages a stylesheet of its own (body at 75%, its own font); ours must
// win in both browsers, form controls included.
test('the popup and the options page set their own type and control colours', async ({
  driver,
}) => {
  for (const [name, open] of [
    ['popup', Popup.open],
    ['options', Options.open],
  ] as const) {
    const { tab } = await open(driver);
    const looks = await tab.evaluate(() => {
      const px = (el: Element | null) => (el ? getComputedStyle(el).fontSize : null);
      const accent = getComputedStyle(document.documentElement).getPropertyValue('--accent').trim();
      const probe = document.createElement('span');
      probe.style.color = accent;
      document.body.append(probe);
      const accentRgb = getComputedStyle(probe).color;
      probe.remove();
      const control = document.querySelector('input[type="radio"], input[type="checkbox"]');
      return {
        body: px(document.body),
        link: px(document.querySelector('main a, main button')),
        family: getComputedStyle(document.body).fontFamily,
        accentColor: control ? getComputedStyle(control).accentColor : accentRgb,
        accentRgb,
      };
    });
    expect(looks.body, name).toBe('14px');
    expect(looks.link, name).toBe('14px');
    expect(looks.family, name).toMatch(/^system-ui/);
    expect(looks.accentColor, name).toBe(looks.accentRgb);
    await tab.close();
  }
});
