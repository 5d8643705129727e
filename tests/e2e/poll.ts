// Waiting, for the puppeteer-driven tests (Firefox, and Chromium where an extension must be
// installed twice): Playwright's own `expect.poll` needs its page objects.

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Polls `read` until it returns `expected` or the time runs out; returns the last value. */
export async function waitFor<T>(read: () => Promise<T>, expected: T, ms = 5000): Promise<T> {
  const end = Date.now() + ms;
  let value = await read();
  while (value !== expected && Date.now() < end) {
    await sleep(100);
    value = await read();
  }
  return value;
}
