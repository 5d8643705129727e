// First, so that it is evaluated before any other module of ours.
import '../content/script-start';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { startFirstLook } from '../content/first-look';
import { type Handoff, leaveHandoff } from '../content/handoff';
import { pageLoad } from '../content/page-load';
import { settler } from '../content/page-settled';
import { unpaint } from '../content/painter';
import { measured, measureSince } from '../content/perf';
import { HOST_NAME } from '../content/readable';
import { scriptStart } from '../content/script-start';
import type { ToBackground } from '../utils/messages';

/**
 * The script every page and frame gets (declared in wxt.config.ts): the first look
 * (content/first-look.ts). It holds no matcher, settings, card or stylesheet; the first text
 * that could be a mention has the background inject the engine (entrypoints/engine.content)
 * into this frame.
 *
 * An unlisted script rather than WXT's content script, and the extension API untouched until
 * then: on a page without mentions this runs and nothing else, and both cost every page more
 * than the look itself (BENCHMARKS.md, step 23). WXT's context is what would stop this when the
 * extension goes; here the look stops at its first candidate anyway, and Chrome's orphan, whose
 * wake fails then, stops there too.
 */
export default defineUnlistedScript(() => {
  // Firefox drops the sandbox of the instance before an update or reload at once, so it
  // cannot clean up, and injects this one: its card and highlights go before we start.
  // Chrome never injects over an old instance, and skipping this there saves the first touch
  // of CSS.highlights on pages without mentions.
  if (import.meta.env.FIREFOX) {
    for (const stale of document.querySelectorAll(HOST_NAME)) stale.remove();
    unpaint();
  }
  const handoff: Handoff = { settled: false };
  leaveHandoff(handoff);
  const timers = {
    setTimeout: (fn: () => void, ms: number) => window.setTimeout(fn, ms),
    clearTimeout: (id: number | undefined) => window.clearTimeout(id),
  };
  const whenLoaded = settler(pageLoad(timers));
  startFirstLook({
    timers,
    whenIdle: (fn) => requestIdleCallback(fn, { timeout: 2000 }),
    whenLoaded: (fn) =>
      whenLoaded(() => {
        handoff.settled = true;
        fn();
      }),
    onFound: () => measured('wake', wake),
  });
  // Loading and setting up are our work on every page too, so they are measured like the rest.
  measureSince('load', scriptStart);
});

/** The one call of the extension API made here: both browsers' return a promise. */
type Api = { runtime: { sendMessage(message: unknown): Promise<unknown> } };

/** Asks the background for the engine. Where the extension has gone (an orphan), no one is asked. */
function wake(): void {
  const { browser, chrome } = globalThis as { browser?: Api; chrome?: Api };
  const message: ToBackground = { type: 'wake' };
  try {
    void (browser ?? chrome)?.runtime.sendMessage(message).catch(() => undefined);
  } catch {
    // Extension context invalidated: nothing to wake.
  }
}
