import { describe, expect, test } from 'vitest';
import { handleCommand } from './commands';

describe('handleCommand', () => {
  test.each<[string, string, number | undefined, boolean, string[]]>([
    ['sends next-mention to the active tab', 'next-mention', 7, false, ['7:next-mention']],
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
