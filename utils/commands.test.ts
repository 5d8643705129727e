import { describe, expect, test } from 'vitest';
import { handleCommand, MENTION_COMMANDS } from './commands';

describe('handleCommand', () => {
  test.each<[string, string, number | undefined, boolean, string[]]>([
    ['sends next-mention to the active tab', 'next-mention', 7, false, ['7:next-mention']],
    [
      'sends previous-mention to the active tab',
      'previous-mention',
      7,
      false,
      ['7:previous-mention'],
    ],
    ['ignores a name that is only on the prototype', 'toString', 7, false, []],
    ['ignores other commands', '_execute_action', 7, false, []],
    ['does nothing without an active tab', 'next-mention', undefined, false, []],
    ['survives a tab with no content script', 'next-mention', 7, true, ['7:next-mention']],
  ])('%s', async (_name, command, tabId, sendFails, expected) => {
    const sent: string[] = [];
    await handleCommand(command, {
      activeTabId: async () => tabId,
      send: async (id, message) => {
        sent.push(`${id}:${message.type}`);
        if (sendFails) throw new Error('Could not establish connection');
      },
    });
    expect(sent).toEqual(expected);
  });
});

describe('MENTION_COMMANDS', () => {
  test('each command has its own key and a localised description', () => {
    const commands = Object.values(MENTION_COMMANDS);
    const keys = commands.map((c) => c.suggested_key.default);
    expect(new Set(keys).size).toBe(keys.length);
    for (const c of commands) expect(c.description).toMatch(/^__MSG_ext_\w+__$/);
  });
});
