import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { expect, test } from '@playwright/test';
import { ROOT, startServer } from '../../scripts/serve.mjs';
import { launchWithExtension } from './fixtures';
import { highlightCount, mentionPoint } from './page-helpers';

test.describe('appearance follows the reader', () => {
  for (const [scheme, motion] of [
    ['light', 'no-preference'],
    ['dark', 'reduce'],
  ] as const) {
    test(`${scheme} colours, motion: ${motion}`, async () => {
      const server = await startServer();
      const context = await launchWithExtension({ colorScheme: scheme, reducedMotion: motion });
      const page = await context.newPage();
      await page.goto(`${server.origin}/fixtures/basic.html`);
      await expect.poll(() => highlightCount(page)).toBe(3);
      const { x, y } = await mentionPoint(page, 0);
      await page.mouse.move(x, y);
      await expect(page.locator('d3k2-card [role="dialog"]')).toBeVisible();
      const style = await page.evaluate(() => {
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
      await context.close();
      await server.close();
    });
  }
});

test('the manifests declare the shortcut and ask for storage and scripting only', () => {
  for (const build of ['chrome-mv3', 'firefox-mv2']) {
    const manifest = JSON.parse(
      readFileSync(path.join(ROOT, '.output', build, 'manifest.json'), 'utf8'),
    );
    expect(manifest.commands['next-mention'].suggested_key.default, build).toBe('Alt+Shift+K');
    // Host access is the content script's own (every page); `scripting` adds the engine to a
    // frame with a candidate. Firefox's MV2 lists host access among the permissions.
    const hosts = build === 'chrome-mv3' ? manifest.host_permissions : [];
    const extra = build === 'chrome-mv3' ? [] : ['<all_urls>'];
    expect(manifest.permissions, build).toEqual(['storage', 'scripting', ...extra]);
    expect(hosts ?? [], build).toEqual(build === 'chrome-mv3' ? ['<all_urls>'] : []);
    expect(manifest.content_scripts[0].matches, build).toEqual(['<all_urls>']);
    expect(manifest.web_accessible_resources ?? [], build).toEqual([]);
  }
});

test('the content scripts carry no polyfill; the background still does', () => {
  // A sentence from webextension-polyfill's own code: present where it is bundled.
  const marker = 'only be loaded in a browser extension';
  for (const build of ['chrome-mv3', 'firefox-mv2']) {
    const file = (name: string) => readFileSync(path.join(ROOT, '.output', build, name), 'utf8');
    expect(file('content-scripts/content.js'), build).not.toContain(marker);
    expect(file('content-scripts/engine.js'), build).not.toContain(marker);
    expect(file('background.js'), build).toContain(marker);
  }
});

test('the script every page loads is at most 6 KB gzipped in both builds, and holds no matcher', () => {
  for (const build of ['chrome-mv3', 'firefox-mv2']) {
    const script = readFileSync(path.join(ROOT, '.output', build, 'content-scripts/content.js'));
    // The level `npm run bench` reports.
    expect(gzipSync(script, { level: 9 }).length, build).toBeLessThanOrEqual(6 * 1024);
    // Language data stays with the engine: a cue word from the English data.
    expect(script.toString(), build).not.toContain('softgel');
  }
});
