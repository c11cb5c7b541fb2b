import { execFile } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const CLI = fileURLToPath(new URL("../dist/cli/index.js", import.meta.url));

interface Result {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the built command line in the repository root, without colour from the environment. */
function run(args: readonly string[], env: Record<string, string> = {}): Promise<Result> {
  const { NO_COLOR: _n, FORCE_COLOR: _f, WELL_LED_DEBUG: _d, ...base } = process.env;
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [CLI, ...args],
      { cwd: ROOT, env: { ...base, ...env }, maxBuffer: 1 << 28 },
      (error, stdout, stderr) =>
        resolve({ code: error === null ? 0 : Number(error.code), stdout, stderr }),
    );
  });
}

const NORTHFIELD = "examples/northfield-acute.json";
const EXAMPLES = [
  "examples/northfield-acute.json",
  "examples/eastmoor-riverside-acute.json",
  "examples/harrowdale-community.json",
];
const ANSI = "\u001b[";

beforeAll(() => {
  if (!existsSync(CLI))
    throw new Error("dist/cli/index.js is missing: build first (npm run build)");
});

describe("well-led evaluate: formats", () => {
  it("prints a text judgement by default, without colour when stdout is not a terminal", async () => {
    const { code, stdout, stderr } = await run(["evaluate", NORTHFIELD]);
    expect(code).toBe(0);
    expect(stderr).toBe("");
    expect(stdout).toContain("Northfield Hospitals NHS Foundation Trust");
    expect(stdout).toMatch(/Rule set\s+well-led@2\.0\.0/);
    expect(stdout).not.toContain(ANSI);
  });

  it("colours text with --color, and --no-color wins over it", async () => {
    expect((await run(["evaluate", NORTHFIELD, "--color"])).stdout).toContain(ANSI);
    expect((await run(["evaluate", NORTHFIELD, "--color", "--no-color"])).stdout).not.toContain(
      ANSI,
    );
  });

  it("separates several text judgements with a blank line", async () => {
    const { code, stdout } = await run(["evaluate", ...EXAMPLES.slice(0, 2)]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/\n\nEastmoor and Riverside/);
  });

  it("prints one judgement object for one document with --format json, judged by the latest non-draft rule set", async () => {
    const { code, stdout } = await run(["evaluate", NORTHFIELD, "--format", "json"]);
    expect(code).toBe(0);
    const judgement = JSON.parse(stdout);
    expect(judgement.ruleSet).toMatchObject({ id: "well-led", version: "2.0.0" });
    expect(judgement.ruleSet.hash).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(judgement.organisation.id).toBe("RXX01");
    expect(judgement.benchmarks[0].trace).toBeUndefined();
  });

  it("prints a JSON array for several documents, in input order", async () => {
    const { code, stdout } = await run(["evaluate", ...EXAMPLES, "-f", "json"]);
    expect(code).toBe(0);
    const judgements = JSON.parse(stdout);
    expect(
      judgements.map((j: { organisation: { name: string } }) => j.organisation.name.split(" ")[0]),
    ).toEqual(["Northfield", "Eastmoor", "Harrowdale"]);
  });

  it("streams one judgement a line with --format jsonl", async () => {
    const { stdout } = await run(["evaluate", ...EXAMPLES, "--format", "jsonl"]);
    const lines = stdout.trimEnd().split("\n");
    expect(lines).toHaveLength(3);
    for (const line of lines) expect(JSON.parse(line).rating).toBeTypeOf("string");
  });

  it("writes markdown and one self-contained HTML page", async () => {
    const markdown = await run(["evaluate", NORTHFIELD, "--format", "markdown"]);
    expect(markdown.stdout).toMatch(/^# Well-led judgement: Northfield/);
    const html = await run(["evaluate", ...EXAMPLES, "--format", "html"]);
    expect(html.code).toBe(0);
    expect(html.stdout.match(/<html/g)).toHaveLength(1);
    expect(html.stdout).toContain("Eastmoor and Riverside");
    expect(html.stdout).not.toMatch(/<script|<link/);
  });

  it("writes a CSV header and one row per organisation", async () => {
    const { stdout } = await run(["evaluate", ...EXAMPLES, "--format", "csv"]);
    const rows = stdout.trimEnd().split("\r\n");
    expect(rows).toHaveLength(4);
    expect(rows[0]).toMatch(/^organisation\.id,organisation\.name,organisation\.type,asOf,rating,/);
    expect(rows[1]).toMatch(/^RXX01,/);
  });

  it("adds each benchmark's trace with --explain full", async () => {
    const judgement = JSON.parse(
      (await run(["evaluate", NORTHFIELD, "-f", "json", "--explain", "full"])).stdout,
    );
    expect(judgement.benchmarks.some((b: { trace?: unknown }) => b.trace !== undefined)).toBe(true);
  });
});

describe("well-led evaluate: rule set and date", () => {
  it("judges as of --as-of", async () => {
    const judgement = JSON.parse(
      (await run(["evaluate", NORTHFIELD, "-f", "json", "--as-of", "2025-03-31"])).stdout,
    );
    expect(judgement.asOf).toBe("2025-03-31");
  });

  it("uses a built-in version chosen with --rules ID@RANGE", async () => {
    const judgement = JSON.parse(
      (await run(["evaluate", NORTHFIELD, "-f", "json", "--rules", "well-led@^1"])).stdout,
    );
    expect(judgement.ruleSet.version).toBe("1.0.0");
  });

  it("uses a rule-set file with --rule-set, and gives the same judgement as the built-in", async () => {
    const fromFile = await run([
      "evaluate",
      NORTHFIELD,
      "-f",
      "json",
      "--rule-set",
      "rules/well-led/1.0.0.json",
      "--as-of",
      "2025-01-01",
    ]);
    const builtIn = await run([
      "evaluate",
      NORTHFIELD,
      "-f",
      "json",
      "--rules",
      "well-led@1.0.0",
      "--as-of",
      "2025-01-01",
    ]);
    expect(fromFile.code).toBe(0);
    expect(fromFile.stdout).toBe(builtIn.stdout);
  });

  it("is deterministic: the same input gives byte-identical output", async () => {
    const args = ["evaluate", ...EXAMPLES, "-f", "json", "--as-of", "2025-03-31"];
    const [a, b] = await Promise.all([run(args), run(args)]);
    expect(a.stdout).toBe(b.stdout);
  });

  it("says in --help which version the default resolves to", async () => {
    const { code, stdout } = await run(["evaluate", "--help"]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Usage: well-led evaluate FILE/);
    expect(stdout).toMatch(
      /latest version that is not a draft, which is\s+2\.0\.0, status proposed/,
    );
    expect(readFileSync(`${ROOT}/package.json`, "utf8")).toContain('"well-led"');
  });
});
