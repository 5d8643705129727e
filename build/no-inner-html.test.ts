import { describe, expect, test } from 'vitest';
import { noInnerHtml } from './no-inner-html';

const PREACT = '/x/node_modules/preact/dist/preact.module.js';
type Transform = (code: string, id: string) => { code: string } | undefined;
const transform = noInnerHtml().transform as unknown as Transform;

describe('no-inner-html', () => {
  test.each<[string, string, string, string | undefined]>([
    [
      "Preact's assignment is replaced by a refusal",
      PREACT,
      'h?(u.innerHTML=h.__html):(u.innerHTML="")',
      'h?((()=>{throw new Error("dangerouslySetInnerHTML is disabled in this extension")})()):(u.innerHTML="")',
    ],
    ['other files are left alone', '/x/src/app.js', 'u.innerHTML=h.__html', undefined],
  ])('%s', (_name, id, code, expected) => {
    expect(transform(code, id)?.code).toBe(expected);
  });

  test('a Preact without the pattern stops the build', () => {
    expect(() => transform('render()', PREACT)).toThrow(/was not found/);
  });
});
