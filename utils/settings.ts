import { storage } from 'wxt/utils/storage';
import {
  DEFAULT_SETTINGS,
  migrateToV2,
  parseSettings,
  SETTINGS_VERSION,
  type Settings,
} from './settings-schema';

export { DEFAULT_SETTINGS, LIMITS, type Settings } from './settings-schema';

// Local, not sync: the settings, and the sites a user turns off, stay on this machine.
const item = storage.defineItem<unknown>('local:settings', {
  fallback: DEFAULT_SETTINGS,
  version: SETTINGS_VERSION,
  migrations: { 2: migrateToV2 },
});

/** The settings, repaired: whatever storage holds, this never throws and never lies. */
export async function loadSettings(): Promise<Settings> {
  try {
    return parseSettings(await item.getValue());
  } catch {
    // A failed migration or an unreadable area: behave as a fresh install rather than break.
    return parseSettings(undefined);
  }
}

/** Applies a change on top of the current settings (read, repaired, then written). */
export async function updateSettings(
  change: (current: Settings) => Partial<Settings>,
): Promise<Settings> {
  const current = await loadSettings();
  const next = parseSettings({ ...current, ...change(current) });
  await item.setValue(next);
  return next;
}

export function saveSettings(patch: Partial<Settings>): Promise<Settings> {
  return updateSettings(() => patch);
}

export async function resetSettings(): Promise<Settings> {
  await item.setValue(structuredClone(DEFAULT_SETTINGS));
  return parseSettings(undefined);
}

/** Calls back with repaired settings on every change, from any page or tab. */
export function watchSettings(callback: (settings: Settings) => void): () => void {
  return item.watch((value) => callback(parseSettings(value)));
}
