import path from 'node:path';
import { type ParsedMessage, parseMessagesFile } from '@wxt-dev/i18n/build';

/** The languages we ship; English is the default locale. */
export const LOCALES = [
  'en',
  'es',
  'de',
  'fr',
  'it',
  'ja',
  'zh_CN',
  'zh_TW',
  'ko',
  'pt_BR',
  'nl',
  'pl',
  'ru',
  'uk',
  'tr',
  'ar',
  'he',
  'fa',
] as const;

/**
 * A locale's BCP 47 tag, as `lang`, `Intl` and a browser's `--lang` take it: Chrome names
 * its locale folders `zh_CN`, `pt_BR`, and `Intl.NumberFormat('zh_CN')` throws.
 */
export const languageTag = (locale: string) => locale.replace('_', '-');

/** A locale's messages as the build reads them, by dotted key. Node only: for the tests. */
export async function readMessages(locale: string): Promise<Map<string, ParsedMessage>> {
  const parsed = await parseMessagesFile(path.join(import.meta.dirname, `${locale}.yml`));
  return new Map(parsed.map((m) => [m.key.join('.'), m]));
}
