import { defineConfig } from 'vitest/config';

// Unit and component tests: Node, no browser. The real-browser suites have their own
// config (test/browser/vitest.config.ts) because they are slow and must run one at a time.
export default defineConfig({
  test: {
    include: ['test/unit/**/*.test.ts', 'test/unit/**/*.test.tsx'],
    environment: 'node',
  },
});
