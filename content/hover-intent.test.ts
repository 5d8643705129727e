import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { HoverIntent } from './hover-intent';

type Step =
  | ['hover', string | undefined]
  | ['enterCard']
  | ['leaveCard']
  | ['closeNow']
  | ['wait', number];

function run(steps: Step[]): string[] {
  const log: string[] = [];
  const intent = new HoverIntent<string>(
    {
      timers: {
        setTimeout: (fn, ms) => setTimeout(fn, ms) as unknown as number,
        clearTimeout: (id) => clearTimeout(id),
      },
      open: (t) => log.push(`open ${t}`),
      close: () => log.push('close'),
    },
    { openDelay: 300, closeDelay: 300 },
  );
  for (const step of steps) {
    if (step[0] === 'wait') vi.advanceTimersByTime(step[1]);
    else if (step[0] === 'hover') intent.hover(step[1]);
    else intent[step[0]]();
  }
  return log;
}

describe('HoverIntent', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  test.each<[string, Step[], string[]]>([
    [
      'opens after the dwell',
      [
        ['hover', 'a'],
        ['wait', 300],
      ],
      ['open a'],
    ],
    [
      'does not open on a fly-over',
      [
        ['hover', 'a'],
        ['wait', 100],
        ['hover', undefined],
        ['wait', 1000],
      ],
      [],
    ],
    [
      'closes a while after leaving',
      [
        ['hover', 'a'],
        ['wait', 300],
        ['hover', undefined],
        ['wait', 299],
      ],
      ['open a'],
    ],
    [
      '…and then closes',
      [
        ['hover', 'a'],
        ['wait', 300],
        ['hover', undefined],
        ['wait', 300],
      ],
      ['open a', 'close'],
    ],
    [
      'stays open on the way into the card',
      [
        ['hover', 'a'],
        ['wait', 300],
        ['hover', undefined],
        ['wait', 200],
        ['enterCard'],
        ['wait', 1000],
      ],
      ['open a'],
    ],
    [
      'closes after leaving the card',
      [
        ['hover', 'a'],
        ['wait', 300],
        ['hover', undefined],
        ['enterCard'],
        ['leaveCard'],
        ['wait', 300],
      ],
      ['open a', 'close'],
    ],
    [
      'returning to the mention keeps it open',
      [
        ['hover', 'a'],
        ['wait', 300],
        ['hover', undefined],
        ['wait', 200],
        ['hover', 'a'],
        ['wait', 1000],
      ],
      ['open a'],
    ],
    [
      'moves to another mention after its dwell',
      [
        ['hover', 'a'],
        ['wait', 300],
        ['hover', 'b'],
        ['wait', 300],
      ],
      ['open a', 'open b'],
    ],
    ['closeNow closes at once', [['hover', 'a'], ['wait', 300], ['closeNow']], ['open a', 'close']],
    [
      'closeNow cancels a pending open',
      [['hover', 'a'], ['wait', 100], ['closeNow'], ['wait', 1000]],
      [],
    ],
  ])('%s', (_name, steps, expected) => {
    expect(run(steps)).toEqual(expected);
  });
});
