import { describe, expect, test } from 'vitest';
import { isToBackground, isToContent } from './messages';

describe('messages are validated where they arrive', () => {
  test.each<[unknown, boolean, boolean]>([
    [{ type: 'next-mention' }, true, false],
    [{ type: 'open-options' }, false, true],
    [{ type: 'open-options', url: 'https://example.com' }, false, false],
    [{ type: 'next-mention', extra: 1 }, false, false],
    [{ type: 'fetch', url: 'https://example.com' }, false, false],
    ['next-mention', false, false],
    [null, false, false],
    [undefined, false, false],
    [[], false, false],
  ])('%j → to content %s, to background %s', (message, toContent, toBackground) => {
    expect(isToContent(message)).toBe(toContent);
    expect(isToBackground(message)).toBe(toBackground);
  });
});
