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

/**
 * This page's writes, one after another. A change reads the settings before it writes them:
 * without a turn each, a number saved as its field is left (by a click on Reset, say) could
 * read before the reset and write after it, bringing back a value the reset took away.
 */
let writes: Promise<unknown> = Promise.resolve();
function inTurn<T>(write: () => Promise<T>): Promise<T> {
  const done = writes.then(write);
  writes = done.catch(() => undefined);
  return done;
}

/** Applies a change on top of the current settings (read, repaired, then written). */
export function updateSettings(
  change: (current: Settings) => Partial<Settings>,
): Promise<Settings> {
  return inTurn(async () => {
    const current = await loadSettings();
    const next = parseSettings({ ...current, ...change(current) });
    await item.setValue(next);
    return next;
  });
}

export function saveSettings(patch: Partial<Settings>): Promise<Settings> {
  return updateSettings(() => patch);
}

/** Puts every default back; returns the settings it replaced, which an Undo restores. */
export function resetSettings(): Promise<Settings> {
  return inTurn(async () => {
    const before = await loadSettings();
    await item.setValue(structuredClone(DEFAULT_SETTINGS));
    return before;
  });
}

/** Writes whole settings back as they were (a reset's Undo), repaired like any other. */
export function restoreSettings(settings: Settings): Promise<Settings> {
  return inTurn(async () => {
    const next = parseSettings(settings);
    await item.setValue(next);
    return next;
  });
}

/** Calls back with repaired settings on every change, from any page or tab. */
export function watchSettings(callback: (settings: Settings) => void): () => void {
  return item.watch((value) => callback(parseSettings(value)));
}
