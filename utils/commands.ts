import { isMentionStep, type MentionStep, type ToContent } from './messages';

/**
 * The manifest's keyboard commands (wxt.config.ts reads this): one per way of walking the
 * mentions, so a reader who cannot see the highlights can still reach each one. Their keys
 * are only suggestions: the browser's shortcut settings change them.
 */
export const MENTION_COMMANDS = {
  'next-mention': {
    suggested_key: { default: 'Alt+Shift+K' },
    description: '__MSG_ext_nextMention__',
  },
  'previous-mention': {
    suggested_key: { default: 'Alt+Shift+J' },
    description: '__MSG_ext_previousMention__',
  },
} satisfies Record<MentionStep, { suggested_key: { default: string }; description: string }>;

export interface CommandDeps {
  activeTabId(): Promise<number | undefined>;
  /** Sends to the tab's top frame (each frame has a content script; the page is the top). */
  send(tabId: number, message: ToContent): Promise<unknown>;
}

/** What the background does with a keyboard command: pass it on to the tab in front. */
export async function handleCommand(command: string, deps: CommandDeps): Promise<void> {
  if (!isMentionStep(command)) return;
  const tabId = await deps.activeTabId();
  if (tabId === undefined) return;
  // A tab without our content script (a browser page) has no one to answer: nothing to do.
  await deps.send(tabId, { type: command }).catch(() => undefined);
}
