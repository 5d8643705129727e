// First, so that it is evaluated before any other module of ours.
import '../../content/script-start';
import '../../components/highlight.css';
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { type CardView, Companion } from '../../content/companion';
import { contextOf } from '../../content/context';
import { EngineSession } from '../../content/engine-session';
import { takeHandoff } from '../../content/handoff';
import { contextTimers } from '../../content/invalidating-timers';
import { pageLoad } from '../../content/page-load';
import { settler } from '../../content/page-settled';
import { measured, measureSince } from '../../content/perf';
import type { Mention } from '../../content/scanner';
import { scriptStart } from '../../content/script-start';
import type { Tally } from '../../utils/counts';
import { isToContent, type PageStatus, type ToBackground } from '../../utils/messages';
import { onSettingsChange, readSettings } from '../../utils/settings-reader';
import type { Settings } from '../../utils/settings-schema';
import { createCardView } from './card-view';
import { engineOptions, resumesAt } from './engine-options';

/**
 * The engine: the matcher with every language, the live scan, the highlights and the card.
 * Never loaded with the page: the first look (entrypoints/first-look.ts) has the background inject
 * it, with its stylesheet, into a frame whose text could hold a mention.
 */
export default defineContentScript({
  matches: ['<all_urls>'],
  registration: 'runtime',
  noScriptStartedPostMessage: true,
  main: (ctx) => {
    measureSince('engine', scriptStart);
    measured('engine-setup', () => setUp(ctx));
  },
});

function setUp(ctx: ContentScriptContext): void {
  const handoff = takeHandoff();
  const send = (message: ToBackground) =>
    browser.runtime.sendMessage(message).catch(() => undefined);
  const scheduled = contextTimers(ctx);
  const timers = { setTimeout: scheduled.setTimeout, clearTimeout: scheduled.clearTimeout };
  const host = {
    timers,
    requestAnimationFrame: (fn: () => void) => scheduled.requestAnimationFrame(fn),
    whenIdle: (fn: () => void) => scheduled.requestIdleCallback(fn, { timeout: 2000 }),
    // The first look waited for the page; the engine starts at once then.
    whenLoaded: settler(pageLoad(timers, handoff?.settled)),
    // The site is the one in the sender's own address, which the background reads (here and
    // for the phrases below): none is named, so a page cannot name another.
    setSiteOff: (off: boolean) => void send({ type: off ? 'disable-site' : 'enable-site' }),
    openSettings: () => void send({ type: 'open-options' }),
    ignorePhrase: (phrase: string, on: boolean) =>
      void send({ type: on ? 'ignore-phrase' : 'unignore-phrase', phrase }),
    hostname: () => location.hostname,
    onCount: (tally: Tally) => session.counted(tally),
    // Chrome leaves an orphan running when the extension is reloaded or updated, and does
    // not inject the new one: the orphan finds out here, on the next event it would handle,
    // and WXT's context then stops it (highlights, listeners and card go).
    alive: () => ctx.isValid,
  };

  let card: CardView | undefined;
  const session: EngineSession<Mention> = new EngineSession({
    optionsFor: (settings, now) => engineOptions(settings, location.hostname, now),
    // A pause on this site ends by itself: the session's timer, owned by the context, checks.
    resumesAt: (settings, now) => resumesAt(settings, location.hostname, now),
    now: () => Date.now(),
    timers,
    createEngine: (options) => {
      card ??= createCardView(ctx);
      return new Companion({ ...host, card }, options);
    },
    send,
    onLocationChange: (listener) => ctx.addEventListener(window, 'wxt:locationchange', listener),
    hostname: () => location.hostname,
    describe: (m) => ({ text: m.text, ...contextOf(m) }),
  });

  const apply = (settings: Settings) => measured('settings', () => session.apply(settings));
  void readSettings().then((settings) => {
    if (ctx.isValid) apply(settings);
  });
  ctx.onInvalidated(onSettingsChange(apply));

  // Answered through `sendResponse`, which Chrome's own API and Firefox's both honour (the
  // content scripts have no polyfill: see build/lean-content-browser.ts).
  const onMessage = (
    message: unknown,
    _sender: unknown,
    sendResponse: (answer: PageStatus | Tally) => void,
  ): undefined => {
    if (!isToContent(message)) return undefined;
    const answer = session.handle(message);
    if (answer) sendResponse(answer);
    return undefined;
  };
  browser.runtime.onMessage.addListener(onMessage);
  ctx.onInvalidated(() => {
    browser.runtime.onMessage.removeListener(onMessage);
    session.stop();
  });
}
