import type { GeneratedI18nStructure } from '#i18n';

/** A message key that takes no substitutions and no plural count: `i18n.t(key)` alone. */
export type PlainKey = {
  [K in keyof GeneratedI18nStructure]: GeneratedI18nStructure[K] extends {
    substitutions: 0;
    plural: false;
  }
    ? K
    : never;
}[keyof GeneratedI18nStructure];
