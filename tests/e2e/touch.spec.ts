import { expect, test } from '../driver/fixture';

test('touch: a tap on a mention opens the card, a tap outside closes it', async ({
  mentionPage: page,
}) => {
  await page.load('basic.html', 3);
  await page.tapMention(0);
  await page.card.waitOpen();
  // Opened by touch, not by keyboard: focus stays where it was.
  expect((await page.card.state()).focusInCard).toBe(false);
  await page.tab.tap(900, 650);
  await page.card.waitClosed();
});
