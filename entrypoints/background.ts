import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { handleCommand } from '../utils/commands';
import { isToBackground } from '../utils/messages';

export default defineBackground(() => {
  browser.commands.onCommand.addListener((command) =>
    handleCommand(command, {
      activeTabId: async () =>
        (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id,
      send: (tabId, message) => browser.tabs.sendMessage(tabId, message),
    }),
  );

  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    if (sender.id !== browser.runtime.id || !isToBackground(message)) return;
    void browser.runtime.openOptionsPage();
  });
});
