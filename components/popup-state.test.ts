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
  ])('%s → %j', (_name, view, settings, expected) => {
    expect(headline(view, settings)).toEqual(expected);
  });
});
