import { defineConfig } from "tsup";

const entry = {
  index: "src/index.ts",
  "testing/index": "src/testing/index.ts",
  "node/index": "src/node/index.ts",
};

export default defineConfig([
  // ESM: one file per module, so bundlers drop what an app does not import (and its dependencies).
  {
    entry: [
      "src/**/*.ts",
      "!src/**/*.test.ts",
      "!src/**/*.test-support.ts",
      "!src/**/_fixtures.ts",
      "!src/cli/**",
      "!src/format/_build-json-schema.ts",
    ],
    format: ["esm"],
    bundle: false,
    dts: { entry },
    sourcemap: true,
    target: "node20",
  },
  {
    entry,
    format: ["cjs"],
    dts: true,
    sourcemap: true,
    target: "node20",
    // Shared chunks: well-led/node and well-led/testing use the same classes as well-led itself.
    splitting: true,
  },
  {
    entry: { "cli/index": "src/cli/index.ts" },
    format: ["esm"],
    sourcemap: true,
    target: "node20",
    banner: { js: "#!/usr/bin/env node" },
  },
]);
