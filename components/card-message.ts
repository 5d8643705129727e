import { browser } from 'wxt/browser';
import type { GeneratedI18nStructure } from '#i18n';

/** The messages that take no substitutions and have no plural: all the card needs. */
type PlainKey = {
  [K in keyof GeneratedI18nStructure]: GeneratedI18nStructure[K] extends {
    substitutions: 0;
    plural: false;
  }
    ? K
    : never;
}[keyof GeneratedI18nStructure];

/**
 * The card's strings, by the keys @wxt-dev/i18n generates. Its `t()` also formats plurals and
 * substitutions, which the card never uses; that code rode on every page in the content
 * script (0.4 KB gzipped), so the card asks the browser directly, as `t()` itself does.
 */
export function cardMessage(key: PlainKey): string {
  return browser.i18n.getMessage(key.replaceAll('.', '_') as never);
}

/**
 * The direction of the card's language, as its own locale says (`dir`), so that an English
 * card reads left to right on a right-to-left page, and an Arabic one right to left anywhere.
 * Not `@@bidi_dir`: headless Chromium started in Arabic or Hebrew still says "ltr" there.
 */
export function cardDirection(): 'ltr' | 'rtl' {
  return cardMessage('dir') === 'rtl' ? 'rtl' : 'ltr';
}

/** The messages that take one or two substitutions and have no plural. */
type SubstitutedKey = {
  [K in keyof GeneratedI18nStructure]: GeneratedI18nStructure[K] extends {
    substitutions: 1 | 2;
    plural: false;
  }
    ? K
    : never;
}[keyof GeneratedI18nStructure];

/** A card string with its `$1`, `$2` filled in, asked of the browser as `cardMessage` does. */
export function cardMessageWith(key: SubstitutedKey, substitutions: string[]): string {
  return browser.i18n.getMessage(key.replaceAll('.', '_') as never, substitutions);
}
