import { expect, test } from 'vitest';
import { framesToAsk, parseFrameTallies, withFrame } from './tab-counts';

test.each<[string, unknown, ReturnType<typeof parseFrameTallies>]>([
  ['nothing stored', undefined, {}],
  ['not a record', 'x', {}],
  ['kept', { 0: { found: 12, highlighted: 1 } }, { 0: { found: 12, highlighted: 1 } }],
  ['a frame with none left out', { 3: { found: 0, highlighted: 0 } }, {}],
  ['malformed dropped', { 0: { found: '2', highlighted: 1 }, x: { found: 1, highlighted: 1 } }, {}],
  [
    'more highlighted than found is capped',
    { 5: { found: 2, highlighted: 9 } },
    { 5: { found: 2, highlighted: 2 } },
  ],
])('parse: %s', (_name, raw, expected) => {
  expect(parseFrameTallies(raw)).toEqual(expected);
});

test('a frame is added, replaced, and goes when it has none', () => {
  let frames = withFrame({}, 0, { found: 3, highlighted: 3 });
  frames = withFrame(frames, 7, { found: 12, highlighted: 1 });
  expect(frames).toEqual({ 0: { found: 3, highlighted: 3 }, 7: { found: 12, highlighted: 1 } });
  frames = withFrame(frames, 7, { found: 2, highlighted: 2 });
  expect(frames[7]).toEqual({ found: 2, highlighted: 2 });
  expect(withFrame(frames, 0, { found: 0, highlighted: 0 })).toEqual({
    7: { found: 2, highlighted: 2 },
  });
});

test('the top frame is asked first and always; the others in id order', () => {
  expect(framesToAsk({})).toEqual([0]);
  expect(
    framesToAsk({ 12: { found: 1, highlighted: 1 }, 3: { found: 1, highlighted: 1 } }),
  ).toEqual([0, 3, 12]);
  expect(framesToAsk({ 0: { found: 1, highlighted: 1 } })).toEqual([0]);
});
