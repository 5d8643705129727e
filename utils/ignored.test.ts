import { describe, expect, test } from 'vitest';
import {
  cleanPhrase,
  type IgnoredPhrase,
  ignoredOn,
  phraseKey,
  withIgnored,
  withoutIgnored,
} from './ignored';

const entry = (host: string, phrase: string): IgnoredPhrase => ({ host, phrase });

describe('phrases', () => {
  test.each<[string, string, string]>([
    ['D3', 'D3', 'd3'],
    ['  Vitamin\n  D3 ', 'Vitamin D3', 'vitamin d3'],
    ['vitamin\u00a0D3', 'vitamin D3', 'vitamin d3'],
    ['D\u00ad3', 'D3', 'd3'],
    ['Ｄ３', 'Ｄ３', 'd3'],
    ['витамина Д3', 'витамина Д3', 'витамина д3'],
  ])('%j is kept as %j, compared as %j', (text, clean, key) => {
    expect(cleanPhrase(text)).toBe(clean);
    expect(phraseKey(text)).toBe(key);
  });
});

describe('the list', () => {
  const list = [entry('a.com', 'D3'), entry('b.com', 'D3')];

  test.each<[string, IgnoredPhrase[], IgnoredPhrase, number, IgnoredPhrase[]]>([
    ['added last', list, entry('a.com', 'vitamin D3'), 10, [...list, entry('a.com', 'vitamin D3')]],
    [
      'the same phrase in another case, once',
      list,
      entry('a.com', 'd3'),
      10,
      [entry('b.com', 'D3'), entry('a.com', 'd3')],
    ],
    [
      'past the limit the oldest go',
      list,
      entry('c.com', 'D3'),
      2,
      [list[1] as IgnoredPhrase, entry('c.com', 'D3')],
    ],
  ])('withIgnored: %s', (_name, before, added, max, expected) => {
    expect(withIgnored(before, added, max)).toEqual(expected);
  });

  test.each<[string, IgnoredPhrase, IgnoredPhrase[]]>([
    ['by host and phrase, in any case', entry('a.com', 'd3'), [entry('b.com', 'D3')]],
    ['another host: nothing', entry('c.com', 'D3'), list],
  ])('withoutIgnored: %s', (_name, removed, expected) => {
    expect(withoutIgnored(list, removed)).toEqual(expected);
  });

  test.each<[string, string[]]>([
    ['a.com', ['d3', 'vitamin d3']],
    ['A.COM.', ['d3', 'vitamin d3']],
    ['www.a.com', []],
    ['c.com', []],
  ])('ignoredOn(%j) → %j', (host, keys) => {
    const all = [entry('a.com', 'Vitamin D3'), entry('a.com', 'D3'), entry('b.com', 'x')];
    expect(ignoredOn(all, host)).toEqual(keys);
  });
});
