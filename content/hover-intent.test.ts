import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { HoverIntent, type Opener } from './hover-intent';

type Step =
  | ['hover', string | undefined]
  | ['enterCard']
  | ['leaveCard']
  | ['closeNow']
  | ['wait', number]
  | ['press']
  | ['lift']
  | ['quiet', number]
  | ['click', string, number]
  | ['focus', string | undefined]
  | ['openNow', string, Opener]
  | ['pointerAt', number, number];

function run(steps: Step[]): string[] {
  const log: string[] = [];
  const intent = new HoverIntent<string>(
    {
      timers: {
        setTimeout: (fn, ms) => setTimeout(fn, ms) as unknown as number,
        clearTimeout: (id) => clearTimeout(id),
      },
      open: (t, by) => log.push(by === 'pointer' ? `open ${t}` : `open ${t} +${by}`),
      close: () => log.push('close'),
    },
    { openDelay: 300, closeDelay: 300 },
  );
  for (const step of steps) {
    if (step[0] === 'wait') vi.advanceTimersByTime(step[1]);
    else if (step[0] === 'hover') intent.hover(step[1]);
    else if (step[0] === 'quiet') intent.quiet(step[1]);
    else if (step[0] === 'click') intent.click(step[1], step[2]);
    else if (step[0] === 'focus') intent.focus(step[1]);
    else if (step[0] === 'openNow') intent.openNow(step[1], step[2]);
    // The pointer's events count only when pointerAt says so, as in the companion.
    else if (step[0] === 'pointerAt') log.push(`moved ${intent.pointerAt(step[1], step[2])}`);
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

  test.each<[string, Step[], string[]]>([
    ['a button held: no dwell opens', [['press'], ['hover', 'a'], ['wait', 1000]], []],
    [
      'pressing cancels a dwell under way',
      [['hover', 'a'], ['wait', 200], ['press'], ['wait', 1000]],
      [],
    ],
    [
      'after the button is up, the mention needs a fresh dwell',
      [['hover', 'a'], ['press'], ['lift'], ['hover', 'a'], ['wait', 300]],
      ['open a'],
    ],
    [
      'after a selection, nothing opens during the quiet spell',
      [
        ['quiet', 500],
        ['hover', 'a'],
        ['wait', 499],
        ['hover', 'b'],
        ['wait', 300],
      ],
      [],
    ],
    [
      '…and opens once it is over',
      [
        ['quiet', 500],
        ['wait', 500],
        ['hover', 'a'],
        ['wait', 300],
      ],
      ['open a'],
    ],
    [
      'a quiet spell lasts while the button stays down',
      [['press'], ['quiet', 500], ['wait', 600], ['hover', 'a'], ['wait', 300]],
      [],
    ],
    [
      'a press does not close an open card',
      [['hover', 'a'], ['wait', 300], ['press'], ['hover', undefined], ['wait', 1000]],
      ['open a'],
    ],
  ])('holding off: %s', (_name, steps, expected) => {
    expect(run(steps)).toEqual(expected);
  });

  test.each<[string, Step[], string[]]>([
    [
      'a click opens after the wait',
      [
        ['click', 'a', 250],
        ['wait', 250],
      ],
      ['open a'],
    ],
    [
      'a second press (a double-click) cancels it',
      [['click', 'a', 250], ['wait', 100], ['press'], ['lift'], ['wait', 1000]],
      [],
    ],
    ['a click while held does nothing', [['press'], ['click', 'a', 250], ['wait', 1000]], []],
    [
      'a click right after a selection opens (it cleared the selection)',
      [
        ['quiet', 500],
        ['click', 'a', 250],
        ['wait', 250],
      ],
      ['open a'],
    ],
    [
      'a click on the open mention does not reopen it',
      [
        ['click', 'a', 250],
        ['wait', 250],
        ['click', 'a', 250],
        ['wait', 1000],
      ],
      ['open a'],
    ],
  ])('click mode: %s', (_name, steps, expected) => {
    expect(run(steps)).toEqual(expected);
  });

  test.each<[string, Step[], string[]]>([
    [
      'boundary events from a card that appears under a resting pointer are ignored',
      [
        ['pointerAt', 10, 10],
        ['openNow', 'a', 'keyboard'],
        ['enterCard'],
        ['leaveCard'],
        ['hover', undefined],
        ['wait', 1000],
      ],
      ['moved true', 'open a +keyboard'],
    ],
    [
      'jitter within a few pixels is not a move',
      [
        ['pointerAt', 10, 10],
        ['openNow', 'a', 'keyboard'],
        ['pointerAt', 12, 13],
        ['leaveCard'],
        ['wait', 1000],
      ],
      ['moved true', 'open a +keyboard', 'moved false'],
    ],
    [
      'a real move hands the card back to the pointer',
      [
        ['pointerAt', 10, 10],
        ['openNow', 'a', 'keyboard'],
        ['pointerAt', 40, 10],
        ['hover', undefined],
        ['wait', 1000],
        ['enterCard'],
        ['leaveCard'],
        ['wait', 300],
      ],
      // Moving over nothing leaves it (the reader may be reading it); leaving it closes it.
      ['moved true', 'open a +keyboard', 'moved true', 'close'],
    ],
    [
      'with the pointer unseen, its first report is where it rests',
      [
        ['openNow', 'a', 'keyboard'],
        ['pointerAt', 100, 100],
        ['pointerAt', 102, 100],
        ['pointerAt', 100, 140],
      ],
      ['open a +keyboard', 'moved false', 'moved false', 'moved true'],
    ],
    [
      'the next card of the command still ignores the resting pointer',
      [
        ['pointerAt', 10, 10],
        ['openNow', 'a', 'keyboard'],
        ['openNow', 'b', 'keyboard'],
        ['leaveCard'],
        ['wait', 1000],
      ],
      ['moved true', 'open a +keyboard', 'open b +keyboard'],
    ],
    [
      'a card opened by the pointer follows it at once',
      [['pointerAt', 10, 10], ['openNow', 'a', 'pointer'], ['leaveCard'], ['wait', 300]],
      ['moved true', 'open a', 'close'],
    ],
  ])('a card opened without the pointer: %s', (_name, steps, expected) => {
    expect(run(steps)).toEqual(expected);
  });

  test.each<[string, Step[], string[]]>([
    [
      'focus opens after the hover delay',
      [
        ['focus', 'a'],
        ['wait', 299],
      ],
      [],
    ],
    [
      '…then opens, focus staying put',
      [
        ['focus', 'a'],
        ['wait', 300],
      ],
      ['open a +focus'],
    ],
    [
      'focus moving on before the delay opens nothing',
      [
        ['focus', 'a'],
        ['wait', 100],
        ['focus', undefined],
        ['wait', 1000],
      ],
      [],
    ],
    [
      'focus moving on closes the card it opened',
      [
        ['focus', 'a'],
        ['wait', 300],
        ['focus', undefined],
      ],
      ['open a +focus', 'close'],
    ],
    [
      'tabbing from one mention to the next',
      [
        ['focus', 'a'],
        ['wait', 300],
        ['focus', undefined],
        ['focus', 'b'],
        ['wait', 300],
      ],
      ['open a +focus', 'close', 'open b +focus'],
    ],
    [
      'focus moving on leaves a card the pointer opened',
      [
        ['hover', 'a'],
        ['wait', 300],
        ['focus', undefined],
        ['wait', 100],
      ],
      ['open a'],
    ],
    [
      'the pointer moving over nothing does not cancel a pending focus open',
      [
        ['focus', 'a'],
        ['hover', undefined],
        ['wait', 300],
      ],
      ['open a +focus'],
    ],
  ])('focus: %s', (_name, steps, expected) => {
    expect(run(steps)).toEqual(expected);
  });
});
