import { afterEach, expect, test } from 'vitest';
import { leaveHandoff, lookingStatus, takeHandoff } from './handoff';

afterEach(() => void takeHandoff());

test('the popup finds no first look where none started', () => {
  expect(lookingStatus()).toBeNull();
});

test('a first look that is looking reads as running, with nothing found yet', () => {
  leaveHandoff({ settled: false });
  expect(lookingStatus()).toEqual({
    state: 'running',
    hostname: location.hostname,
    found: 0,
    mentions: [],
  });
});

test('the engine takes what the first look left, once', () => {
  const handoff = { settled: true };
  leaveHandoff(handoff);
  expect(takeHandoff()).toBe(handoff);
  expect(takeHandoff()).toBeUndefined();
});

test('the popup runs it alone, from its source: it names nothing outside itself', () => {
  leaveHandoff({ settled: false });
  // What scripting.executeScript does with `func`: its source, evaluated where it runs.
  const alone = new Function(`return (${lookingStatus.toString()})();`) as () => unknown;
  expect(alone()).toEqual(lookingStatus());
});
