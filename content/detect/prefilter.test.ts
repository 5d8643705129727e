import { describe, expect, test } from 'vitest';
import { LANGUAGES } from '../languages';
import { endsWithLoneD, mayContain } from './prefilter';

const bare = (w: string) => w.replace(/\*$/, '');
const THREE = ['3', '\u2083'];
const full = (words: readonly string[]) => words.filter((w) => !w.includes('.') && w.length > 3);

/** Everything in the language data that makes up a mention in one text node. */
function mentions(): [string, string][] {
  const out: [string, string][] = [];
  for (const l of LANGUAGES) {
    const ds = ['D', ...(l.d ?? [])];
    const threes = [...THREE, ...(l.three ?? [])];
    for (const d of ds) {
      for (const three of threes) {
        out.push([l.tag, `${d}${three}`], [l.tag, `(${d}-${three})`]);
        // A spaced code is looked for after a full vitamin word, not after "vit.".
        for (const w of full(l.vitamin)) out.push([l.tag, `${w} ${d} ${three}`]);
      }
    }
    for (const w of l.chemical) out.push([l.tag, bare(w)]);
  }
  return out;
}

describe('MAY_CONTAIN passes every mention the language data can make', () => {
  test.each(mentions())('%s: %j', (_tag, text) => {
    expect(mayContain(text)).toBe(true);
    expect(mayContain(text.toUpperCase())).toBe(true);
  });
});

describe('MAY_CONTAIN passes a chemical name broken by a soft hyphen anywhere', () => {
  const name = 'cholecalciferol';
  test.each([...name].map((_, i) => i).slice(1))('after letter %i', (i) => {
    expect(mayContain(`${name.slice(0, i)}\u00ad${name.slice(i)}`)).toBe(true);
  });
});

describe('MAY_CONTAIN lets ordinary text go, and the D3s of code', () => {
  test.each([
    ['and 3 others'],
    ['D-Day, 1944'],
    ['Model 3D printing'],
    ['Read 3 minutes'],
    ['Vitamin D is made in the skin.'],
    ['Vitamin C and zinc'],
    ['Charts with D3.js'],
    ['import d3-scale and d3-array'],
    ['color: #D3D3D3;'],
    ['=SUM(D30:D39)'],
    ['npm i d3@7'],
    ['Вторник, 3 мая'],
    ['كان ذلك في 3 مايو'],
  ])('%j', (text) => {
    expect(mayContain(text)).toBe(false);
  });
});

describe('a node that ends in a lone D is asked about the next node', () => {
  test.each([
    ['Vitamin D', true],
    ['vitamin D', true],
    ['ビタミンD', true],
    ['витамин Д', true],
    ['\u0e27\u0e34\u0e15\u0e32\u0e21\u0e34\u0e19\u0e14\u0e35', true],
    ['Take D', true],
    ["I'd", false],
    ['%d', false],
    ['and', false],
    ['Vitamin C', false],
  ])('%j → %s', (text, expected) => {
    expect(endsWithLoneD(text)).toBe(expected);
  });
});
