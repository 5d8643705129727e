import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['content/**/*.test.ts', 'utils/**/*.test.ts', 'components/**/*.test.ts?(x)'],
  },
});
