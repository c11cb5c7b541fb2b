// The large fuzz run (`npm run fuzz`): the security and fuzz tests with FUZZ_RUNS runs per
// property (default 10,000; set FUZZ_RUNS to change it, FUZZ_SEED to replay a failure's seed).
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    root: fileURLToPath(new URL("../..", import.meta.url)),
    include: ["test/fuzz*.test.ts", "test/security*.test.ts"],
    env: { FUZZ_RUNS: process.env.FUZZ_RUNS ?? "10000" },
    // Hours, not minutes: each property runs thousands of times. Hangs are what this run looks for,
    // so a CI job running it should set its own overall timeout.
    testTimeout: 6 * 60 * 60 * 1000,
    hookTimeout: 60_000,
    pool: "forks",
    reporters: ["verbose"],
  },
});
