import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { FEATURES, type Feature, MINIMUM, minimumVersion, WATCHED } from './min-versions';

const ROOT = path.resolve(import.meta.dirname, '..');

/** What ships: the code of every context, its styles, its pages, and the manifest's source. */
const SOURCES = ['components', 'content', 'entrypoints', 'utils', 'wxt.config.ts'];

function files(entry: string): string[] {
  const full = path.join(ROOT, entry);
  if (!statSync(full).isDirectory()) return [full];
  return readdirSync(full).flatMap((name) => files(path.join(entry, name)));
}

// Tests are not shipped: their own use of an API says nothing of what the extension needs.
const shipped = SOURCES.flatMap(files)
  .filter((f) => /\.(ts|tsx|css|html)$/.test(f) && !/\.test\.tsx?$/.test(f))
  .map((f) => ({ file: path.relative(ROOT, f), text: readFileSync(f, 'utf8') }));

const usedIn = (uses: RegExp) => shipped.filter((s) => uses.test(s.text)).map((s) => s.file);

describe('the features the extension relies on', () => {
  test.each(FEATURES.map((f) => [f.name, f] as const))('%s is still used', (_name, feature) => {
    expect(usedIn(feature.uses), `remove ${feature.name} from build/min-versions.ts`).not.toEqual(
      [],
    );
  });

  test.each(WATCHED.map((w) => [w.name, w] as const))('%s, if used, is listed', (name, watched) => {
    if (usedIn(watched.uses).length === 0) return;
    // Listed: a feature's name holds the watched API's name.
    const listed = FEATURES.some((f) => f.name.includes(name.replace('()', '')));
    expect(listed, `${name} is used in ${usedIn(watched.uses).join(', ')}: add it`).toBe(true);
  });

  test('the minimums are the newest of the required features, and ignore optional ones', () => {
    const table: Feature[] = [
      { name: 'a', bcd: '', chrome: 100, firefox: 120, firefoxAndroid: 125, uses: /a/ },
      { name: 'b', bcd: '', chrome: 111, firefox: null, firefoxAndroid: null, uses: /b/ },
      {
        name: 'c',
        bcd: '',
        chrome: 140,
        firefox: 150,
        firefoxAndroid: 150,
        uses: /c/,
        optional: true,
      },
    ];
    expect(minimumVersion('chrome', table)).toBe(111);
    expect(minimumVersion('firefox', table)).toBe(120);
    expect(minimumVersion('firefoxAndroid', table)).toBe(125);
    expect(MINIMUM).toEqual({ chrome: '114', firefox: '140.0', firefoxAndroid: '142.0' });
  });
});
