import { describe, expect, test } from 'vitest';
import { DEFAULT_SETTINGS, type Settings } from '../../utils/settings-schema';
import { engineOptions } from './engine-options';

const settings = (patch: Partial<Settings>): Settings => ({ ...DEFAULT_SETTINGS, ...patch });

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
  ])('%s', (_name, s, hostname, expected) => {
    expect(engineOptions(s, hostname)).toEqual(expected);
  });
});
