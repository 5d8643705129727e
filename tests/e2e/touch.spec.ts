import { expect, test } from './driver/fixture';
import { MentionPage } from './driver/pages';

test('touch: a tap on a mention opens the card, a tap outside closes it', async ({ driver }) => {
  const mentions = new MentionPage(await driver.newPage({ touch: true }), driver.origin);
  await mentions.load('basic.html', 3);
  await mentions.tap(0);
  await mentions.card.waitOpen();
  // Opened by touch, not by keyboard: focus stays where it was.
  expect((await mentions.card.state()).focusInCard).toBe(false);
  await mentions.page.touchscreen.tap(900, 650);
  await mentions.card.waitClosed();
});
