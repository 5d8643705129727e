import { browser } from 'wxt/browser';
import { parseSettings, type Settings } from './settings-schema';

/**
 * Read-only access to the settings for the content script, which runs on every page: the raw
 * stored value, repaired by the same schema as everywhere else. Extension pages and the
 * background use `settings.ts` (with @wxt-dev/storage and its migrations), which would add
 * 3.7 KB (gzipped) to every page. The key is the one `settings.ts` defines.
 */
const KEY = 'settings';

export async function readSettings(): Promise<Settings> {
  try {
    return parseSettings((await browser.storage.local.get(KEY))[KEY]);
  } catch {
    return parseSettings(undefined);
  }
}

/** Calls back with repaired settings whenever they change. */
export function onSettingsChange(callback: (settings: Settings) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && KEY in changes) callback(parseSettings(changes[KEY]?.newValue));
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
