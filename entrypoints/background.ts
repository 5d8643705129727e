import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { BADGE_BACKGROUND, BADGE_TEXT } from '../utils/badge';
import { handleCommand } from '../utils/commands';
import { badgeText, sumTallies, type Tally } from '../utils/counts';
import { withIgnored, withoutIgnored } from '../utils/ignored';
import { isTally, isToBackground } from '../utils/messages';
import { LIMITS, loadSettings, type Settings, updateSettings } from '../utils/settings';
import { withoutSite, withSite } from '../utils/sites';
import { framesToAsk, parseFrameTallies, tabCountsKey, withFrame } from '../utils/tab-counts';

/**
 * The engine and its stylesheet, into the one frame whose first look asked. A page that has
 * gone meanwhile (or a frame we may not script) just fails: nothing to do then. Both are
 * asked for at once: the engine paints only after compiling its matcher, by when its
 * stylesheet is in, and a highlight never moves the page's layout whichever comes first.
 */
async function wakeEngine(target: { tabId: number; frameIds: number[] }): Promise<void> {
  try {
    await Promise.all([
      browser.scripting.insertCSS({ target, files: ['/content-scripts/engine.css'] }),
      browser.scripting.executeScript({ target, files: ['/content-scripts/engine.js'] }),
    ]);
  } catch {
    // The tab closed or navigated before the engine arrived.
  }
}

/**
 * A frame's new count, into its tab's (in `storage.session`: the background may be stopped
 * between two reports). The tab's other frames are asked for theirs again: one may have gone
 * or navigated since it reported (nothing tells us, short of listening to every tab's every
 * load), and then it answers nothing, or 0. Most pages have one frame: nothing to ask.
 */
async function recount(tabId: number, frameId: number, tally: Tally): Promise<Tally[]> {
  const key = tabCountsKey(tabId);
  let frames = withFrame(
    parseFrameTallies((await browser.storage.session.get(key))[key]),
    frameId,
    tally,
  );
  for (const other of framesToAsk(frames)) {
    if (other === frameId || !(String(other) in frames)) continue;
    const answer: unknown = await browser.tabs
      .sendMessage(tabId, { type: 'get-count' }, { frameId: other })
      .catch(() => undefined);
    frames = withFrame(frames, other, isTally(answer) ? answer : { found: 0, highlighted: 0 });
  }
  await (Object.keys(frames).length > 0
    ? browser.storage.session.set({ [key]: frames })
    : browser.storage.session.remove(key));
  return Object.values(frames);
}

/** The host of the page or frame that sent a message; empty where it has none (a file). */
const senderHost = (url: string | undefined) => (url ? new URL(url).hostname : '');

export default defineBackground(() => {
  // Chrome (MV3) has `action`; Firefox, on MV2 here, has `browserAction` with the same calls.
  const action = browser.action ?? browser.browserAction;
  void action.setBadgeBackgroundColor({ color: BADGE_BACKGROUND });
  void action.setBadgeTextColor({ color: BADGE_TEXT });

  // The settings, changed one message at a time, each reading what the one before wrote:
  // side by side, an Undo pressed right after its change could read the settings from
  // before it, and be overwritten by the change it undoes.
  let changes: Promise<unknown> = Promise.resolve();
  const change = (edit: (current: Settings) => Partial<Settings>) => {
    changes = changes.then(() => updateSettings(edit)).catch(() => undefined);
  };

  browser.commands.onCommand.addListener((command) =>
    handleCommand(command, {
      activeTabId: async () =>
        (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id,
      send: (tabId, message) => browser.tabs.sendMessage(tabId, message, { frameId: 0 }),
    }),
  );

  // One count at a time, so that two frames reporting together do not lose one another's.
  let counting = Promise.resolve();

  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    if (sender.id !== browser.runtime.id || !isToBackground(message)) return;
    const tabId = sender.tab?.id;
    switch (message.type) {
      case 'wake':
        if (tabId !== undefined) void wakeEngine({ tabId, frameIds: [sender.frameId ?? 0] });
        return;
      case 'open-options':
        void browser.runtime.openOptionsPage();
        return;
      case 'disable-site':
      case 'enable-site': {
        const host = senderHost(sender.url);
        if (!host) return;
        // Undo takes away this host's own rule, the one its card added: a parent domain
        // switched off since, on the options page, stays off.
        change((s) => ({
          disabledSites:
            message.type === 'disable-site'
              ? withSite(s.disabledSites, { host, subdomains: false })
              : withoutSite(s.disabledSites, host),
        }));
        return;
      }
      case 'ignore-phrase':
      case 'unignore-phrase': {
        const host = senderHost(sender.url);
        if (!host) return;
        const entry = { host, phrase: message.phrase };
        change((s) => ({
          ignored:
            message.type === 'ignore-phrase'
              ? withIgnored(s.ignored, entry, LIMITS.ignored)
              : withoutIgnored(s.ignored, entry),
        }));
        return;
      }
      case 'count': {
        // The badge is the tab's alone (every frame's mentions), and the browser resets it
        // when the tab navigates.
        if (tabId === undefined) return;
        const tally = { found: message.found, highlighted: message.highlighted };
        counting = counting
          .then(async () => {
            const frames = await recount(tabId, sender.frameId ?? 0, tally);
            const settings = await loadSettings();
            await action.setBadgeText({
              tabId,
              text: badgeText(sumTallies(frames), settings.badge),
            });
          })
          .catch(() => undefined);
        return;
      }
      default:
        return message satisfies never;
    }
  });
});
