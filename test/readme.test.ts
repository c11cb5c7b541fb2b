import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { defaultRegistry, evaluate, formatText } from "../src/index.js";

const readme = readFileSync(new URL("../README.md", import.meta.url), "utf8");
const evidence = JSON.parse(readFileSync(new URL("../examples/northfield-acute.json", import.meta.url), "utf8"));

describe("README", () => {
  const ruleSet = defaultRegistry().get("well-led", "^2")!;
  const judgement = evaluate(ruleSet, evidence);

  it("shows what the Node sample really returns", () => {
    expect(readme).toContain(`judgement.rating;                 // "${judgement.rating}"`);
    expect(readme).toContain(`judgement.percent;                // ${judgement.percent}`);
    expect(readme).toContain(`// "${judgement.benchmarks[0]!.summary.slice(0, 60)}`);
  });

  it("shows the demo's real output, line for line where it is not elided", () => {
    const text = formatText(judgement);
    const block = /`npm run demo` prints[^`]*```\n([\s\S]*?)\n```/.exec(readme)?.[1];
    expect(block).toBeDefined();
    for (const line of block!.split("\n")) {
      if (line.includes("…")) continue;
      expect(text.split("\n")).toContain(line);
    }
  });
});
