import { NEXT_MENTION_COMMAND, type ToContent } from './messages';

export interface CommandDeps {
  activeTabId(): Promise<number | undefined>;
  /** Sends to the tab's top frame (each frame has a content script; the page is the top). */
  send(tabId: number, message: ToContent): Promise<unknown>;
}

/** What the background does with a keyboard command: pass "next mention" to the tab in front. */
export async function handleCommand(command: string, deps: CommandDeps): Promise<void> {
  if (command !== NEXT_MENTION_COMMAND) return;
  const tabId = await deps.activeTabId();
  if (tabId === undefined) return;
  // A tab without our content script (a browser page) has no one to answer: nothing to do.
  await deps.send(tabId, { type: 'next-mention' }).catch(() => undefined);
}
