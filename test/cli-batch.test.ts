import { type ChildProcess, spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CLI, ROOT, run } from "./_cli.js";


const dir = mkdtempSync(join(tmpdir(), "well-led-cli-batch-"));
const BATCH = readFileSync(join(ROOT, "examples/batch.csv"), "utf8").trimEnd().split(/\r?\n/);
const HEADER = BATCH[0]!;
const ROWS = BATCH.slice(1);
const ENGAGEMENT = HEADER.split(",").indexOf("nss.engagement");
const northfield = JSON.parse(readFileSync(join(ROOT, "examples/northfield-acute.json"), "utf8"));

/** A CSV of `count` organisations made from the example batch, with row `bad` (0-based data row) unreadable. */
function generateBatch(name: string, count: number, bad?: number): string {
  const lines = [HEADER];
  for (let i = 0; i < count; i++) {
    const cells = ROWS[i % ROWS.length]!.split(",");
    cells[0] = `RG${String(i).padStart(6, "0")}`;
    if (i === bad) cells[ENGAGEMENT] = "SECRET-VALUE";
    lines.push(cells.join(","));
  }
  const path = join(dir, name);
  writeFileSync(path, `${lines.join("\n")}\n`);
  return path;
}

beforeAll(() => {
  if (!existsSync(CLI))
    throw new Error("dist/cli/index.js is missing: build first (npm run build)");
  expect(ENGAGEMENT).toBeGreaterThan(2);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("well-led evaluate: batches", () => {
  it("evaluates the checked-in batch CSV to one CSV row per organisation under a single header", async () => {
    const { code, stdout, stderr } = await run([
      "evaluate",
      "examples/batch.csv",
      "--format",
      "csv",
    ]);
    expect(stderr).toBe("");
    expect(code).toBe(0);
    const rows = stdout.trimEnd().split("\r\n");
    expect(rows).toHaveLength(ROWS.length + 1);
    expect(rows.filter((r) => r.startsWith("organisation.id,"))).toHaveLength(1);
    expect(rows[1]!.split(",")[0]).toBe(ROWS[0]!.split(",")[0]);
  });

  it("keeps evaluating past a bad row in thousands, names its row and column but not its value, and exits 1", async () => {
    const path = generateBatch("thousands.csv", 3000, 1234);
    const { code, stdout, stderr } = await run(["evaluate", path, "--format", "csv"]);
    expect(code).toBe(1);
    const rows = stdout.trimEnd().split("\r\n");
    expect(rows).toHaveLength(3000);
    expect(rows.some((r) => r.startsWith("RG001234,"))).toBe(false);
    expect(rows.at(-1)).toMatch(/^RG002999,/);
    expect(stderr).toMatch(
      /thousands\.csv:row 1236: evidence\.nss\.engagement: column [A-Z]+ "nss\.engagement" is not a number\n/,
    );
    expect(stderr).toContain("well-led: 1 of 3,000 organisations were not evaluated");
    expect(stderr).not.toContain("SECRET-VALUE");
    expect(stderr).not.toContain("    at ");
  });

  it("streams JSON Lines output and reports a bad input line by number", async () => {
    const good = JSON.stringify(northfield);
    const path = join(dir, "mixed.jsonl");
    writeFileSync(path, `${good}\n{"organisation": SECRET-VALUE\n${good}\n`);
    const { code, stdout, stderr } = await run(["evaluate", path, "--format", "jsonl"]);
    expect(code).toBe(1);
    expect(stdout.trimEnd().split("\n")).toHaveLength(2);
    expect(stderr).toMatch(/mixed\.jsonl:line 2: not valid JSON/);
    expect(stderr).not.toContain("SECRET-VALUE");
  });

  it("names a rejected document of a JSON array by index and path, and still prints the others as an array", async () => {
    const bad = {
      ...northfield,
      evidence: {
        ...northfield.evidence,
        nss: { ...northfield.evidence.nss, engagement: "SECRET-VALUE" },
      },
    };
    const path = join(dir, "array.json");
    writeFileSync(path, JSON.stringify([northfield, bad, northfield]));
    const { code, stdout, stderr } = await run(["evaluate", path, "--format", "json"]);
    expect(code).toBe(1);
    expect(JSON.parse(stdout)).toHaveLength(2);
    expect(stderr).toMatch(/array\.json\[1\]: evidence\.nss\.engagement: /);
    expect(stderr).not.toContain("SECRET-VALUE");
  });

  it("prints an empty JSON array when every document of several is rejected", async () => {
    const path = join(dir, "none.jsonl");
    writeFileSync(path, "[]\n");
    const { code, stdout } = await run(["evaluate", path, "--format", "json"]);
    expect(code).toBe(1);
    expect(JSON.parse(stdout)).toEqual([]);
  });

  it("rejects one invalid document with a line per problem and no stack trace", async () => {
    const bad = {
      ...northfield,
      organisation: { ...northfield.organisation, type: "SECRET-TYPE" },
      evidence: {
        ...northfield.evidence,
        nss: { ...northfield.evidence.nss, engagement: "SECRET-VALUE" },
      },
    };
    const path = join(dir, "invalid.json");
    writeFileSync(path, JSON.stringify(bad));
    const { code, stdout, stderr } = await run(["evaluate", path, "--format", "json"]);
    expect(code).toBe(1);
    expect(stdout).toBe("");
    const lines = stderr.trimEnd().split("\n");
    expect(lines.length).toBeGreaterThanOrEqual(2);
    for (const line of lines)
      expect(line).toMatch(/^\S*invalid\.json: (organisation\.type|evidence\.nss\.engagement): /);
    expect(stderr).not.toContain("SECRET");
    expect(stderr).not.toContain("    at ");
  });

  it("reports a file that is not JSON and still evaluates the other files", async () => {
    const broken = join(dir, "broken.json");
    writeFileSync(broken, '{"organisation": SECRET-VALUE');
    const args = [
      "evaluate",
      "examples/northfield-acute.json",
      broken,
      "examples/harrowdale-community.json",
    ];
    const { code, stdout, stderr } = await run([...args, "-f", "jsonl"]);
    expect(code).toBe(1);
    expect(stdout.trimEnd().split("\n")).toHaveLength(2);
    expect(stderr).toBe(`${broken}: not valid JSON\nwell-led: 1 file could not be read\n`);
  });

  it("reports a CSV file whose header cannot be used, and exits 1", async () => {
    const path = join(dir, "header.csv");
    writeFileSync(path, "organisation.name,nss.engagement\nX,7\n");
    const { code, stderr } = await run(["evaluate", path, "--format", "csv"]);
    expect(code).toBe(1);
    expect(stderr).toMatch(
      /header\.csv:row 1: organisation\.id: the header has no "organisation\.id" column/,
    );
  });
});

describe("well-led evaluate --out", () => {
  it("writes the output to the file, leaving no temporary file behind", async () => {
    const out = join(dir, "judgements.csv");
    const { code, stdout } = await run([
      "evaluate",
      "examples/batch.csv",
      "-f",
      "csv",
      "--out",
      out,
    ]);
    expect(code).toBe(0);
    expect(stdout).toBe("");
    const direct = await run(["evaluate", "examples/batch.csv", "-f", "csv"]);
    expect(readFileSync(out, "utf8")).toBe(direct.stdout);
    expect(readdirSync(dir).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });

  it("leaves an existing file untouched when interrupted part-way", async () => {
    const input = generateBatch("interrupted.csv", 4000);
    const outDir = mkdtempSync(join(dir, "interrupt-"));
    const out = join(outDir, "result.csv");
    writeFileSync(out, "OLD CONTENT\n");
    const child: ChildProcess = spawn(
      process.execPath,
      [CLI, "evaluate", input, "-f", "csv", "--out", out],
      { cwd: ROOT, stdio: "ignore" },
    );
    const exited = new Promise<number | null>((resolve) =>
      child.on("exit", (code) => resolve(code)),
    );
    for (let i = 0; i < 600 && !readdirSync(outDir).some((f) => f.endsWith(".tmp")); i++)
      await new Promise((r) => setTimeout(r, 50));
    expect(readdirSync(outDir).some((f) => f.endsWith(".tmp"))).toBe(true);
    child.kill("SIGTERM");
    expect(await exited).toBe(143);
    expect(readFileSync(out, "utf8")).toBe("OLD CONTENT\n");
    expect(readdirSync(outDir)).toEqual(["result.csv"]);
  });

  it("is a usage error when the directory does not exist", async () => {
    const { code, stderr } = await run([
      "evaluate",
      "examples/northfield-acute.json",
      "--out",
      join(dir, "no", "such", "dir", "x.json"),
    ]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/^well-led: --out: the directory .* does not exist\n/);
  });
});
