import { execFile } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const CLI = fileURLToPath(new URL("../dist/cli/index.js", import.meta.url));

interface Result {
  code: number;
  stdout: string;
  stderr: string;
}

function run(args: readonly string[], cwd = ROOT): Promise<Result> {
  const { NO_COLOR: _n, FORCE_COLOR: _f, WELL_LED_DEBUG: _d, ...env } = process.env;
  return new Promise((resolve) => {
    execFile(process.execPath, [CLI, ...args], { cwd, env }, (error, stdout, stderr) =>
      resolve({ code: error === null ? 0 : Number(error.code), stdout, stderr }),
    );
  });
}

const dir = mkdtempSync(join(tmpdir(), "well-led-cli-errors-"));
const NORTHFIELD = "examples/northfield-acute.json";
const COMMANDS = ["evaluate", "validate", "test", "diff", "improve", "list", "show", "schema"];

beforeAll(() => {
  if (!existsSync(CLI))
    throw new Error("dist/cli/index.js is missing: build first (npm run build)");
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("usage errors exit 2 with one line and a pointer to --help", () => {
  it.each([
    [
      ["evaluate", NORTHFIELD, "--format", "pdf"],
      'well-led: --format must be one of text, json, jsonl, markdown, html, csv (got "pdf")',
    ],
    [
      ["evaluate", NORTHFIELD, "--as-of", "2024-13-01"],
      'well-led: --as-of must be a date written YYYY-MM-DD (got "2024-13-01")',
    ],
    [
      ["evaluate", NORTHFIELD, "--formt", "json"],
      "well-led: unknown option --formt (did you mean --format?)",
    ],
    [["evaluate", NORTHFIELD, "--format"], "well-led: --format needs a value"],
    [["evaluate", NORTHFIELD, "--color=yes"], "well-led: --color does not take a value"],
    [["evaluate"], "well-led: missing the evidence FILE to evaluate"],
    [
      ["evaluate", NORTHFIELD, "--rules", "well-led@^9"],
      'well-led: no version of well-led matches "^9" (built-in: 1.0.0 (active), 2.0.0 (proposed))',
    ],
    [
      ["evaluate", NORTHFIELD, "--rules", "nhs-other"],
      'well-led: no built-in rule set "nhs-other" (built-in: well-led)',
    ],
    [
      ["evaluate", NORTHFIELD, "--rules", "well-led@1", "--rule-set", "x.json"],
      "well-led: give either --rules or --rule-set, not both",
    ],
    [["diff", "well-led@1.0.0"], "well-led: missing OLD and NEW rule sets (paths or ID@VERSION)"],
    [["list", "extra"], "well-led: too many arguments: expected no arguments, got 1"],
    [
      ["improve", NORTHFIELD, "--target", "perfect"],
      'well-led: --target must be one of outstanding, good, requires-improvement, inadequate (got "perfect")',
    ],
  ])("well-led %j", async (args, message) => {
    const { code, stdout, stderr } = await run(args);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toBe(`${message}\nRun "well-led ${args[0]} --help" for usage.\n`);
  });

  it("suggests a command for a typo", async () => {
    const { code, stderr } = await run(["evalute", NORTHFIELD]);
    expect(code).toBe(2);
    expect(stderr).toBe(
      'well-led: unknown command evalute (did you mean evaluate?)\nRun "well-led --help" for usage.\n',
    );
  });

  it("prints the overall help on standard error when no command is given", async () => {
    const { code, stdout, stderr } = await run([]);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toMatch(/^Usage: well-led COMMAND/);
  });

  it.each([
    [["evaluate", "no-such-file.json"], "no-such-file.json: no such file"],
    [["evaluate", "examples"], "examples: is a directory, not a file"],
    [["evaluate", "package-lock.yaml"], "package-lock.yaml: no such file"],
    [
      ["evaluate", "tsup.config.ts"],
      "tsup.config.ts: unknown evidence file type (use .json, .jsonl, .ndjson or .csv)",
    ],
    [["evaluate", NORTHFIELD, "--rule-set", "nowhere.json"], "nowhere.json: no such file"],
    [["validate", "nowhere/"], "nowhere/: no such file"],
    [["diff", "missing-old.json", "well-led@2.0.0"], "missing-old.json: no such file"],
  ])("a missing or unusable input file is a usage error: %j", async (args, message) => {
    const { code, stderr } = await run(args);
    expect(code).toBe(2);
    expect(stderr).toBe(`${message}\n`);
  });
});

describe("rule-set errors exit 1, naming file and path, without a stack trace", () => {
  it("reports every problem of a --rule-set file on its own line", async () => {
    const doc = JSON.parse(readFileSync(join(ROOT, "rules/well-led/1.0.0.json"), "utf8"));
    doc.version = "one";
    doc.benchmarks[0].levels.good = { ">=": [{ var: "undeclared.path" }, 1] };
    const path = join(dir, "broken-rules.json");
    writeFileSync(path, JSON.stringify(doc));
    const { code, stdout, stderr } = await run(["evaluate", NORTHFIELD, "--rule-set", path]);
    expect(code).toBe(1);
    expect(stdout).toBe("");
    const lines = stderr.trimEnd().split("\n");
    expect(lines.length).toBeGreaterThanOrEqual(2);
    for (const line of lines)
      expect(line).toMatch(new RegExp(`^${path.replaceAll(/[.\\/]/g, "\\$&")}: \\S+: `));
    expect(stderr).toMatch(/: version: /);
    expect(stderr).toMatch(/: benchmarks\[0\]\.levels\.good/);
    expect(stderr).not.toContain("    at ");
  });

  it("reports a rule-set file that is not JSON", async () => {
    const path = join(dir, "not-json.json");
    writeFileSync(path, "{ format: 1");
    const { code, stderr } = await run(["show", path]);
    expect(code).toBe(1);
    expect(stderr).toMatch(/^\S*not-json\.json: not valid JSON/);
    expect(stderr.trimEnd().split("\n")).toHaveLength(1);
  });
});

describe("help and version", () => {
  it("prints the version from package.json", async () => {
    const { version } = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8"));
    for (const flag of ["--version", "-v"]) {
      const { code, stdout } = await run([flag], tmpdir());
      expect(code).toBe(0);
      expect(stdout).toBe(`${version}\n`);
    }
  });

  it("prints the overall help with every command", async () => {
    const { code, stdout } = await run(["--help"]);
    expect(code).toBe(0);
    for (const command of COMMANDS) expect(stdout).toMatch(new RegExp(`^ {2}${command} +\\S`, "m"));
  });

  it.each(COMMANDS)("prints usage, options and examples for %s", async (command) => {
    for (const args of [
      [command, "--help"],
      [command, "-h"],
      ["help", command],
    ]) {
      const { code, stdout, stderr } = await run(args);
      expect(code).toBe(0);
      expect(stderr).toBe("");
      expect(stdout).toMatch(new RegExp(`^Usage: well-led ${command}`));
      expect(stdout).toContain("Options:");
      expect(stdout).toContain("Examples:");
    }
  });
});
