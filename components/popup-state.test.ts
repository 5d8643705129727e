import { describe, expect, test } from 'vitest';
import type { PageStatus } from '../utils/messages';
import { DEFAULT_SETTINGS, type Settings } from '../utils/settings-schema';
import { type FrameStatus, type Headline, headline, listed, type TabView } from './popup-state';

const status = (state: PageStatus['state'], count: number, found = count): PageStatus => ({
  state,
  hostname: 'news.example.com',
  found,
  mentions: Array.from({ length: count }, (_, i) => ({ text: `D3 ${i}`, before: '', after: '' })),
});
const page = (
  state: PageStatus['state'],
  count: number,
  found = count,
  frames: FrameStatus[] = [],
): TabView => ({ kind: 'page', status: status(state, count, found), frames });
const frame = (frameId: number, count: number, found = count): FrameStatus => ({
  frameId,
  status: status('running', count, found),
});
const on = DEFAULT_SETTINGS;
const paused: Settings = { ...on, enabled: false };
const siteOff: Settings = { ...on, disabledSites: [{ host: 'example.com', subdomains: true }] };
const now = 1_750_000_000_000;
const until = now + 30 * 60_000;
const pausedHere: Settings = { ...on, pausedSites: [{ host: 'news.example.com', until }] };
const pausedElsewhere: Settings = { ...on, pausedSites: [{ host: 'example.com', until }] };

describe('headline', () => {
  test.each<[string, TabView, Settings, Headline]>([
    ['still asking', { kind: 'loading' }, on, { key: 'popup.loading' }],
    ['a browser page', { kind: 'unavailable' }, on, { key: 'popup.unavailable' }],
    ['a browser page while paused', { kind: 'unavailable' }, paused, { key: 'popup.unavailable' }],
    ['paused', page('off', 0), paused, { key: 'popup.paused' }],
    ['off on the site', page('off', 0), siteOff, { key: 'popup.siteOff' }],
    ['none', page('running', 0), on, { key: 'popup.found', count: 0 }],
    ['one', page('running', 1), on, { key: 'popup.found', count: 1 }],
    ['many', page('running', 12), on, { key: 'popup.found', count: 12 }],
    ['just switched on', page('off', 0), on, { key: 'popup.loading' }],
    [
      'only the first of 12',
      page('running', 1, 12),
      on,
      { key: 'popup.foundSome', found: 12, highlighted: 1, capped: false },
    ],
    [
      'past the cap',
      page('running', 150, 180),
      on,
      { key: 'popup.foundSome', found: 180, highlighted: 150, capped: false },
    ],
    [
      'past the counting limit',
      page('running', 200, 200),
      on,
      { key: 'popup.foundSome', found: 200, highlighted: 200, capped: true },
    ],
    [
      'mentions in frames count',
      page('running', 1, 1, [frame(4, 3)]),
      on,
      { key: 'popup.found', count: 4 },
    ],
    ['only in a frame', page('running', 0, 0, [frame(4, 3)]), on, { key: 'popup.found', count: 3 }],
    [
      'a frame with some unmarked',
      page('running', 1, 1, [frame(4, 1, 5)]),
      on,
      { key: 'popup.foundSome', found: 6, highlighted: 2, capped: false },
    ],
    [
      'paused here for now',
      page('off', 0),
      pausedHere,
      { key: 'popup.pausedOn', host: 'news.example.com', until },
    ],
    [
      'paused here, the tab not told yet',
      page('running', 2),
      pausedHere,
      { key: 'popup.pausedOn', host: 'news.example.com', until },
    ],
    [
      'paused on another host',
      page('running', 1),
      pausedElsewhere,
      { key: 'popup.found', count: 1 },
    ],
    [
      'paused here and everywhere',
      page('off', 0),
      { ...pausedHere, enabled: false },
      { key: 'popup.paused' },
    ],
    [
      'paused here and off on the site',
      page('off', 0),
      { ...pausedHere, disabledSites: siteOff.disabledSites },
      { key: 'popup.siteOff' },
    ],
  ])('%s → %j', (_name, view, settings, expected) => {
    expect(headline(view, settings, now)).toEqual(expected);
  });

  test('the pause over, the count again', () => {
    expect(headline(page('running', 1), pausedHere, until)).toEqual({
      key: 'popup.found',
      count: 1,
    });
  });
});

test('the list holds the top frame first, then each frame, with where each mention is', () => {
  const view = page('running', 2, 2, [frame(9, 1), { frameId: 3, status: status('off', 1) }]);
  expect(listed(view).map(({ frameId, index, mention }) => [frameId, index, mention.text])).toEqual(
    [
      [0, 0, 'D3 0'],
      [0, 1, 'D3 1'],
      [9, 0, 'D3 0'],
    ],
  );
  expect(listed({ kind: 'loading' })).toEqual([]);
});
