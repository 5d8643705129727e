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

  test('reset brings back every default, and returns what it replaced', async () => {
    const { saveSettings, resetSettings, loadSettings } = await freshSettings();
    const before = await saveSettings({ enabled: false, style: 'none' });
    expect(await resetSettings()).toEqual(before);
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
  });

  test("a reset's undo restores exactly what was in force, sites and phrases included", async () => {
    const { saveSettings, resetSettings, restoreSettings, loadSettings } = await freshSettings();
    const custom = await saveSettings({
      style: 'background',
      hoverDelay: 650,
      disabledSites: [
        { host: 'example.com', subdomains: true },
        { host: 'news.org', subdomains: false },
      ],
      ignored: [{ host: 'example.com', phrase: 'D3' }],
    });
    const before = await resetSettings();
    await restoreSettings(before);
    expect(await loadSettings()).toEqual(custom);
  });

  test('a change started before a reset is written before it, not over it', async () => {
    const { saveSettings, resetSettings, loadSettings } = await freshSettings();
    // As a number field saved on blur when Reset is clicked: neither is awaited first.
    const saved = saveSettings({ hoverDelay: 900 });
    const before = resetSettings();
    await saved;
    expect((await before).hoverDelay).toBe(900);
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
  });

  test('a write that fails does not stop the next', async () => {
    const { saveSettings, updateSettings, loadSettings } = await freshSettings();
    const failed = updateSettings(() => {
      throw new Error('boom');
    });
    const saved = saveSettings({ badge: false });
    await expect(failed).rejects.toThrow('boom');
    await saved;
    expect((await loadSettings()).badge).toBe(false);
  });
});
