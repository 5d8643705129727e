import { describe, expect, test } from 'vitest';
import { DEFAULT_SETTINGS, parseSettings } from './settings-schema';

describe('parseSettings repairs whatever storage holds', () => {
  test.each<[string, unknown, unknown]>([
    ['undefined', undefined, DEFAULT_SETTINGS],
    ['null', null, DEFAULT_SETTINGS],
    ['a string', 'garbage', DEFAULT_SETTINGS],
    ['a number', 42, DEFAULT_SETTINGS],
    ['an array', [false], DEFAULT_SETTINGS],
    ['an empty object', {}, DEFAULT_SETTINGS],
    ['a wrong type', { enabled: 'no' }, DEFAULT_SETTINGS],
    ['a valid value', { enabled: false }, { enabled: false, disabledSites: [] }],
    ['unknown keys', { enabled: false, extra: 1 }, { enabled: false, disabledSites: [] }],
    ['sites not a list', { disabledSites: 'example.com' }, DEFAULT_SETTINGS],
    [
      'sites cleaned, deduplicated, invalid dropped',
      { disabledSites: ['Example.com', 'example.com', 42, 'not a host', '*.news.org'] },
      { enabled: true, disabledSites: ['example.com', '*.news.org'] },
    ],
  ])('%s', (_name, raw, expected) => {
    expect(parseSettings(raw)).toEqual(expected);
  });
});
