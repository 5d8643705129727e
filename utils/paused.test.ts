import { describe, expect, test } from 'vitest';
import {
  PAUSE_MS,
  type PausedSite,
  pausedUntil,
  runningPauses,
  withoutPause,
  withPause,
} from './paused';

const now = 1_750_000_000_000;
const pause = (host: string, minutes: number): PausedSite => ({
  host,
  until: now + minutes * 60_000,
});

describe('pausedUntil', () => {
  const list = [pause('a.com', 30), pause('b.com', -1), pause('news.c.com', 5)];
  test.each<[string, string, number | undefined]>([
    ['a running pause', 'a.com', now + 30 * 60_000],
    ['as a tab names the host (case, final dot)', 'A.com.', now + 30 * 60_000],
    ['one that has ended', 'b.com', undefined],
    ['a subdomain is another site', 'www.a.com', undefined],
    ['nor is the domain of a paused subdomain paused', 'c.com', undefined],
    ['not paused', 'd.com', undefined],
    ['no host (a file)', '', undefined],
  ])('%s', (_name, hostname, expected) => {
    expect(pausedUntil(list, hostname, now)).toBe(expected);
  });

  test('a pause ends at its time exactly', () => {
    const until = now + 1000;
    expect(pausedUntil([{ host: 'a.com', until }], 'a.com', until - 1)).toBe(until);
    expect(pausedUntil([{ host: 'a.com', until }], 'a.com', until)).toBeUndefined();
  });
});

describe('the list', () => {
  const list = [pause('a.com', 30), pause('b.com', 10)];
  test.each<[string, PausedSite[], PausedSite[]]>([
    ['paused for an hour, last', withPause(list, 'c.com', now), [...list, pause('c.com', 60)]],
    [
      'paused again: the hour starts again, once',
      withPause(list, 'A.com', now),
      [pause('b.com', 10), pause('a.com', 60)],
    ],
    ['resumed', withoutPause(list, 'a.com.'), [pause('b.com', 10)]],
    ['resumed where it was not paused', withoutPause(list, 'c.com'), list],
    [
      'running, soonest first',
      runningPauses([...list, pause('c.com', 0), pause('d.com', -5)], now),
      [pause('b.com', 10), pause('a.com', 30)],
    ],
  ])('%s', (_name, actual, expected) => {
    expect(actual).toEqual(expected);
  });

  test('an hour is an hour', () => {
    expect(PAUSE_MS).toBe(3_600_000);
  });
});
