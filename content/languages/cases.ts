import { describe, expect, test } from 'vitest';
import { findMentions } from '../detect/find';

/**
 * A language's table of cases: each text, and the mentions a reader finds in it (empty: none).
 * Every language file has its own table beside it (`<tag>.test.ts`).
 */
export function cases(tag: string, table: readonly (readonly [string, readonly string[]])[]) {
  describe(`${tag}: mentions a reader would find`, () => {
    test.each(table)('%j → %j', (text, expected) => {
      expect(findMentions(text).map((h) => text.slice(h.start, h.end))).toEqual(expected);
    });
  });
}
