import { describe, expect, test } from 'vitest';
import { clipWords } from './context';

describe('clipWords', () => {
  test.each<[string, 'before' | 'after', number, string]>([
    ['Many people take ', 'before', 40, 'Many people take '],
    ['  short  ', 'before', 40, 'short '],
    [' in winter.', 'after', 40, ' in winter.'],
    ['The quick brown fox jumps over the lazy dog ', 'before', 20, '…over the lazy dog '],
    [' and the rest of a very long sentence', 'after', 16, ' and the rest…'],
    ['Supercalifragilisticexpialidocious', 'before', 10, '…alidocious'],
    ['a\t\t  b', 'after', 40, 'a b'],
    // Only the mention's own line: a block boundary ends the snippet.
    ['Shop\nVitamin drops, 400 IU per ', 'before', 40, 'Vitamin drops, 400 IU per '],
    [' drop\n$12.49\nAdd to cart', 'after', 40, ' drop'],
    ['\n', 'before', 40, ''],
  ])('%j (%s, %i) → %j', (text, side, reach, expected) => {
    expect(clipWords(text, side, reach)).toBe(expected);
  });
});
