import { describe, expect, test } from 'vitest';
import type { PageStatus } from '../utils/messages';
import { DEFAULT_SETTINGS, type Settings } from '../utils/settings-schema';
import { headline, type TabView } from './popup-state';

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
  test.each<[string, TabView, Settings, string]>([
    ['still asking', { kind: 'loading' }, on, 'Looking at this page…'],
    ['a browser page', { kind: 'unavailable' }, on, "Can't run on this page"],
    ['a browser page while paused', { kind: 'unavailable' }, paused, "Can't run on this page"],
    ['paused', page('off', 0), paused, 'Paused everywhere'],
    ['off on the site', page('off', 0), siteOff, 'Off on this site'],
    ['none', page('running', 0), on, 'No mentions on this page'],
    ['one', page('running', 1), on, '1 mention on this page'],
    ['many', page('running', 12), on, '12 mentions on this page'],
    ['just switched on', page('off', 0), on, 'Looking at this page…'],
  ])('%s → %j', (_name, view, settings, expected) => {
    expect(headline(view, settings)).toBe(expected);
  });
});
