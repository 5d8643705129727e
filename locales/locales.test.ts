import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { ParsedMessage } from '@wxt-dev/i18n/build';
import { describe, expect, test } from 'vitest';
import { findMentions } from '../content/matcher';
import { LOCALES, languageTag, readMessages } from './messages';

const DIR = import.meta.dirname;

const messages = Object.fromEntries(
  await Promise.all(LOCALES.map(async (locale) => [locale, await readMessages(locale)] as const)),
) as Record<(typeof LOCALES)[number], Map<string, ParsedMessage>>;

const text = (m: ParsedMessage | undefined) =>
  m?.type === 'plural' ? Object.values(m.plurals).join(' | ') : (m?.message ?? '');

describe.each(LOCALES.filter((l) => l !== 'en'))('locale %s', (locale) => {
  const own = messages[locale];

  test('has exactly the English keys', () => {
    expect([...own.keys()].sort()).toEqual([...messages.en.keys()].sort());
  });

  test.each([...messages.en.entries()])('%s: same shape and substitutions', (key, english) => {
    const m = own.get(key);
    expect(m?.type).toBe(english.type);
    expect(m?.substitutions).toBe(english.substitutions);
    if (m?.type === 'plural' && english.type === 'plural')
      expect(Object.keys(m.plurals)).toEqual(Object.keys(english.plurals));
    expect(text(m).trim()).not.toBe('');
  });

  test('is in its own words, not English left in place', () => {
    for (const key of ['card.title', 'card.body', 'popup.found', 'options.title', 'sites.add'])
      expect(text(own.get(key)), key).not.toBe(text(messages.en.get(key)));
    expect(text(own.get('lang'))).toBe(languageTag(locale));
  });

  test("reads in its language's direction", () => {
    // Node's ICU knows each language's direction (Intl.Locale's textInfo).
    const { textInfo } = new Intl.Locale(languageTag(locale)) as unknown as {
      textInfo: { direction: string };
    };
    expect(text(own.get('dir'))).toBe(textInfo.direction);
  });
});

// Readers live everywhere a language is spoken: the card's fine print names no one
// country's regulator (every locale once named the US FDA).
test.each(LOCALES)('%s: the disclaimer names no national agency', (locale) => {
  expect(text(messages[locale].get('card.disclaimer'))).not.toMatch(
    /\b(FDA|EFSA|MHRA|TGA|BfArM|ANSM|AEMPS|AIFA|Health Canada)\b/,
  );
});

describe.each(LOCALES)('locale %s in the stores and the options page', (locale) => {
  const own = messages[locale];

  // The Chrome Web Store cuts a summary at 132 characters; a name is at most 75.
  test('name and description fit the stores', () => {
    expect(text(own.get('ext.name')).length).toBeLessThanOrEqual(75);
    expect(text(own.get('ext.description')).length).toBeLessThanOrEqual(132);
  });

  // The store listing's summary is the manifest's description, word for word.
  test('its store listing carries the same summary', () => {
    const listing = readFileSync(path.join(DIR, `../store/${locale}.md`), 'utf8');
    const summary = /^## Summary\n(.+)$/m.exec(listing)?.[1];
    expect(summary).toBe(text(own.get('ext.description')));
  });

  test('the style preview sentence has exactly one mention the matcher finds', () => {
    expect(findMentions(text(own.get('options.previewSample')))).toHaveLength(1);
  });
});

// One list of locales: the files in this folder, LOCALES and the store listings agree.
test('LOCALES names every messages file, and each has a store listing', () => {
  const files = readdirSync(DIR).filter((f) => f.endsWith('.yml'));
  expect(files.map((f) => f.slice(0, -4)).sort()).toEqual([...LOCALES].sort());
  for (const locale of LOCALES) {
    expect(existsSync(path.join(DIR, '..', 'store', `${locale}.md`)), locale).toBe(true);
  }
});
