import { describe, expect, test } from 'vitest';
import { MENTION_COMMANDS } from './commands';
import type { MentionStep } from './messages';
import {
  CHROME_SHORTCUTS_URL,
  MENTION_COMMAND_NAMES,
  type ReportedCommand,
  type ShortcutSettingsWay,
  shortcutKeys,
  shortcutRows,
  shortcutSettingsWay,
} from './shortcuts';

describe('shortcutKeys', () => {
  test.each<[string, string | undefined, string[]]>([
    ['Chrome and Firefox on Windows and Linux', 'Alt+Shift+K', ['Alt', 'Shift', 'K']],
    ['Firefox on macOS', 'MacCtrl+Shift+K', ['MacCtrl', 'Shift', 'K']],
    ['Chrome on macOS writes symbols without joins', '⌥⇧K', ['⌥⇧K']],
    ['a named key', 'Ctrl+Shift+Comma', ['Ctrl', 'Shift', 'Comma']],
    ['a plus key of its own', 'Ctrl++', ['Ctrl', '+']],
    ['a single key', 'F9', ['F9']],
    ['blank: not assigned', '', []],
    ['white space only: not assigned', '  ', []],
    ['missing: not assigned', undefined, []],
  ])('%s', (_name, shortcut, keys) => {
    expect(shortcutKeys(shortcut)).toEqual(keys);
    // Joined again, the keys read exactly as the browser wrote them.
    if (keys.length > 0) expect(keys.join('+')).toBe(shortcut);
  });
});

describe('shortcutRows', () => {
  const ours = (name: MentionStep) => `ours: ${name}`;
  const next = 'Go to the next mention';
  const previous = 'Go to the previous mention';
  test.each<[string, ReportedCommand[], [string, string[]][]]>([
    [
      "Chrome: both assigned, with the toolbar button's own command beside them",
      [
        { name: '_execute_action', description: '', shortcut: '' },
        { name: 'next-mention', description: next, shortcut: 'Alt+Shift+K' },
        { name: 'previous-mention', description: previous, shortcut: 'Alt+Shift+J' },
      ],
      [
        [next, ['Alt', 'Shift', 'K']],
        [previous, ['Alt', 'Shift', 'J']],
      ],
    ],
    [
      'one changed by the user, one cleared',
      [
        { name: 'next-mention', description: next, shortcut: 'Ctrl+Shift+8' },
        { name: 'previous-mention', description: previous, shortcut: '' },
      ],
      [
        [next, ['Ctrl', 'Shift', '8']],
        [previous, []],
      ],
    ],
    [
      'Chrome leaves one unassigned (its keys were taken): no shortcut field at all',
      [
        { name: 'next-mention', description: next },
        { name: 'previous-mention', description: previous, shortcut: 'Alt+Shift+J' },
      ],
      [
        [next, []],
        [previous, ['Alt', 'Shift', 'J']],
      ],
    ],
    [
      'reported in another order: ours stays',
      [
        { name: 'previous-mention', description: previous, shortcut: 'Alt+Shift+J' },
        { name: 'next-mention', description: next, shortcut: 'Alt+Shift+K' },
      ],
      [
        [next, ['Alt', 'Shift', 'K']],
        [previous, ['Alt', 'Shift', 'J']],
      ],
    ],
    [
      'a command not reported, or with a blank description: our own words, no keys',
      [{ name: 'previous-mention', description: ' ', shortcut: 'Alt+Shift+J' }],
      [
        ['ours: next-mention', []],
        ['ours: previous-mention', ['Alt', 'Shift', 'J']],
      ],
    ],
    [
      'nothing reported',
      [],
      [
        ['ours: next-mention', []],
        ['ours: previous-mention', []],
      ],
    ],
  ])('%s', (_name, reported, expected) => {
    const rows = shortcutRows(reported, MENTION_COMMAND_NAMES, ours);
    expect(rows.map((r) => r.name)).toEqual(['next-mention', 'previous-mention']);
    expect(rows.map((r) => [r.description, r.keys])).toEqual(expected);
  });

  test('the rows are the manifest commands, in its order', () => {
    expect(MENTION_COMMAND_NAMES).toEqual(Object.keys(MENTION_COMMANDS));
  });
});

describe('shortcutSettingsWay', () => {
  test.each<[string, { openShortcutSettings?: unknown }, ShortcutSettingsWay]>([
    ['Firefox: its own API', { openShortcutSettings: async () => {} }, { kind: 'api' }],
    ['Chrome: no API, its page in a tab', {}, { kind: 'tab', url: CHROME_SHORTCUTS_URL }],
    [
      'something that is not a function is no API',
      { openShortcutSettings: true },
      { kind: 'tab', url: CHROME_SHORTCUTS_URL },
    ],
  ])('%s', (_name, commands, way) => {
    expect(shortcutSettingsWay(commands)).toEqual(way);
  });
});
