import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

// Packs the built package, installs the tarball into a fresh project, and runs `npx well-led`
// there, as a user who installed it would. npm test builds before the unit tests run.
const root = new URL("..", import.meta.url).pathname;
let project = "";

beforeAll(() => {
  project = mkdtempSync(join(tmpdir(), "well-led-npx-"));
  execFileSync("npm", ["pack", "--silent", "--pack-destination", project], { cwd: root, stdio: "pipe" });
  const tarball = readdirSync(project).find((f) => f.endsWith(".tgz"))!;
  writeFileSync(join(project, "package.json"), JSON.stringify({ name: "consumer", private: true, type: "module" }));
  execFileSync("npm", ["install", "--prefer-offline", "--no-audit", "--no-fund", "--ignore-scripts", `./${tarball}`], {
    cwd: project,
    stdio: "pipe",
  });
}, 180_000);

afterAll(() => rmSync(project, { recursive: true, force: true }));

const npx = (...args: string[]) =>
  execFileSync("npx", ["--no-install", "well-led", ...args], { cwd: project, encoding: "utf8" });

describe("npx well-led in a project that installed the package", () => {
  it("prints its version and lists the built-in rule sets", () => {
    expect(npx("--version").trim()).toMatch(/^\d+\.\d+\.\d+/);
    expect(npx("list")).toMatch(/well-led\s+2\.0\.0/);
  });

  it("evaluates a shipped example, and the package imports from ESM and CommonJS", () => {
    const judgement = JSON.parse(npx("evaluate", "node_modules/well-led/examples/northfield-acute.json", "--format", "json"));
    expect(judgement.ruleSet.id).toBe("well-led");
    writeFileSync(join(project, "check.mjs"), 'import { evaluate } from "well-led"; import { runCases } from "well-led/testing"; import { loadRuleSetFile } from "well-led/node"; console.log(typeof evaluate, typeof runCases, typeof loadRuleSetFile);');
    writeFileSync(join(project, "check.cjs"), 'const { evaluate } = require("well-led"); const { runCases } = require("well-led/testing"); const { loadRuleSetFile } = require("well-led/node"); console.log(typeof evaluate, typeof runCases, typeof loadRuleSetFile);');
    expect(execFileSync("node", ["check.mjs"], { cwd: project, encoding: "utf8" }).trim()).toBe("function function function");
    expect(execFileSync("node", ["check.cjs"], { cwd: project, encoding: "utf8" }).trim()).toBe("function function function");
  });
});
