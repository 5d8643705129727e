import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { PAINTED_STYLES, styleName } from '../content/painter';

const css = readFileSync(new URL('./highlight.css', import.meta.url), 'utf8');
const print = css.slice(css.indexOf('@media print'));

// A style added to HIGHLIGHT_STYLES fails here until print leaves it out too.
test.each(PAINTED_STYLES)('the %s style is not printed', (style) => {
  expect(css).toContain('@media print');
  expect(print).toContain(`::highlight(${styleName(style)})`);
});
