
import {
  copyFileSync,
  existsSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CLI, ROOT, run } from "./_cli.js";


const dir = mkdtempSync(join(tmpdir(), "well-led-cli-commands-"));
const V1 = join(ROOT, "rules/well-led/1.0.0.json");
const northfield = JSON.parse(readFileSync(join(ROOT, "examples/northfield-acute.json"), "utf8"));

function write(name: string, value: unknown): string {
  const path = join(dir, name);
  writeFileSync(path, typeof value === "string" ? value : JSON.stringify(value, null, 2));
  return path;
}

beforeAll(() => {
  if (!existsSync(CLI))
    throw new Error("dist/cli/index.js is missing: build first (npm run build)");
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("well-led validate", () => {
  it("prints ok with id, version, benchmark count and hash for every rule set and cases document under a directory", async () => {
    const { code, stdout, stderr } = await run(["validate", "rules"]);
    expect(stderr).toBe("");
    expect(code).toBe(0);
    expect(stdout).toMatch(
      /^ok: rules\/well-led\/1\.0\.0\.json \(well-led@1\.0\.0, \d+ benchmarks, sha256:[0-9a-f]{64}\)$/m,
    );
    expect(stdout).toMatch(
      /^ok: rules\/well-led\/2\.0\.0\.json \(well-led@2\.0\.0, \d+ benchmarks, sha256:[0-9a-f]{64}\)$/m,
    );
    expect(stdout).toMatch(
      /^ok: rules\/well-led\/2\.0\.0\.cases\.json \(cases for well-led@2\.0\.0, \d+ cases\)$/m,
    );
  });

  it("lists every problem of an invalid rule set as file: path: message, exits 1 and shows no stack", async () => {
    const doc = JSON.parse(readFileSync(V1, "utf8"));
    doc.benchmarks[0].domain = "nowhere";
    doc.benchmarks[1].levels.good = { ">=": [{ var: "not.declared" }, 1] };
    const path = write("invalid-rules.json", doc);
    const { code, stdout, stderr } = await run(["validate", path, V1]);
    expect(code).toBe(1);
    expect(stdout).toMatch(/^ok: .*1\.0\.0\.json/m);
    const lines = stderr.trimEnd().split("\n");
    expect(lines.length).toBeGreaterThanOrEqual(2);
    for (const line of lines) expect(line.startsWith(`${path}: benchmarks[`)).toBe(true);
    expect(stderr).toContain("benchmarks[0].domain: ");
    expect(stderr).not.toContain("    at ");
  });

  it("reports the same id and version held by two files with different content", async () => {
    const doc = JSON.parse(readFileSync(V1, "utf8"));
    doc.benchmarks[0].weight = 5;
    const path = write("same-version.json", doc);
    const { code, stderr } = await run(["validate", V1, path]);
    expect(code).toBe(1);
    expect(stderr).toMatch(
      new RegExp(`^${path.replaceAll(/[.\\/]/g, "\\$&")}: version: .*well-led@1\\.0\\.0`),
    );
  });

  it("tells an evidence document apart from a broken rule set", async () => {
    const { code, stderr } = await run(["validate", "examples/northfield-acute.json"]);
    expect(code).toBe(1);
    expect(stderr).toBe(
      'examples/northfield-acute.json: this is an evidence document, not a rule set; check it with "well-led evaluate examples/northfield-acute.json"\n',
    );
  });

  it("checks a cases document's expectations against the rule set it names", async () => {
    const path = write("wrong.cases.json", {
      ruleSet: "well-led@1.0.0",
      cases: [
        {
          name: "typo",
          input: northfield,
          expect: { benchmarks: { "LM-999": "good" }, limits: ["no-such-limit"] },
        },
      ],
    });
    const { code, stderr } = await run(["validate", path]);
    expect(code).toBe(1);
    expect(stderr).toContain(
      `${path}: cases[0].expect.benchmarks: no benchmark "LM-999" in well-led@1.0.0`,
    );
    expect(stderr).toContain(
      `${path}: cases[0].expect.limits: no limit "no-such-limit" in well-led@1.0.0`,
    );
  });
});

describe("well-led test", () => {
  it("prints pass and FAIL per case with mismatches, closes with the counts, and exits 1 on a failure", async () => {
    copyFileSync(V1, join(dir, "rules-v1.json"));
    const judgement = JSON.parse(
      (
        await run([
          "evaluate",
          "examples/northfield-acute.json",
          "-f",
          "json",
          "--rules",
          "well-led@1.0.0",
        ])
      ).stdout,
    );
    const wrong = judgement.rating === "inadequate" ? "outstanding" : "inadequate";
    const path = write("suite.cases.json", {
      ruleSet: "./rules-v1.json",
      cases: [
        {
          name: "Northfield keeps its rating",
          asOf: judgement.asOf,
          input: northfield,
          expect: { rating: judgement.rating },
        },
        {
          name: "Northfield is misjudged",
          asOf: judgement.asOf,
          input: northfield,
          expect: { rating: wrong },
        },
      ],
    });
    const { code, stdout } = await run(["test", path]);
    expect(code).toBe(1);
    expect(stdout).toContain(`${path} (well-led@1.0.0)`);
    expect(stdout).toMatch(/^ {2}pass {2}Northfield keeps its rating$/m);
    expect(stdout).toMatch(/^ {2}FAIL {2}Northfield is misjudged\n {8}rating: rating is /m);
    expect(stdout.trimEnd().split("\n").at(-1)).toBe("1 passed, 1 failed");
  });

  it("passes the built-in cases documents", async () => {
    const { code, stdout } = await run(["test", "rules"]);
    expect(code).toBe(0);
    expect(stdout.trimEnd().split("\n").at(-1)).toMatch(/^\d+ passed, 0 failed$/);
  });

  it("reports a cases document whose rule set cannot be found", async () => {
    const path = write("lost.cases.json", {
      ruleSet: "no-such-rules@1",
      cases: [{ name: "x", input: northfield, expect: {} }],
    });
    const { code, stdout, stderr } = await run(["test", path]);
    expect(code).toBe(1);
    expect(stderr).toMatch(/lost\.cases\.json: ruleSet: no built-in rule set "no-such-rules"/);
    expect(stdout).toBe("0 passed, 0 failed\n");
  });
});

describe("well-led diff", () => {
  it("shows the change set between the built-in versions and exits 0 for a major step", async () => {
    const { code, stdout } = await run(["diff", "well-led@1.0.0", "well-led@2.0.0"]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^well-led 1\.0\.0 → 2\.0\.0: requires a major version/);
    const markdown = await run([
      "diff",
      "well-led@1.0.0",
      "well-led@2.0.0",
      "--format",
      "markdown",
    ]);
    expect(markdown.stdout).toMatch(/^## well-led 1\.0\.0 → 2\.0\.0/);
    const json = JSON.parse(
      (await run(["diff", "well-led@1.0.0", "well-led@2.0.0", "-f", "json"])).stdout,
    );
    expect(json.requiredBump).toBe("major");
  });

  it("exits 1 and says why when the declared version step is too small", async () => {
    const doc = JSON.parse(readFileSync(V1, "utf8"));
    doc.version = "1.0.1";
    doc.benchmarks[0].weight = 3;
    const path = write("patched.json", doc);
    const { code, stdout, stderr } = await run(["diff", V1, path]);
    expect(code).toBe(1);
    expect(stdout).toMatch(/requires a major version/);
    expect(stderr).toMatch(/^well-led: .*1\.0\.0 → 1\.0\.1.*major/);
  });
});

describe("well-led list, show and schema", () => {
  it("lists the built-in rule sets", async () => {
    const { code, stdout } = await run(["list"]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^ID\s+VERSION\s+STATUS\s+EFFECTIVE\s+BENCHMARKS\s+TITLE$/m);
    expect(stdout).toMatch(/^well-led\s+1\.0\.0\s+active\s+\S+ to \S+\s+\d+\s+Well-led/m);
    expect(stdout).toMatch(/^well-led\s+2\.0\.0\s+proposed\s/m);
    const json = JSON.parse((await run(["list", "--format", "json"])).stdout);
    expect(json.map((e: { version: string }) => e.version)).toEqual(["1.0.0", "2.0.0"]);
  });

  it("shows a rule set's overview with levels as formulas, scoring and limits", async () => {
    const { code, stdout } = await run(["show", "well-led@2.0.0"]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^well-led@2\.0\.0 {2}Well-led/);
    expect(stdout).toMatch(/^ {6}good: managers\.targetsAlignedPct >= \d+$/m);
    expect(stdout).toMatch(/^Scoring\n {2}model statement/m);
    expect(stdout).toMatch(
      /^ {2}no-statement-at-1: when counts\.1 > 0, the rating is at most requires improvement\./m,
    );
  });

  it("shows one benchmark in detail with its JsonLogic, rationale and sources", async () => {
    const { code, stdout } = await run(["show", "well-led@2.0.0", "LM-02"]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^LM-02 {2}/);
    expect(stdout).toContain("Domain: shared-direction");
    expect(stdout).toMatch(/^ {4}\{ ">=": \[\{ "var": "managers\.targetsAlignedPct" \}, \d+\] \}$/m);
    expect(stdout).toMatch(/^Rationale\n/m);
    expect(stdout).toMatch(/^Sources\n {2}smf-2023: /m);
    const json = JSON.parse(
      (await run(["show", "rules/well-led/2.0.0.json", "LM-02", "-f", "json"])).stdout,
    );
    expect(json.id).toBe("LM-02");
  });

  it("suggests a benchmark id for a typo, as a usage error", async () => {
    const { code, stderr } = await run(["show", "well-led@2.0.0", "LM-0002"]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/^well-led: no benchmark "LM-0002" in well-led@2\.0\.0/);
  });

  it("prints the JSON Schemas of rule sets and of a rule set's evidence", async () => {
    const ruleSet = JSON.parse((await run(["schema", "rule-set"])).stdout);
    expect(ruleSet.$schema).toMatch(/json-schema\.org/);
    const evidence = JSON.parse(
      (await run(["schema", "evidence", "--rules", "well-led@1"])).stdout,
    );
    expect(evidence.title).toContain("well-led@1.0.0");
    expect((await run(["schema", "judgement"])).code).toBe(2);
  });
});

describe("well-led improve", () => {
  it("plans the evidence changes that reach a target, as text and as JSON", async () => {
    const { code, stdout } = await run([
      "improve",
      "examples/eastmoor-riverside-acute.json",
      "--target",
      "good",
    ]);
    expect(code).toBe(0);
    expect(stdout).toMatch(
      /^Eastmoor and Riverside University Hospitals NHS Trust: \S.* now; target Good\.$/m,
    );
    expect(stdout).toMatch(/^With every change: (Good|Outstanding) \(\d+%\)\.$/m);
    const plan = JSON.parse(
      (await run(["improve", "examples/eastmoor-riverside-acute.json", "-t", "good", "-f", "json"]))
        .stdout,
    );
    expect(plan.reachable).toBe(true);
    expect(plan.steps.length).toBeGreaterThan(0);
  });

  it("picks one organisation of a batch with --organisation, and needs it when there are several", async () => {
    const id = readFileSync(join(ROOT, "examples/batch.csv"), "utf8")
      .split("\n")[2]!
      .split(",")[0]!;
    const chosen = await run([
      "improve",
      "examples/batch.csv",
      "--organisation",
      id,
      "--target",
      "good",
      "-f",
      "json",
    ]);
    expect(chosen.code).toBe(0);
    expect(JSON.parse(chosen.stdout).target).toBe("good");
    const unchosen = await run(["improve", "examples/batch.csv", "--target", "good"]);
    expect(unchosen.code).toBe(2);
    expect(unchosen.stderr).toMatch(
      /holds more than one organisation; choose one with --organisation ID/,
    );
  });

  it("exits 0 and says why when the target cannot be reached", async () => {
    const capped = {
      ...northfield,
      evidence: {
        ...northfield.evidence,
        regulatory: { ...northfield.evidence.regulatory, openWarningNotices: 1 },
      },
    };
    const path = write("capped.json", capped);
    const { code, stdout } = await run([
      "improve",
      path,
      "--target",
      "outstanding",
      "--rules",
      "well-led@2",
    ]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/target Outstanding\.\n/);
  });

  it("reports invalid evidence naming the file and path, without the value", async () => {
    const bad = {
      ...northfield,
      evidence: {
        ...northfield.evidence,
        nss: { ...northfield.evidence.nss, engagement: "SECRET-VALUE" },
      },
    };
    const path = write("bad-improve.json", bad);
    const { code, stdout, stderr } = await run(["improve", path, "--target", "good"]);
    expect(code).toBe(1);
    expect(stdout).toBe("");
    expect(stderr).toMatch(/bad-improve\.json: evidence\.nss\.engagement: /);
    expect(stderr).not.toContain("SECRET-VALUE");
  });

  it("needs --target", async () => {
    const { code, stderr } = await run(["improve", "examples/northfield-acute.json"]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/^well-led: missing --target RATING\n/);
  });
});
