import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["src/**/*.test.ts", "test/**/*.test.ts"],
    exclude: ["test/browser/**", "node_modules/**"],
    testTimeout: 60_000,
    coverage: {
      provider: "v8",
      include: ["src/**/*.ts"],
      exclude: ["src/**/*.test.ts", "src/**/*.test-support.ts", "src/**/_fixtures.ts", "src/cli/**"],
      thresholds: { lines: 85, functions: 85, branches: 80, statements: 85 },
    },
  },
});
