import { describe, expect, test } from 'vitest';
import type { PageStatus } from '../utils/messages';
import { DEFAULT_SETTINGS, type Settings } from '../utils/settings-schema';
import { type Headline, headline, type TabView } from './popup-state';

const page = (state: PageStatus['state'], count: number): TabView => ({
  kind: 'page',
  status: {
    state,
    hostname: 'news.example.com',
    mentions: Array.from({ length: count }, () => ({ text: 'D3', before: '', after: '' })),
  },
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
