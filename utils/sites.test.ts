import { describe, expect, test } from 'vitest';
import { enabledOn, isListed, isSiteDisabled, parseSite, type SiteRule, withSite } from './sites';

const host = (h: string): SiteRule => ({ host: h, subdomains: false });
const domain = (h: string): SiteRule => ({ host: h, subdomains: true });

describe('parseSite', () => {
  test.each<[string, boolean, SiteRule | undefined]>([
    ['example.com', false, host('example.com')],
    ['example.com', true, domain('example.com')],
    ['  News.Example.COM  ', false, host('news.example.com')],
    ['https://news.example.com/path?q=1', false, host('news.example.com')],
    ['news.example.com:8080', false, host('news.example.com')],
    ['*.example.com', false, domain('example.com')],
    ['*.Example.com.', false, domain('example.com')],
    ['localhost', false, host('localhost')],
    ['127.0.0.1', false, host('127.0.0.1')],
    ['', false, undefined],
    ['not a host', false, undefined],
    ['-bad-.com', false, undefined],
    ['exa_mple.com', false, undefined],
    ['*.', false, undefined],
    // International names: one stored form, the ASCII one a tab's address uses.
    ['münchen.de', false, host('xn--mnchen-3ya.de')],
    ['MÜNCHEN.de', false, host('xn--mnchen-3ya.de')],
    ['https://www.münchen.de/rathaus', false, host('www.xn--mnchen-3ya.de')],
    ['*.пример.рф', false, domain('xn--e1afmkfd.xn--p1ai')],
    ['xn--mnchen-3ya.de', false, host('xn--mnchen-3ya.de')],
    ['例え.テスト', false, host('xn--r8jz45g.xn--zckzah')],
  ])('%j (whole domain: %s) → %j', (input, subdomains, expected) => {
    expect(parseSite(input, subdomains)).toEqual(expected);
  });
});

describe('isSiteDisabled', () => {
  test.each<[string, SiteRule[], boolean]>([
    ['example.com', [host('example.com')], true],
    ['www.example.com', [host('example.com')], false],
    ['www.example.com', [domain('example.com')], true],
    ['example.com', [domain('example.com')], true],
    ['badexample.com', [domain('example.com')], false],
    ['EXAMPLE.com.', [host('example.com')], true],
    ['other.org', [host('example.com'), domain('example.net')], false],
    ['a.b.example.net', [host('example.com'), domain('example.net')], true],
    ['example.com', [], false],
  ])('%s under %j → %s', (hostname, rules, expected) => {
    expect(isSiteDisabled(hostname, rules)).toBe(expected);
  });
});

describe('editing the list', () => {
  test.each<[string, SiteRule[], SiteRule, SiteRule[]]>([
    ['adds a host', [], host('a.com'), [host('a.com')]],
    ['no duplicates', [host('a.com')], host('a.com'), [host('a.com')]],
    ['a whole domain replaces its host rule', [host('a.com')], domain('a.com'), [domain('a.com')]],
    [
      'in place, not moved to the end',
      [host('a.com'), host('b.com')],
      domain('a.com'),
      [domain('a.com'), host('b.com')],
    ],
  ])('withSite: %s', (_name, rules, rule, expected) => {
    expect(withSite(rules, rule)).toEqual(expected);
  });

  test.each<[string, SiteRule[], string, SiteRule[]]>([
    ['the host rule', [host('a.com'), host('b.com')], 'a.com', [host('b.com')]],
    ['the domain rule covering it', [domain('a.com')], 'www.a.com', []],
    ['nothing else', [host('a.com')], 'b.com', [host('a.com')]],
  ])('enabledOn removes %s', (_name, rules, hostname, expected) => {
    expect(enabledOn(rules, hostname)).toEqual(expected);
  });
});

test.each<[SiteRule[], SiteRule, boolean]>([
  [[host('a.com')], host('a.com'), true],
  [[host('a.com')], domain('a.com'), false],
  [[domain('a.com')], domain('a.com'), true],
  [[], host('a.com'), false],
])('isListed(%j, %j) → %s', (rules, rule, expected) => {
  expect(isListed(rules, rule)).toBe(expected);
});
