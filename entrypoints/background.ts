import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { BADGE_BACKGROUND, BADGE_TEXT, badgeText } from '../utils/badge';
import { handleCommand } from '../utils/commands';
import { withIgnored, withoutIgnored } from '../utils/ignored';
import { isToBackground } from '../utils/messages';
import { LIMITS, loadSettings, updateSettings } from '../utils/settings';
import { withSite } from '../utils/sites';

/**
 * The engine and its stylesheet, into the one frame whose first look asked. A page that has
 * gone meanwhile (or a frame we may not script) just fails: nothing to do then.
 */
async function wakeEngine(target: { tabId: number; frameIds: number[] }): Promise<void> {
  try {
    await browser.scripting.insertCSS({ target, files: ['/content-scripts/engine.css'] });
    await browser.scripting.executeScript({ target, files: ['/content-scripts/engine.js'] });
  } catch {
    // The tab closed or navigated before the engine arrived.
  }
}

export default defineBackground(() => {
  // Chrome (MV3) has `action`; Firefox, on MV2 here, has `browserAction` with the same calls.
  const action = browser.action ?? browser.browserAction;
  void action.setBadgeBackgroundColor({ color: BADGE_BACKGROUND });
  void action.setBadgeTextColor({ color: BADGE_TEXT });

  browser.commands.onCommand.addListener((command) =>
    handleCommand(command, {
      activeTabId: async () =>
        (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id,
      send: (tabId, message) => browser.tabs.sendMessage(tabId, message, { frameId: 0 }),
    }),
  );

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
      case 'disable-site': {
        const host = sender.url ? new URL(sender.url).hostname : '';
        if (host) {
          void updateSettings((s) => ({
            disabledSites: withSite(s.disabledSites, { host, subdomains: false }),
          }));
        }
        return;
      }
      case 'ignore-phrase':
      case 'unignore-phrase': {
        const host = sender.url ? new URL(sender.url).hostname : '';
        if (!host) return;
        const entry = { host, phrase: message.phrase };
        void updateSettings((s) => ({
          ignored:
            message.type === 'ignore-phrase'
              ? withIgnored(s.ignored, entry, LIMITS.ignored)
              : withoutIgnored(s.ignored, entry),
        }));
        return;
      }
      case 'count':
        // Counts come from the top frame of a tab; the badge is that tab's alone, and the
        // browser resets it when the tab navigates.
        if (tabId === undefined || sender.frameId !== 0) return;
        void loadSettings().then((settings) =>
          action.setBadgeText({ tabId, text: badgeText(message.count, settings.badge) }),
        );
        return;
      default:
        return message satisfies never;
    }
  });
});
