import { describe, expect, test } from 'vitest';
import {
  DEFAULT_SETTINGS,
  HIGHLIGHT_STYLES,
  LIMITS,
  migrateToV2,
  parseSettings,
  type Settings,
  sameSettings,
  TRIGGERS,
  WHICH_MENTIONS,
} from './settings-schema';

const withDefaults = (patch: Partial<Settings>): Settings => ({ ...DEFAULT_SETTINGS, ...patch });

describe('parseSettings repairs whatever storage holds', () => {
  test.each<[string, unknown, Settings]>([
    ['undefined', undefined, DEFAULT_SETTINGS],
    ['null', null, DEFAULT_SETTINGS],
    ['a string', 'garbage', DEFAULT_SETTINGS],
    ['a number', 42, DEFAULT_SETTINGS],
    ['an array', [false], DEFAULT_SETTINGS],
    ['an empty object', {}, DEFAULT_SETTINGS],
    ['a wrong type', { enabled: 'no' }, DEFAULT_SETTINGS],
    ['a valid value', { enabled: false }, withDefaults({ enabled: false })],
    ['unknown keys', { enabled: false, extra: 1 }, withDefaults({ enabled: false })],
    ['an unknown style', { style: 'blink' }, DEFAULT_SETTINGS],
    ['a known style', { style: 'background' }, withDefaults({ style: 'background' })],
    ['a delay too long', { hoverDelay: 99_999 }, withDefaults({ hoverDelay: 2000 })],
    ['a negative delay', { hoverDelay: -5 }, withDefaults({ hoverDelay: 0 })],
    ['a delay that is not a number', { hoverDelay: NaN }, DEFAULT_SETTINGS],
    ['a fractional cap', { maxHighlights: 12.6 }, withDefaults({ maxHighlights: 13 })],
    ['a zero cap', { maxHighlights: 0 }, withDefaults({ maxHighlights: 1 })],
    ['a trigger', { trigger: 'click' }, withDefaults({ trigger: 'click' })],
    ['first only', { which: 'first' }, withDefaults({ which: 'first' })],
    ['badge off', { badge: false }, withDefaults({ badge: false })],
    ['sites not a list', { disabledSites: 'example.com' }, DEFAULT_SETTINGS],
    [
      'version 1 site strings, read before the migration ran',
      { disabledSites: ['example.com', '*.news.org'] },
      withDefaults({
        disabledSites: [
          { host: 'example.com', subdomains: false },
          { host: 'news.org', subdomains: true },
        ],
      }),
    ],
    [
      'sites cleaned, deduplicated, invalid dropped',
      {
        disabledSites: [
          { host: 'Example.com', subdomains: false },
          { host: 'example.com' },
          { host: 42 },
          'not a host',
          { host: 'not a host' },
          { host: 'news.org', subdomains: true },
        ],
      },
      withDefaults({
        disabledSites: [
          { host: 'example.com', subdomains: false },
          { host: 'news.org', subdomains: true },
        ],
      }),
    ],
    ['phrases not marked: none by default', { ignored: undefined }, DEFAULT_SETTINGS],
    ['phrases not marked: not a list', { ignored: 'D3' }, DEFAULT_SETTINGS],
    [
      'phrases not marked: a valid one kept',
      { ignored: [{ host: 'example.com', phrase: 'D3' }] },
      withDefaults({ ignored: [{ host: 'example.com', phrase: 'D3' }] }),
    ],
    [
      'phrases not marked: cleaned, deduplicated, invalid dropped',
      {
        ignored: [
          { host: 'Example.com', phrase: '  Vitamin\n D3 ' },
          { host: 'example.com', phrase: 'vitamin d3' },
          { host: 'not a host', phrase: 'D3' },
          { host: 'example.com', phrase: '' },
          { host: 'example.com', phrase: 'D'.repeat(101) },
          { host: 'example.com' },
          'D3',
          null,
          { host: 'news.org', phrase: 'D3', extra: true },
        ],
      },
      withDefaults({
        ignored: [
          { host: 'example.com', phrase: 'vitamin d3' },
          { host: 'news.org', phrase: 'D3' },
        ],
      }),
    ],
  ])('%s', (_name, raw, expected) => {
    expect(parseSettings(raw)).toEqual(expected);
  });

  test('phrases not marked: past the limit, the newest are kept', () => {
    const ignored = Array.from({ length: LIMITS.ignored + 5 }, (_, i) => ({
      host: 'example.com',
      phrase: `D3 ${i}`,
    }));
    const kept = parseSettings({ ignored }).ignored;
    expect(kept).toHaveLength(LIMITS.ignored);
    expect(kept[0]?.phrase).toBe('D3 5');
  });

  test('the defaults are never shared with a parsed value', () => {
    parseSettings({}).disabledSites.push({ host: 'a.com', subdomains: false });
    expect(DEFAULT_SETTINGS.disabledSites).toEqual([]);
  });
});

describe('sameSettings', () => {
  const site = { host: 'example.com', subdomains: false };
  test.each<[string, unknown, unknown, boolean]>([
    ['the defaults, and nothing stored', DEFAULT_SETTINGS, undefined, true],
    [
      'the same values in another key order',
      { badge: false, enabled: false },
      { enabled: false, badge: false },
      true,
    ],
    [
      'a site record with its keys the other way round',
      { disabledSites: [site] },
      { disabledSites: [{ subdomains: false, host: 'example.com' }] },
      true,
    ],
    ['one setting apart', DEFAULT_SETTINGS, withDefaults({ style: 'none' }), false],
    ['a site apart', DEFAULT_SETTINGS, withDefaults({ disabledSites: [site] }), false],
    [
      'a site apart only in its subdomains',
      { disabledSites: [site] },
      { disabledSites: [{ ...site, subdomains: true }] },
      false,
    ],
    [
      'an ignored phrase apart',
      DEFAULT_SETTINGS,
      withDefaults({ ignored: [{ host: 'example.com', phrase: 'D3' }] }),
      false,
    ],
    ['a repair that lands on the default', { hoverDelay: 'slow' }, DEFAULT_SETTINGS, true],
  ])('%s', (_name, a, b, same) => {
    expect(sameSettings(a, b)).toBe(same);
    expect(sameSettings(b, a)).toBe(same);
  });
});

describe('paused sites are repaired against the clock', () => {
  const now = Date.UTC(2025, 5, 1, 12, 0);
  const inMinutes = (m: number) => now + m * 60_000;
  test.each<[string, unknown, Settings['pausedSites']]>([
    ['none by default', undefined, []],
    ['not a list', { host: 'example.com', until: inMinutes(30) }, []],
    [
      'a running pause kept',
      [{ host: 'example.com', until: inMinutes(30) }],
      [{ host: 'example.com', until: inMinutes(30) }],
    ],
    ['one that has ended dropped', [{ host: 'example.com', until: now }], []],
    [
      'one that ends more than an hour (and a minute) ahead dropped',
      [
        { host: 'a.com', until: inMinutes(61) },
        { host: 'b.com', until: inMinutes(62) },
        { host: 'c.com', until: Number.MAX_VALUE },
      ],
      [{ host: 'a.com', until: inMinutes(61) }],
    ],
    [
      'cleaned, one per host (the later wins), invalid dropped',
      [
        { host: 'Example.com', until: inMinutes(10) },
        { host: 'news.org', until: inMinutes(20) },
        { host: 'example.com.', until: inMinutes(40) + 0.4 },
        { host: 'not a host', until: inMinutes(10) },
        { host: 'c.com', until: '12:35' },
        { host: 'c.com', until: NaN },
        { host: 'c.com', until: Infinity },
        { until: inMinutes(10) },
        'example.com',
        null,
      ],
      [
        { host: 'news.org', until: inMinutes(20) },
        { host: 'example.com', until: inMinutes(40) },
      ],
    ],
  ])('%s', (_name, pausedSites, expected) => {
    expect(parseSettings({ pausedSites }, now)).toEqual(withDefaults({ pausedSites: expected }));
  });

  test('past the limit, the newest are kept', () => {
    const pausedSites = Array.from({ length: LIMITS.pausedSites + 5 }, (_, i) => ({
      host: `site${i}.com`,
      until: inMinutes(30),
    }));
    const kept = parseSettings({ pausedSites }, now).pausedSites;
    expect(kept).toHaveLength(LIMITS.pausedSites);
    expect(kept[0]?.host).toBe('site5.com');
  });
});

describe('migrateToV2', () => {
  test.each<[string, unknown, unknown]>([
    [
      'site strings become records',
      { enabled: false, disabledSites: ['example.com', '*.news.org', 'not a host'] },
      {
        enabled: false,
        disabledSites: [
          { host: 'example.com', subdomains: false },
          { host: 'news.org', subdomains: true },
        ],
      },
    ],
    ['no sites', { enabled: true }, { enabled: true, disabledSites: undefined }],
    [
      'records are kept: a version 2 value migrated again loses nothing',
      { disabledSites: ['a.com', { host: 'b.com', subdomains: true }] },
      {
        disabledSites: [
          { host: 'a.com', subdomains: false },
          { host: 'b.com', subdomains: true },
        ],
      },
    ],
    ['garbage stays garbage (parse repairs it)', 'garbage', 'garbage'],
  ])('%s', (_name, old, expected) => {
    expect(migrateToV2(old)).toEqual(expected);
  });
});

// The repair rules derive from the lists: every value a list declares is kept as it is.
describe.each([
  ['style', HIGHLIGHT_STYLES],
  ['trigger', TRIGGERS],
  ['which', WHICH_MENTIONS],
] as const)('every %s the list declares survives a read', (key, values) => {
  test.each([...values])('%s', (value) => {
    expect(parseSettings({ [key]: value })[key]).toBe(value);
  });
});
