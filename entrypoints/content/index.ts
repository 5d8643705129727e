// First, so that it is evaluated before any other module of ours.
import '../../content/script-start';
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { FirstLook } from '../../content/first-look';
import { leaveHandoff } from '../../content/handoff';
import { contextTimers } from '../../content/invalidating-timers';
import { pageLoad } from '../../content/page-load';
import { settler } from '../../content/page-settled';
import { unpaint } from '../../content/painter';
import { measured, measureSince } from '../../content/perf';
import { HOST_NAME } from '../../content/readable';
import { scriptStart } from '../../content/script-start';
import { isStatusRequest, type PageStatus, type ToBackground } from '../../utils/messages';

/**
 * The content script every page gets: the first look (content/first-look.ts). It holds no
 * matcher, settings, card or stylesheet; the first text that could be a mention has the
 * background inject the engine (entrypoints/engine.content) into this frame.
 */
export default defineContentScript({
  matches: ['<all_urls>'],
  // Same-origin frames hold readable text too; each frame runs its own look and engine.
  allFrames: true,
  runAt: 'document_idle',
  // WXT would also announce each start to the page with window.postMessage, carrying the
  // extension's ID: a page's own message listener hears it and may answer or choke on it
  // (wxt-dev/wxt#2265). The start event WXT also dispatches on the document still stops an
  // older instance of ours.
  noScriptStartedPostMessage: true,
  // Loading and setting up are our work on every page too, so they are measured like the rest.
  main: (ctx) => {
    measureSince('load', scriptStart);
    measured('setup', () => look(ctx));
  },
});

function look(ctx: ContentScriptContext): void {
  // Firefox drops the sandbox of the instance before an update or reload at once, so it
  // cannot clean up, and injects this one: its card and highlights go before we start.
  // Chrome never injects over an old instance, and skipping this there saves the first touch
  // of CSS.highlights on pages without mentions.
  if (import.meta.env.FIREFOX) {
    for (const stale of document.querySelectorAll(HOST_NAME)) stale.remove();
    unpaint();
  }
  const scheduled = contextTimers(ctx);
  const timers = { setTimeout: scheduled.setTimeout, clearTimeout: scheduled.clearTimeout };
  let settled = false;
  const whenLoaded = settler(
    pageLoad(
      (listener) => ctx.addEventListener(window, 'load', listener, { once: true }),
      scheduled,
    ),
  );

  // Until the engine answers for the page, this does: still looking counts as running (the
  // popup learns "paused" from the settings).
  const onMessage = (
    message: unknown,
    _sender: unknown,
    sendResponse: (status: PageStatus) => void,
  ): undefined => {
    if (isStatusRequest(message)) {
      sendResponse({ state: 'running', hostname: location.hostname, found: 0, mentions: [] });
    }
    return undefined;
  };
  browser.runtime.onMessage.addListener(onMessage);
  const stopAnswering = () => browser.runtime.onMessage.removeListener(onMessage);

  const firstLook = new FirstLook({
    timers,
    whenIdle: (fn) => scheduled.requestIdleCallback(fn, { timeout: 2000 }),
    whenLoaded: (fn) =>
      whenLoaded(() => {
        settled = true;
        fn();
      }),
    onFound: () =>
      measured('wake', () => {
        leaveHandoff({ settled, stop: stopAnswering });
        const wake: ToBackground = { type: 'wake' };
        void browser.runtime.sendMessage(wake).catch(() => undefined);
      }),
  });
  firstLook.start();
  ctx.onInvalidated(() => {
    stopAnswering();
    firstLook.stop();
  });
}
