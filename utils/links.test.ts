import { describe, expect, it } from 'vitest';
import { articleLabel } from './links';

describe('articleLabel', () => {
  it.each([
    ['en', 'Read the full article'],
    ['en-GB', 'Read the full article'],
    ['de', 'Read the full article (note)'],
    ['pt-BR', 'Read the full article (note)'],
  ])('in %s: %s', (lang, expected) => {
    expect(articleLabel(lang, 'Read the full article', () => '(note)')).toBe(expected);
  });
});
