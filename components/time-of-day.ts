/**
 * A moment as a clock on the wall shows it in the UI's language ("14:35", "2:35 PM"): pauses
 * last an hour at most, so the time alone says when one ends. `timeZone` is for the tests;
 * the pages use the reader's own.
 */
export function timeOfDay(at: number, lang: string, timeZone?: string): string {
  return new Intl.DateTimeFormat(lang, { timeStyle: 'short', timeZone }).format(at);
}
