import { describe, expect, it } from "vitest";
import { formatDate, formatNumber, isIsoDate } from "./_format.js";
import { endSentence, joinList, labelFromPath, singularUnit, withArticle } from "./_words.js";

describe("formatNumber", () => {
  it("drops floating-point noise and trailing zeros, the same in every locale", () => {
    expect(formatNumber(0.1 + 0.2)).toBe("0.3");
    expect(formatNumber(81)).toBe("81");
    expect(formatNumber(56.8)).toBe("56.8");
    expect(formatNumber(9.07)).toBe("9.07");
    expect(formatNumber(2.4166666)).toBe("2.42");
    expect(formatNumber(1.005)).toBe("1.01");
    expect(formatNumber(-0.2)).toBe("-0.2");
    expect(formatNumber(-0)).toBe("0");
    expect(formatNumber(0.0001)).toBe("0");
    expect(formatNumber(2024)).toBe("2024");
    expect(formatNumber(12345.678)).toBe("12,345.68");
    expect(formatNumber(-1234567)).toBe("-1,234,567");
    expect(formatNumber(Number.NaN)).toBe("an invalid number");
  });
});

describe("formatDate", () => {
  it("writes ISO dates in words without the locale", () => {
    expect(formatDate("2024-11-01")).toBe("1 November 2024");
    expect(formatDate("2024-02-29")).toBe("29 February 2024");
    expect(formatDate("2023-02-29")).toBe("2023-02-29");
    expect(formatDate("next week")).toBe("next week");
    expect(isIsoDate("2025-13-01")).toBe(false);
  });
});

describe("words", () => {
  it("joins lists the British way", () => {
    expect(joinList(["a"])).toBe("a");
    expect(joinList(["a", "b"])).toBe("a and b");
    expect(joinList(["a", "b", "c"], "or")).toBe("a, b or c");
  });

  it("names unlabelled paths from their last segment", () => {
    expect(labelFromPath("managers.withRoleTargetsPct")).toBe("managers with role targets");
    expect(labelFromPath("ftsu.guardianInPost")).toBe("guardian in post");
    expect(labelFromPath("board.approved")).toBe("board approved");
    expect(labelFromPath("nss.NHSScore")).toBe("NHS score");
  });

  it("reads units with the number 1 and picks a or an", () => {
    expect(singularUnit("reports a year")).toBe("report a year");
    expect(singularUnit("percentage points")).toBe("percentage point");
    expect(singularUnit("hours a manager a year")).toBe("hour a manager a year");
    expect(withArticle("EDI action plan")).toBe("an EDI action plan");
    expect(withArticle("NHS board")).toBe("an NHS board");
    expect(withArticle("CQC rating")).toBe("a CQC rating");
    expect(withArticle("hour")).toBe("an hour");
    expect(withArticle("unit")).toBe("a unit");
    expect(withArticle("the board")).toBe("the board");
  });

  it("ends a sentence with exactly one full stop", () => {
    expect(endSentence("Done")).toBe("Done.");
    expect(endSentence("Done.")).toBe("Done.");
    expect(endSentence("Done;  ")).toBe("Done.");
  });
});
