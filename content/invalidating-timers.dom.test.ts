import { expect, test } from 'vitest';
import { contextTimers } from './invalidating-timers';

/** A context like WXT's, that counts the listeners it holds. */
function fakeContext() {
  const listeners: (() => void)[] = [];
  const ctx = {
    isValid: true,
    onInvalidated: (cb: () => void) => void listeners.push(cb),
    invalidate() {
      ctx.isValid = false;
      for (const cb of listeners) cb();
    },
    listeners,
  };
  return ctx;
}

const tick = (ms: number) => new Promise((r) => setTimeout(r, ms));

test('thousands of timers and frames hold one listener on the context, not one each', async () => {
  const ctx = fakeContext();
  const timers = contextTimers(ctx);
  let ran = 0;
  for (let i = 0; i < 2000; i++) timers.setTimeout(() => ran++, 0);
  for (let i = 0; i < 50; i++) timers.requestAnimationFrame(() => ran++);
  await tick(100);
  expect(ran).toBe(2050);
  expect(ctx.listeners.length).toBe(1);
});

test('nothing pending runs once the context is gone', async () => {
  const ctx = fakeContext();
  const timers = contextTimers(ctx);
  let ran = 0;
  timers.setTimeout(() => ran++, 20);
  timers.requestAnimationFrame(() => ran++);
  timers.requestIdleCallback(() => ran++, { timeout: 10 });
  ctx.invalidate();
  await tick(60);
  expect(ran).toBe(0);
});

test('a cleared timeout does not run', async () => {
  const timers = contextTimers(fakeContext());
  let ran = 0;
  const id = timers.setTimeout(() => ran++, 10);
  timers.clearTimeout(id);
  timers.clearTimeout(undefined);
  await tick(40);
  expect(ran).toBe(0);
});
