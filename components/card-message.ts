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

/** The messages with `n` substitutions and no plural. */
type KeyWith<N extends number> = {
  [K in keyof GeneratedI18nStructure]: GeneratedI18nStructure[K] extends {
    substitutions: N;
    plural: false;
  }
    ? K
    : never;
}[keyof GeneratedI18nStructure];

/** A card string with two substitutions ($1, $2), asked of the browser like the others. */
export function cardMessageWith(key: KeyWith<2>, substitutions: [string, string]): string {
  return browser.i18n.getMessage(key.replaceAll('.', '_') as never, substitutions);
}
