import { browser } from 'wxt/browser';
import { i18n } from '#i18n';
import { MENTION_COMMANDS } from './commands';
import type { MentionStep } from './messages';

/**
 * Our keyboard shortcuts as the browser has them: the user may have changed them, and the
 * browser may have left one unassigned (Chrome does when another extension holds the keys).
 * The manifest's keys are only suggestions, so the options page shows what `commands.getAll`
 * reports. The one choice that differs between browsers, how to reach their own shortcut
 * settings, is made here.
 */

/** A command as `commands.getAll` reports it. */
export interface ReportedCommand {
  name?: string;
  description?: string;
  /** Blank (or missing) when no shortcut is assigned. */
  shortcut?: string;
}

export interface ShortcutRow {
  name: MentionStep;
  description: string;
  /** The keys as the browser writes them ('Alt', 'Shift', 'K'); empty when none is assigned. */
  keys: string[];
}

/** Our commands, in the manifest's order. */
export const MENTION_COMMAND_NAMES = Object.keys(MENTION_COMMANDS) as MentionStep[];

/**
 * The keys of a shortcut as the browser reports it, split at its `+` joins. Joined again with
 * `+` they give back the browser's text. Chrome on macOS writes symbols without joins
 * ('⌥⇧K'): that stays one piece. A `+` key of its own ('Ctrl++') stays a key.
 */
export function shortcutKeys(shortcut: string | undefined): string[] {
  const text = shortcut?.trim() ?? '';
  if (text === '') return [];
  return text.split(/(?<=.)\+(?=.)/);
}

/**
 * One row per command of ours, in our order, with the browser's description (it is localised
 * there) and keys. A command the browser does not report has no keys: nothing would run it.
 */
export function shortcutRows(
  reported: readonly ReportedCommand[],
  names: readonly MentionStep[],
  fallback: (name: MentionStep) => string,
): ShortcutRow[] {
  return names.map((name) => {
    const command = reported.find((c) => c.name === name);
    return {
      name,
      description: command?.description?.trim() || fallback(name),
      keys: shortcutKeys(command?.shortcut),
    };
  });
}

export const CHROME_SHORTCUTS_URL = 'chrome://extensions/shortcuts';

/**
 * How to open the browser's own shortcut settings. Firefox has an API for it (137+, below our
 * minimum). Chrome has none, and an extension page's plain link to a chrome:// address goes
 * nowhere, but `tabs.create` may open its shortcuts page (Edge and other Chromium browsers
 * take the chrome:// address to their own).
 */
export type ShortcutSettingsWay = { kind: 'api' } | { kind: 'tab'; url: string };

export function shortcutSettingsWay(commands: {
  openShortcutSettings?: unknown;
}): ShortcutSettingsWay {
  return typeof commands.openShortcutSettings === 'function'
    ? { kind: 'api' }
    : { kind: 'tab', url: CHROME_SHORTCUTS_URL };
}

/** What Firefox adds to `commands`: wxt/browser's types are Chrome's, which lack both. */
interface FirefoxCommands {
  openShortcutSettings?: () => Promise<void>;
  onChanged?: {
    addListener(listener: () => void): void;
    removeListener(listener: () => void): void;
  };
}

const commands = () => browser.commands as typeof browser.commands & FirefoxCommands;

const OWN_DESCRIPTION: Record<MentionStep, () => string> = {
  'next-mention': () => i18n.t('ext.nextMention'),
  'previous-mention': () => i18n.t('ext.previousMention'),
};

/** Our shortcuts as the browser has them now. */
export async function readShortcuts(): Promise<ShortcutRow[]> {
  const reported = await commands().getAll();
  return shortcutRows(reported, MENTION_COMMAND_NAMES, (name) => OWN_DESCRIPTION[name]());
}

/** Opens the browser's page where the user assigns, changes or clears shortcuts. */
export async function openShortcutSettings(): Promise<void> {
  const api = commands();
  const way = shortcutSettingsWay(api);
  if (way.kind === 'api') await api.openShortcutSettings?.();
  else await browser.tabs.create({ url: way.url });
}

/**
 * Calls back when a shortcut changes, where the browser says so (Firefox's
 * `commands.onChanged`; Chrome has no such event, and the page reads them again when the user
 * comes back to it).
 */
export function onShortcutsChanged(callback: () => void): () => void {
  const event = commands().onChanged;
  if (!event) return () => {};
  const listener = () => callback();
  event.addListener(listener);
  return () => event.removeListener(listener);
}
