import { defineConfig } from "vitest/config";

/** `npm run test:browser`: the HTML report in a real Chromium (Debian's, driven by playwright-core). */
export default defineConfig({
  test: {
    include: ["test/browser/**/*.test.ts"],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: "forks",
  },
});
