// The one way the suite waits: for a condition, never for a fixed time where one exists.
import { isDeepStrictEqual } from 'node:util';
import { expect } from '@playwright/test';

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Reads `read` until it gives `expected` (deep equality, or a predicate that returns true)
 * or the time runs out, then asserts on the last value, so a failure shows what was seen.
 */
export async function poll<T>(
  read: () => Promise<T>,
  expected: T | ((value: T) => boolean),
  { timeout = 5000, message }: { timeout?: number; message?: string } = {},
): Promise<T> {
  const ok = (v: T) =>
    typeof expected === 'function'
      ? (expected as (value: T) => boolean)(v)
      : isDeepStrictEqual(v, expected);
  const end = Date.now() + timeout;
  let value = await read();
  while (!ok(value) && Date.now() < end) {
    await sleep(100);
    value = await read();
  }
  if (typeof expected === 'function') expect(ok(value), message ?? String(value)).toBe(true);
  else expect(value as unknown, message).toEqual(expected);
  return value;
}
