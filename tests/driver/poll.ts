// The one way the tests wait: read something again and again until it is what is expected.
// A test that must let time pass with nothing to wait for (that a card does NOT open) says so
// with `hold`, and why.
import { isDeepStrictEqual } from 'node:util';
import { expect } from '@playwright/test';

export interface PollOptions {
  /** How long to keep reading, in ms (5 s by default). */
  timeout?: number;
  /** What is being waited for, for the failure message. */
  message?: string;
}

/**
 * Reads until `read()` deep-equals `expected`, or until `expected(value)` holds when it is a
 * function; returns the last value. When time runs out, fails as `expect(...).toEqual` would
 * (with the last value read).
 */
export async function poll<T>(
  read: () => Promise<T>,
  expected: T | ((value: T) => boolean),
  { timeout = 5_000, message }: PollOptions = {},
): Promise<T> {
  const matches =
    typeof expected === 'function'
      ? (expected as (value: T) => boolean)
      : (value: T) => isDeepStrictEqual(value, expected);
  const end = Date.now() + timeout;
  let value = await read();
  while (!matches(value) && Date.now() < end) {
    await hold(50);
    value = await read();
  }
  if (!matches(value)) {
    if (typeof expected === 'function') {
      throw new Error(
        `${message ?? 'condition'} not met in ${timeout} ms; last value: ${JSON.stringify(value)}`,
      );
    }
    expect(value as unknown, message).toEqual(expected);
  }
  return value;
}

/** Lets `ms` pass: only where the point is that nothing happens meanwhile. */
export const hold = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));
