import path from 'node:path';
import { type ParsedMessage, parseMessagesFile } from '@wxt-dev/i18n/build';

/** The languages we ship; English is the default locale. */
export const LOCALES = ['en', 'es', 'de', 'fr', 'it', 'tr', 'ar', 'he', 'fa'] as const;

/** A locale's messages as the build reads them, by dotted key. Node only: for the tests. */
export async function readMessages(locale: string): Promise<Map<string, ParsedMessage>> {
  const parsed = await parseMessagesFile(path.join(import.meta.dirname, `${locale}.yml`));
  return new Map(parsed.map((m) => [m.key.join('.'), m]));
}
