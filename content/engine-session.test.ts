import { afterEach, describe, expect, test, vi } from 'vitest';
import type { ToBackground } from '../utils/messages';
import { pausedUntil } from '../utils/paused';
import { DEFAULT_SETTINGS, type Settings } from '../utils/settings-schema';
import type { CompanionOptions } from './companion';
import { type Engine, EngineSession, RECHECK_MS } from './engine-session';

interface Fake extends Engine<string> {
  found: string[];
  tally: { found: number; highlighted: number };
  options: CompanionOptions;
  calls: string[];
}

const stateOf = (answer: unknown) =>
  answer && typeof answer === 'object' && 'state' in answer ? answer.state : undefined;

/** `unmarked`: mentions each fake engine found past what it highlights. */
function setUp(unmarked = 0) {
  const engines: Fake[] = [];
  const sent: ToBackground[] = [];
  const navigation: (() => void)[] = [];
  const session = new EngineSession<string>({
    optionsFor: (s, now) =>
      s.enabled && pausedUntil(s.pausedSites, 'example.com', now) === undefined
        ? {
            limit: s.maxHighlights,
            openDelay: s.hoverDelay,
            closeDelay: 300,
            style: s.style,
            trigger: s.trigger,
            ignored: s.ignored.map((e) => e.phrase),
          }
        : undefined,
    resumesAt: (s, now) => (s.enabled ? pausedUntil(s.pausedSites, 'example.com', now) : undefined),
    now: () => Date.now(),
    timers: {
      setTimeout: (fn, ms) => setTimeout(fn, ms) as unknown as number,
      clearTimeout: (id) => clearTimeout(id),
    },
    createEngine: (options) => {
      const calls: string[] = [];
      const engine: Fake = {
        options,
        calls,
        found: [],
        get tally() {
          return { found: this.found.length + unmarked, highlighted: this.found.length };
        },
        start: async () => void calls.push('start'),
        stop: (offHere) => void calls.push(offHere ? 'stop, off here' : 'stop'),
        show: (i) => void calls.push(`show ${i}`),
        step: (direction) => void calls.push(direction === 1 ? 'next' : 'previous'),
        navigated: () => void calls.push('navigated'),
        // As the Companion: only a change of the phrases not marked is taken as it runs.
        adjust: (next) => {
          const { ignored, ...rest } = next;
          const { ignored: _old, ...running } = engine.options;
          if (JSON.stringify(rest) !== JSON.stringify(running)) return false;
          calls.push(`adjust ${ignored.join(',')}`);
          engine.options = next;
          return true;
        },
      };
      engines.push(engine);
      return engine;
    },
    send: (m) => void sent.push(m),
    onLocationChange: (listener) => void navigation.push(listener),
    hostname: () => 'example.com',
    describe: (m) => ({ text: m, before: '<', after: '>' }),
  });
  return { session, engines, sent, navigation };
}

const settings = (patch: Partial<Settings> = {}): Settings => ({ ...DEFAULT_SETTINGS, ...patch });

describe('EngineSession', () => {
  test('starts one engine, and restarts it only when what it does changes', () => {
    const { session, engines } = setUp();
    session.apply(settings());
    session.apply(settings({ badge: false })); // the badge is not the engine's business
    expect(engines).toHaveLength(1);
    session.apply(settings({ style: 'background' }));
    expect(engines).toHaveLength(2);
    expect(engines[0]?.calls).toEqual(['start', 'stop']);
    expect(engines[1]?.options.style).toBe('background');
  });

  test('a phrase no longer marked is taken by the running engine, without a restart', () => {
    const { session, engines, sent } = setUp();
    session.apply(settings());
    engines[0]?.found.push('D3');
    session.apply(settings({ ignored: [{ host: 'example.com', phrase: 'D3' }] }));
    expect(engines).toHaveLength(1);
    expect(engines[0]?.calls).toEqual(['start', 'adjust D3']);
    expect(sent.at(-1)).toEqual({ type: 'count', found: 1, highlighted: 1 });
    // With another change as well, the engine is made again.
    session.apply(settings({ ignored: [], style: 'background' }));
    expect(engines).toHaveLength(2);
  });

  test('paused: the engine stops for being off here, and none is made', () => {
    const { session, engines } = setUp();
    session.apply(settings());
    session.apply(settings({ enabled: false }));
    expect(engines).toHaveLength(1);
    expect(engines[0]?.calls).toEqual(['start', 'stop, off here']);
  });

  test('an engine stopped for being off here is stopped for good before the next one starts', () => {
    const { session, engines } = setUp();
    session.apply(settings());
    session.apply(settings({ enabled: false }));
    session.apply(settings({ enabled: false, badge: false }));
    expect(engines[0]?.calls).toEqual(['start', 'stop, off here']);
    // On again (its card's Undo, or the popup): its card goes, then the new engine starts.
    session.apply(settings());
    expect(engines[0]?.calls).toEqual(['start', 'stop, off here', 'stop']);
    expect(engines[1]?.calls).toEqual(['start']);
    // A restart for other options is no parting: the engine stops for good at once.
    session.apply(settings({ style: 'background' }));
    expect(engines[1]?.calls).toEqual(['start', 'stop']);
    session.apply(settings({ enabled: false }));
    session.stop();
    expect(engines[2]?.calls).toEqual(['start', 'stop, off here', 'stop']);
  });

  test.each([
    ['before the settings are read', [], 'running'],
    ['running', [settings()], 'running'],
    ['paused', [settings({ enabled: false })], 'off'],
  ] as const)('status %s: %s', (_name, applied, state) => {
    const { session } = setUp();
    for (const s of applied) session.apply(s);
    expect(session.handle({ type: 'get-status' })).toEqual({
      state,
      hostname: 'example.com',
      found: 0,
      mentions: [],
    });
  });

  test('the status lists the highlighted mentions as the host describes them, and counts all', () => {
    const { session, engines } = setUp(10);
    session.apply(settings());
    engines[0]?.found.push('D3', 'vitamin D3');
    const status = session.handle({ type: 'get-status' });
    expect(status && 'mentions' in status && status.mentions).toEqual([
      { text: 'D3', before: '<', after: '>' },
      { text: 'vitamin D3', before: '<', after: '>' },
    ]);
    expect(status?.found).toBe(12);
    expect(session.handle({ type: 'get-count' })).toEqual({ found: 12, highlighted: 2 });
  });

  test('messages reach the engine; without one they do nothing', () => {
    const { session, engines } = setUp();
    expect(session.handle({ type: 'next-mention' })).toBeUndefined();
    session.apply(settings());
    session.handle({ type: 'show-mention', index: 2 });
    session.handle({ type: 'next-mention' });
    session.handle({ type: 'previous-mention' });
    expect(engines[0]?.calls).toEqual(['start', 'show 2', 'next', 'previous']);
  });

  test('counts: nothing while only ever 0; then every change, 0 included', () => {
    const { session, sent } = setUp();
    session.apply(settings());
    session.counted({ found: 0, highlighted: 0 });
    expect(sent).toEqual([]);
    session.counted({ found: 12, highlighted: 1 });
    session.counted({ found: 0, highlighted: 0 });
    expect(sent).toEqual([
      { type: 'count', found: 12, highlighted: 1 },
      { type: 'count', found: 0, highlighted: 0 },
    ]);
  });

  test('navigation is watched once, from the first mention on, and reaches the engine', () => {
    const { session, engines, navigation } = setUp();
    session.apply(settings());
    expect(navigation).toHaveLength(0);
    session.counted({ found: 1, highlighted: 1 });
    session.counted({ found: 2, highlighted: 2 });
    expect(navigation).toHaveLength(1);
    navigation[0]?.();
    expect(engines[0]?.calls).toContain('navigated');
  });

  test('stop stops the engine', () => {
    const { session, engines } = setUp();
    session.apply(settings());
    session.stop();
    expect(engines[0]?.calls).toEqual(['start', 'stop']);
  });

  describe('paused here for a while', () => {
    afterEach(() => vi.useRealTimers());
    const start = 1_750_000_000_000;
    const pausedFor = (ms: number) =>
      settings({ pausedSites: [{ host: 'example.com', until: start + ms }] });

    test('the engine stops, and comes back by itself when the pause ends', () => {
      vi.useFakeTimers({ now: start });
      const { session, engines, sent } = setUp();
      session.apply(settings());
      engines[0]?.found.push('D3');
      session.counted({ found: 1, highlighted: 1 });
      session.apply(pausedFor(1500));
      expect(engines[0]?.calls).toEqual(['start', 'stop, off here']);
      expect(sent.at(-1)).toEqual({ type: 'count', found: 0, highlighted: 0 });
      expect(stateOf(session.handle({ type: 'get-status' }))).toBe('off');
      vi.advanceTimersByTime(1499);
      expect(engines).toHaveLength(1);
      vi.advanceTimersByTime(1);
      expect(engines).toHaveLength(2);
      expect(engines[1]?.calls).toEqual(['start']);
      expect(stateOf(session.handle({ type: 'get-status' }))).toBe('running');
    });

    test('a long pause is checked again every minute, and ends on time', () => {
      vi.useFakeTimers({ now: start });
      const { session, engines } = setUp();
      session.apply(pausedFor(2.5 * RECHECK_MS));
      expect(engines).toHaveLength(0);
      vi.advanceTimersByTime(2 * RECHECK_MS);
      expect(engines).toHaveLength(0);
      // The clock jumps (a computer that slept): the next check finds the pause over.
      vi.setSystemTime(start + 3 * RECHECK_MS);
      vi.advanceTimersByTime(RECHECK_MS);
      expect(engines).toHaveLength(1);
    });

    test('resumed early, or stopped: no timer is left to wake it', () => {
      vi.useFakeTimers({ now: start });
      const { session, engines } = setUp();
      session.apply(pausedFor(1000));
      session.apply(settings());
      expect(engines).toHaveLength(1);
      expect(vi.getTimerCount()).toBe(0);
      session.apply(pausedFor(1000));
      session.stop();
      expect(vi.getTimerCount()).toBe(0);
    });

    test('paused everywhere as well: nothing wakes it', () => {
      vi.useFakeTimers({ now: start });
      const { session } = setUp();
      session.apply({ ...pausedFor(1000), enabled: false });
      expect(vi.getTimerCount()).toBe(0);
    });
  });
});
