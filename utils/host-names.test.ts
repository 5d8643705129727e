import { expect, test } from 'vitest';
import { displayHost } from './host-names';

test.each([
  ['example.com', 'example.com'],
  ['xn--mnchen-3ya.de', 'münchen.de'],
  ['www.xn--e1afmkfd.xn--p1ai', 'www.пример.рф'],
])('displayHost(%j) → %j', (host, expected) => {
  expect(displayHost(host)).toBe(expected);
});
