import { describe, expect, test } from 'vitest';
import { plainEntry } from './plain-first-look';

const WRAPPER = '\0virtual:wxt-unlisted-script-entrypoint?';

describe('plain-first-look', () => {
  test.each<[string, string, string | undefined]>([
    [
      'the first look',
      `${WRAPPER}/p/entrypoints/first-look.ts`,
      'import definition from "/p/entrypoints/first-look.ts";\ndefinition.main();\n',
    ],
    [
      // WXT normalizes the path it puts in the id to forward slashes.
      'the first look on Windows',
      `${WRAPPER}C:/p/entrypoints/first-look.ts`,
      'import definition from "C:/p/entrypoints/first-look.ts";\ndefinition.main();\n',
    ],
    [
      'the first look, backslashes',
      `${WRAPPER}C:\\p\\entrypoints\\first-look.ts`,
      'import definition from "C:\\\\p\\\\entrypoints\\\\first-look.ts";\ndefinition.main();\n',
    ],
    ['another unlisted script', `${WRAPPER}/p/entrypoints/other.ts`, undefined],
    ['the file itself', '/p/entrypoints/first-look.ts', undefined],
    [
      "a content script's wrapper",
      '\0virtual:wxt-content-script-isolated-world-entrypoint?/p/entrypoints/first-look.ts',
      undefined,
    ],
  ])('%s', (_name, id, expected) => {
    expect(plainEntry(id)).toBe(expected);
  });
});
