import { describe, expect, test } from 'vitest';
import { holdsCandidate, OVERLAP } from './candidate-text';

const none = async () => undefined;
const filler = (n: number) => 'lorem ipsum '.repeat(Math.ceil(n / 12)).slice(0, n);

describe('holdsCandidate', () => {
  test.each([
    ['', false],
    ['nothing to see here', false],
    ['take vitamin D3 daily', true],
    ['#d3d3d3', true],
    ['cholecalciferol', true],
    ['витамин', true],
  ])('%j in one piece → %s', async (text, expected) => {
    expect(await holdsCandidate(text, none)).toBe(expected);
  });

  // The longest forms the prefilter matches, placed across every cut of a small chunk size.
  test.each(['vitamín', 'кальциф', 'ビタミン', 'd\u20113', 'cholecalciferol', 'Witamina'])(
    '%s straddling a chunk boundary is still found',
    async (word) => {
      const chunk = 64;
      for (let shift = 1; shift < word.length; shift++) {
        const text = filler(chunk * 3 - shift) + word + filler(chunk * 2);
        expect(await holdsCandidate(text, none, chunk)).toBe(true);
      }
    },
  );

  test('a long text without a candidate yields between chunks and answers false', async () => {
    let yields = 0;
    const text = filler(10 * 64 + OVERLAP + 1);
    expect(
      await holdsCandidate(
        text,
        async () => {
          yields++;
        },
        64,
      ),
    ).toBe(false);
    expect(yields).toBe(10);
  });
});
