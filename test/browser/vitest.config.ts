import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

// The playground in real Chromium: `node site/build.mjs && vitest run --config test/browser/vitest.config.ts`.
export default defineConfig({
  root: fileURLToPath(new URL("../..", import.meta.url)),
  test: {
    include: ["test/browser/**/*.test.ts"],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
  },
});
