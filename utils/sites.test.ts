import { describe, expect, test } from 'vitest';
import { isSiteDisabled, normalizeSite } from './sites';

describe('normalizeSite', () => {
  test.each<[string, string | undefined]>([
    ['example.com', 'example.com'],
    ['  News.Example.COM  ', 'news.example.com'],
    ['https://news.example.com/path?q=1', 'news.example.com'],
    ['news.example.com:8080', 'news.example.com'],
    ['*.example.com', '*.example.com'],
    ['*.Example.com.', '*.example.com'],
    ['localhost', 'localhost'],
    ['127.0.0.1', '127.0.0.1'],
    ['', undefined],
    ['not a host', undefined],
    ['-bad-.com', undefined],
    ['exa_mple.com', undefined],
    ['*.', undefined],
  ])('%j → %j', (input, expected) => {
    expect(normalizeSite(input)).toBe(expected);
  });
});

describe('isSiteDisabled', () => {
  test.each<[string, string[], boolean]>([
    ['example.com', ['example.com'], true],
    ['www.example.com', ['example.com'], false],
    ['www.example.com', ['*.example.com'], true],
    ['example.com', ['*.example.com'], true],
    ['badexample.com', ['*.example.com'], false],
    ['EXAMPLE.com.', ['example.com'], true],
    ['other.org', ['example.com', '*.example.net'], false],
    ['a.b.example.net', ['example.com', '*.example.net'], true],
    ['example.com', [], false],
  ])('%s under %j → %s', (host, rules, expected) => {
    expect(isSiteDisabled(host, rules)).toBe(expected);
  });
});
