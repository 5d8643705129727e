import { storage } from 'wxt/utils/storage';
import { DEFAULT_SETTINGS, parseSettings, type Settings } from './settings-schema';

export { DEFAULT_SETTINGS, type Settings } from './settings-schema';

// Local, not sync: the settings (and, later, the sites a user turns off) stay on this machine.
const item = storage.defineItem<unknown>('local:settings', {
  fallback: DEFAULT_SETTINGS,
  version: 1,
});

export async function loadSettings(): Promise<Settings> {
  return parseSettings(await item.getValue());
}

export async function saveSettings(patch: Partial<Settings>): Promise<Settings> {
  const next = { ...(await loadSettings()), ...patch };
  await item.setValue(next);
  return next;
}

/** Calls back with repaired settings on every change, from any page or tab. */
export function watchSettings(callback: (settings: Settings) => void): () => void {
  return item.watch((value) => callback(parseSettings(value)));
}
