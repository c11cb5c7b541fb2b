import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { type EvidenceDocument, evaluate } from "../src/evaluate/index.js";
import { parseRuleSet } from "../src/format/parse.js";

const guide = readFileSync(new URL("../docs/evaluation.md", import.meta.url), "utf8");

function example(name: string): unknown {
  const match = new RegExp(`<!-- example:${name} -->\\s*\`\`\`json\\n([\\s\\S]*?)\\n\`\`\``).exec(
    guide,
  );
  if (match === null) throw new Error(`docs/evaluation.md has no example:${name} block`);
  return JSON.parse(match[1]!);
}

describe("docs/evaluation.md worked example", () => {
  const ruleSet = parseRuleSet(example("rule-set"));
  const input = example("evidence") as EvidenceDocument;

  it("gives the judgement the guide computes by hand", () => {
    const j = evaluate(ruleSet, input);
    expect(j.benchmarks.map((b) => [b.id, b.outcome, b.score, b.scored])).toEqual([
      ["LM-01", "some-shortfalls", 2, true],
      ["GOV-02", "good", 3, true],
      ["FTSU-01", "good", 3, true],
      ["FTSU-02", "not-evidenced", null, false],
      ["DIR-01", "some-shortfalls", 2, true],
      ["DIR-02", "significant-shortfalls", 1, false],
    ]);
    expect(j.domains.map((d) => [d.id, d.percent, d.score, d.gated])).toEqual([
      ["governance", 67, 3, false],
      ["speaking-up", 75, 3, false],
      ["direction", 50, 2, false],
    ]);
    expect(j).toMatchObject({
      rating: "requires-improvement",
      percent: 67,
      bandedRating: "good",
      limits: [{ id: "speaking-up-unevidenced", capAt: "requires-improvement" }],
      coverage: { applicable: 5, evidenced: 4 },
      warnings: [{ code: "stale-evidence", path: "evidence.managers.withRoleTargetsPct" }],
    });
    expect(j.benchmarks[0]!.stale).toEqual(["managers.withRoleTargetsPct"]);
  });

  it("writes the summaries the guide quotes", () => {
    const j = evaluate(ruleSet, input);
    expect(j.benchmarks.map((b) => `${b.id}: ${b.summary}`)).toMatchInlineSnapshot(`
      [
        "LM-01: 81% of line managers have role-relevant targets; good needs at least 95%.",
        "GOV-02: The board members appraised this year is 92%, which meets the good level (at least 90%).",
        "FTSU-01: There is a Freedom to Speak Up guardian in post, which meets the good level.",
        "FTSU-02: Not evidenced: no figure was provided for concerns answered within 30 days.",
        "DIR-01: The staff engagement score is 6.9; good needs at least 7.",
        "DIR-02: Staff observer on the board: no; good needs a yes for staff observer on the board.",
      ]
    `);
    const primary = evaluate(ruleSet, { ...input, organisation: { type: "primary-care" } });
    expect(primary.benchmarks[4]!.outcome).toBe("not-applicable");
    expect(primary.domains[2]!.status).toBe("not-assessed");
    expect(primary.benchmarks[4]!.summary).toMatchInlineSnapshot(
      `"Not applicable to primary-care organisations: this benchmark applies only to acute, mental-health, community and ambulance organisations."`,
    );
  });

  it("gives the what-if answer: the gate forces speaking-up to 1", () => {
    const evidence = {
      ...input.evidence,
      ftsu: { guardianInPost: false, concernsAnsweredPct: 96 },
    };
    const j = evaluate(ruleSet, { ...input, evidence });
    expect(j.domains[1]).toMatchObject({ percent: 63, score: 1, gated: true });
    expect(j).toMatchObject({
      percent: 50,
      bandedRating: "requires-improvement",
      rating: "requires-improvement",
      limits: [{ id: "no-statement-at-1" }],
    });
  });
});
