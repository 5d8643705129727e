import { describe, expect, test } from 'vitest';
import { isPageStatus, isToBackground, isToContent } from './messages';

describe('messages are validated where they arrive', () => {
  test.each<[unknown, boolean, boolean]>([
    [{ type: 'next-mention' }, true, false],
    [{ type: 'previous-mention' }, true, false],
    [{ type: 'previous-mention', from: 2 }, false, false],
    [{ type: 'get-status' }, true, false],
    [{ type: 'show-mention', index: 3 }, true, false],
    [{ type: 'show-mention', index: -1 }, false, false],
    [{ type: 'show-mention', index: 1.5 }, false, false],
    [{ type: 'show-mention' }, false, false],
    [{ type: 'get-count' }, true, false],
    [{ type: 'get-count', frame: 1 }, false, false],
    [{ type: 'open-options' }, false, true],
    [{ type: 'disable-site' }, false, true],
    [{ type: 'disable-site', host: 'example.com' }, false, false],
    [{ type: 'enable-site' }, false, true],
    [{ type: 'enable-site', host: 'example.com' }, false, false],
    [{ type: 'ignore-phrase', phrase: 'D3' }, false, true],
    [{ type: 'unignore-phrase', phrase: 'D3' }, false, true],
    [{ type: 'ignore-phrase', phrase: '' }, false, false],
    [{ type: 'ignore-phrase', phrase: 'D'.repeat(101) }, false, false],
    [{ type: 'ignore-phrase', phrase: 'D3', host: 'example.com' }, false, false],
    [{ type: 'ignore-phrase' }, false, false],
    [{ type: 'count', found: 12, highlighted: 1 }, false, true],
    [{ type: 'count', found: '12', highlighted: 1 }, false, false],
    [{ type: 'count', found: 1e9, highlighted: 1 }, false, false],
    [{ type: 'count', found: 12 }, false, false],
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

  test.each<[unknown, boolean]>([
    [{ state: 'running', hostname: 'a.com', found: 0, mentions: [] }, true],
    [
      {
        state: 'off',
        hostname: 'a.com',
        found: 12,
        mentions: [{ text: 'D3', before: 'x', after: 'y' }],
      },
      true,
    ],
    [{ state: 'running', hostname: 'a.com', mentions: [] }, false],
    [{ state: 'running', hostname: 'a.com', found: -1, mentions: [] }, false],
    [{ state: 'running', hostname: 'a.com', found: 1, mentions: [{ text: 'D3' }] }, false],
    [{ state: 'weird', hostname: 'a.com', found: 0, mentions: [] }, false],
    [{ state: 'running', hostname: 5, found: 0, mentions: [] }, false],
    [undefined, false],
  ])('status %j → %s', (status, valid) => {
    expect(isPageStatus(status)).toBe(valid);
  });
});
