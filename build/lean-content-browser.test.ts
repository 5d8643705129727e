import { describe, expect, test } from 'vitest';
import { isContentScriptEntry, leanContentBrowser } from './lean-content-browser';

type ResolveId = (id: string) => string | undefined;
type ConfigResolved = (config: { build: { lib: false | { entry: unknown } } }) => void;

describe('lean-content-browser', () => {
  test.each<[string, unknown, boolean]>([
    ['the first look', '/p/entrypoints/first-look.ts', true],
    ['the engine', '/p/entrypoints/engine.content/index.ts', true],
    ['the engine on Windows', 'C:\\p\\entrypoints\\engine.content\\index.ts', true],
    ['an entry object', { 'engine.content': '/p/entrypoints/engine.content/index.ts' }, true],
    ['another script', '/p/entrypoints/first-look.test.ts', false],
    ['the background', '/p/entrypoints/background.ts', false],
    ['an extension page', { popup: '/p/entrypoints/popup/index.html' }, false],
    ['nothing', undefined, false],
  ])('%s', (_name, entry, expected) => {
    expect(isContentScriptEntry(entry)).toBe(expected);
  });

  test.each<[string, false | { entry: unknown }, string, boolean]>([
    [
      'content script: polyfill swapped',
      { entry: '/p/entrypoints/engine.content/index.ts' },
      '@wxt-dev/webextension-polyfill/browser',
      true,
    ],
    [
      'content script: other ids alone',
      { entry: '/p/entrypoints/engine.content/index.ts' },
      'preact',
      false,
    ],
    [
      'background: polyfill kept',
      { entry: '/p/entrypoints/background.ts' },
      '@wxt-dev/webextension-polyfill/browser',
      false,
    ],
    [
      'pages (no library mode): polyfill kept',
      false,
      '@wxt-dev/webextension-polyfill/browser',
      false,
    ],
  ])('%s', (_name, lib, id, swapped) => {
    const plugin = leanContentBrowser();
    (plugin.configResolved as unknown as ConfigResolved)({ build: { lib } });
    const resolved = (plugin.resolveId as unknown as ResolveId)(id);
    if (swapped) expect(resolved).toMatch(/@wxt-dev[\\/]browser[\\/]/);
    else expect(resolved).toBeUndefined();
  });
});
