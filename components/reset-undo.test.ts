import { describe, expect, test } from 'vitest';
import { DEFAULT_SETTINGS, type Settings } from '../utils/settings-schema';
import { NO_RESET, nextResetState, type ResetEvent, type ResetState } from './reset-undo';

const custom: Settings = {
  ...DEFAULT_SETTINGS,
  style: 'background',
  disabledSites: [{ host: 'example.com', subdomains: false }],
};
const defaults: Settings = { ...DEFAULT_SETTINGS };
const afterReset: ResetState = {
  said: 'options.resetDone',
  undo: { before: custom, after: defaults },
};

describe('nextResetState', () => {
  test.each<[string, ResetState, ResetEvent, ResetState]>([
    [
      'a reset says so and keeps what it replaced',
      NO_RESET,
      { kind: 'reset', before: custom, after: defaults },
      afterReset,
    ],
    [
      'a second reset offers to undo the second',
      afterReset,
      { kind: 'reset', before: defaults, after: defaults },
      { said: 'options.resetDone', undo: { before: defaults, after: defaults } },
    ],
    [
      'undo says so and is offered no more',
      afterReset,
      { kind: 'undone' },
      { said: 'options.undoDone' },
    ],
    ['a change on the page ends Undo and its line', afterReset, { kind: 'changed' }, NO_RESET],
    [
      'a change on the page clears the line after an undo',
      { said: 'options.undoDone' },
      { kind: 'changed' },
      NO_RESET,
    ],
    [
      "the reset's own write, heard: Undo stays",
      afterReset,
      { kind: 'heard', settings: defaults },
      afterReset,
    ],
    [
      'a change from elsewhere (a card took a phrase off a site): Undo ends',
      afterReset,
      {
        kind: 'heard',
        settings: { ...defaults, ignored: [{ host: 'example.com', phrase: 'D3' }] },
      },
      NO_RESET,
    ],
    [
      "the undo's own write, heard after the undo: the line stays",
      { said: 'options.undoDone' },
      { kind: 'heard', settings: custom },
      { said: 'options.undoDone' },
    ],
    [
      'anything heard with no reset to undo changes nothing',
      NO_RESET,
      { kind: 'heard', settings: custom },
      NO_RESET,
    ],
  ])('%s', (_name, state, event, expected) => {
    expect(nextResetState(state, event)).toEqual(expected);
  });

  test('what changes nothing keeps the same state (no new render)', () => {
    expect(nextResetState(NO_RESET, { kind: 'changed' })).toBe(NO_RESET);
    expect(nextResetState(afterReset, { kind: 'heard', settings: defaults })).toBe(afterReset);
  });
});
