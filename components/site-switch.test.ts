import { describe, expect, test } from 'vitest';
import type { SiteRule } from '../utils/sites';
import { type SiteSwitchView, siteSwitchView } from './site-switch';

const host = (h: string): SiteRule => ({ host: h, subdomains: false });
const domain = (h: string): SiteRule => ({ host: h, subdomains: true });

describe('siteSwitchView', () => {
  test.each<[string, string, SiteRule[], SiteSwitchView]>([
    ['on: no rules', 'example.com', [], { on: true }],
    [
      'on: rules for others',
      'example.com',
      [host('other.org'), domain('a.example.com')],
      { on: true },
    ],
    [
      'on: a host rule does not cover its subdomains',
      'www.example.com',
      [host('example.com')],
      { on: true },
    ],
    ['off by its own rule', 'example.com', [host('example.com')], { on: false, subdomains: false }],
    [
      'off by its own rule, subdomains too',
      'example.com',
      [domain('example.com')],
      { on: false, subdomains: true },
    ],
    [
      'written as the address has it',
      'Example.COM.',
      [host('example.com')],
      { on: false, subdomains: false },
    ],
    [
      'off by a parent domain',
      'www.example.com',
      [domain('example.com')],
      { on: false, parent: 'example.com' },
    ],
    [
      'off by two parents: the first listed is named',
      'a.b.example.com',
      [domain('example.com'), domain('b.example.com')],
      { on: false, parent: 'example.com' },
    ],
    [
      'off by both',
      'www.example.com',
      [domain('example.com'), host('www.example.com')],
      { on: false, subdomains: false, parent: 'example.com' },
    ],
    ['an IP address has no subdomains', '127.0.0.1', [host('127.0.0.1')], { on: false }],
    ['nor does an IPv6 one', '[::1]', [host('[::1]')], { on: false }],
    [
      'an international name, in its ASCII form',
      'www.xn--mnchen-3ya.de',
      [domain('xn--mnchen-3ya.de')],
      { on: false, parent: 'xn--mnchen-3ya.de' },
    ],
  ])('%s', (_name, hostname, rules, expected) => {
    expect(siteSwitchView(hostname, rules)).toEqual(expected);
  });
});
