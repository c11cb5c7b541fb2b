import { describe, expect, it } from "vitest";
import type { JudgementRating } from "../evaluate/index.js";
import type { Outcome } from "../format/schema.js";
import {
  outcomeLabel,
  percentLabel,
  ratingLabel,
  scoreLabel,
  shortHash,
  warningLabel,
} from "./labels.js";

describe("wording helpers", () => {
  it("writes ratings as CQC does", () => {
    expect(ratingLabel("requires-improvement")).toBe("Requires improvement");
    expect(ratingLabel("outstanding")).toBe("Outstanding");
    expect(ratingLabel("insufficient-evidence")).toBe("Insufficient evidence");
  });

  it("writes outcomes as capitalised words", () => {
    expect(outcomeLabel("some-shortfalls")).toBe("Some shortfalls");
    expect(outcomeLabel("not-applicable")).toBe("Not applicable");
  });

  it("names each score of the 1–4 scale", () => {
    expect([1, 2, 3, 4].map(scoreLabel)).toEqual([
      "significant shortfalls",
      "some shortfalls",
      "good standard",
      "exceptional standard",
    ]);
    expect(scoreLabel(null)).toBe("not assessed");
    expect(scoreLabel(7)).toBe("score 7");
  });

  it("still reads sensibly for codes a newer judgement might carry", () => {
    expect(ratingLabel("exemplary-plus" as JudgementRating)).toBe("Exemplary plus");
    expect(outcomeLabel("partly-evidenced" as Outcome)).toBe("Partly evidenced");
    expect(ratingLabel("constructor" as JudgementRating)).toBe("Constructor");
    expect(warningLabel("stale-evidence")).toBe("stale evidence");
    expect(warningLabel("odd-new-code")).toBe("odd new code");
  });

  it("formats percents and hashes for display", () => {
    expect(percentLabel(59)).toBe("59%");
    expect(percentLabel(null)).toBe("—");
    expect(shortHash(`sha256:${"ab".repeat(32)}`)).toBe("sha256:abababababab");
    expect(shortHash("not a hash")).toBe("not a hash");
  });
});
