import { describe, expect, test } from 'vitest';
import { DEFAULT_SETTINGS, type Settings } from '../../utils/settings-schema';
import { engineOptions, resumesAt } from './engine-options';

const settings = (patch: Partial<Settings>): Settings => ({ ...DEFAULT_SETTINGS, ...patch });
const now = 1_750_000_000_000;
const on = {
  limit: 200,
  openDelay: 300,
  closeDelay: 300,
  style: 'underline',
  trigger: 'hover',
  ignored: [],
};
const pausedHere = settings({ pausedSites: [{ host: 'a.com', until: now + 60_000 }] });

describe('engineOptions', () => {
  test.each<[string, Settings, string, unknown]>([
    ['paused everywhere', settings({ enabled: false }), 'a.com', undefined],
    [
      'off on this site',
      settings({ disabledSites: [{ host: 'a.com', subdomains: false }] }),
      'a.com',
      undefined,
    ],
    [
      'on elsewhere',
      settings({ disabledSites: [{ host: 'a.com', subdomains: false }] }),
      'b.com',
      {
        limit: 200,
        openDelay: 300,
        closeDelay: 300,
        style: 'underline',
        trigger: 'hover',
        ignored: [],
      },
    ],
    [
      'first mention only',
      settings({ which: 'first', maxHighlights: 50 }),
      'a.com',
      {
        limit: 1,
        openDelay: 300,
        closeDelay: 300,
        style: 'underline',
        trigger: 'hover',
        ignored: [],
      },
    ],
    [
      'every choice carried over',
      settings({ maxHighlights: 7, hoverDelay: 0, style: 'none', trigger: 'click' }),
      'a.com',
      { limit: 7, openDelay: 0, closeDelay: 300, style: 'none', trigger: 'click', ignored: [] },
    ],
    [
      "the phrases not marked on this site, as keys, and no other site's",
      settings({
        ignored: [
          { host: 'a.com', phrase: 'D3' },
          { host: 'b.com', phrase: 'cholecalciferol' },
          { host: 'a.com', phrase: 'Vitamin D3' },
        ],
      }),
      'A.com.',
      {
        limit: 200,
        openDelay: 300,
        closeDelay: 300,
        style: 'underline',
        trigger: 'hover',
        ignored: ['d3', 'vitamin d3'],
      },
    ],
    ['paused here for now', pausedHere, 'A.com.', undefined],
    ['paused elsewhere', pausedHere, 'b.com', on],
    ['a pause on a domain is not on its subdomains', pausedHere, 'www.a.com', on],
  ])('%s', (_name, s, hostname, expected) => {
    expect(engineOptions(s, hostname, now)).toEqual(expected);
  });

  test.each<[string, number, unknown]>([
    ['a moment before the pause ends', now + 59_999, undefined],
    ['when the pause ends', now + 60_000, on],
    ['after', now + 120_000, on],
  ])('%s', (_name, at, expected) => {
    expect(engineOptions(pausedHere, 'a.com', at)).toEqual(expected);
  });
});

describe('resumesAt: when the engine comes back by itself', () => {
  test.each<[string, Settings, string, number, number | undefined]>([
    ['not paused', settings({}), 'a.com', now, undefined],
    ['paused here: at the end of the pause', pausedHere, 'a.com', now, now + 60_000],
    ['paused elsewhere', pausedHere, 'b.com', now, undefined],
    ['the pause has ended', pausedHere, 'a.com', now + 60_000, undefined],
    [
      'paused everywhere too: not by itself',
      { ...pausedHere, enabled: false },
      'a.com',
      now,
      undefined,
    ],
    [
      'off on the site too: not by itself',
      { ...pausedHere, disabledSites: [{ host: 'a.com', subdomains: false }] },
      'a.com',
      now,
      undefined,
    ],
  ])('%s', (_name, s, hostname, at, expected) => {
    expect(resumesAt(s, hostname, at)).toBe(expected);
  });
});
