import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { HIGHLIGHT_STYLES } from '../utils/settings-schema';
import { PAINTED_STYLES, styleName } from './painter';

const css = readFileSync(new URL('../components/highlight.css', import.meta.url), 'utf8');

// A style added to HIGHLIGHT_STYLES fails here until the stylesheet draws it.
test.each(PAINTED_STYLES)('the %s style has its ::highlight() rule', (style) => {
  expect(css).toContain(`::highlight(${styleName(style)})`);
});

test('every style but "none" is painted', () => {
  expect([...PAINTED_STYLES, 'none'].sort()).toEqual([...HIGHLIGHT_STYLES].sort());
});
