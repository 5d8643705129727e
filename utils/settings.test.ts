import { beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS } from './settings-schema';

// The settings module defines its storage item (and runs migrations) when imported, so each
// test seeds storage first and then imports a fresh copy.
async function freshSettings() {
  vi.resetModules();
  return import('./settings');
}

describe('settings in extension storage', () => {
  beforeEach(() => fakeBrowser.reset());

  test('a fresh install reads the defaults', async () => {
    const { loadSettings } = await freshSettings();
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
  });

  test('version 1 values are migrated to version 2', async () => {
    await fakeBrowser.storage.local.set({
      settings: { enabled: false, disabledSites: ['example.com', '*.news.org'] },
      settings$: { v: 1 },
    });
    const { loadSettings } = await freshSettings();
    expect(await loadSettings()).toEqual({
      ...DEFAULT_SETTINGS,
      enabled: false,
      disabledSites: [
        { host: 'example.com', subdomains: false },
        { host: 'news.org', subdomains: true },
      ],
    });
    const stored = await fakeBrowser.storage.local.get(['settings$']);
    expect(stored.settings$).toEqual({ v: 2 });
  });

  test.each<[string, unknown]>([
    ['a string', 'garbage'],
    ['a number', 7],
    ['an object of wrong types', { enabled: 'yes', style: 3, disabledSites: {} }],
    ['an array', [1, 2, 3]],
  ])('garbage in storage (%s) reads as the defaults', async (_name, garbage) => {
    await fakeBrowser.storage.local.set({ settings: garbage, settings$: { v: 2 } });
    const { loadSettings } = await freshSettings();
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
  });

  test('a version from the future (after a downgrade) keeps what this version understands', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    await fakeBrowser.storage.local.set({
      settings: { enabled: false, futureField: { x: 1 }, style: 'sparkles' },
      settings$: { v: 99 },
    });
    const { loadSettings } = await freshSettings();
    expect(await loadSettings()).toEqual({ ...DEFAULT_SETTINGS, enabled: false });
    vi.restoreAllMocks();
  });

  test('updates are repaired before they are written, and watchers hear them', async () => {
    const { updateSettings, watchSettings, loadSettings } = await freshSettings();
    const heard: unknown[] = [];
    const unwatch = watchSettings((s) => heard.push(s.hoverDelay));
    await updateSettings(() => ({ hoverDelay: 50_000 }));
    expect((await loadSettings()).hoverDelay).toBe(2000);
    expect(heard).toEqual([2000]);
    unwatch();
  });

  test('reset brings back every default', async () => {
    const { saveSettings, resetSettings, loadSettings } = await freshSettings();
    await saveSettings({ enabled: false, style: 'none' });
    await resetSettings();
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
  });
});
