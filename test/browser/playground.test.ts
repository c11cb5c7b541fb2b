import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import {
  CHROMIUM,
  launchChromium,
  type PageProblems,
  recordViolations,
  skipBrowser,
  violationsOf,
  watchPage,
} from "./_browser.js";
import {
  builtInRuleSets,
  diffRuleSets,
  type EvidenceDocument,
  evaluate,
  formatDiff,
  type Judgement,
  type RuleSet,
  safeParseRuleSet,
  suggestImprovements,
} from "./_library.js";
import { serveStatic } from "./_server.js";
import { type RatingChange, findRatingChange } from "./_rating-change.js";

const root = fileURLToPath(new URL("../../", import.meta.url));
const dist = `${root}site/dist`;
const artifacts = `${root}test-artifacts`;
const readJson = (path: string): unknown => JSON.parse(readFileSync(`${root}${path}`, "utf8"));

// The page starts with the newest built-in rule set and the Northfield example.
const ruleSet: RuleSet = builtInRuleSets().at(-1)!;
const example = readJson("examples/northfield-acute.json") as EvidenceDocument;
const expected: Judgement = evaluate(ruleSet, example, { explain: "full" });

const title = skipBrowser
  ? `playground in Chromium (skipped: ${CHROMIUM} not found; in CI, where CI is set, these tests run and need it)`
  : "playground in Chromium under a strict Content-Security-Policy";

describe.skipIf(skipBrowser)(title, () => {
  let server: Awaited<ReturnType<typeof serveStatic>>;
  let browser: Awaited<ReturnType<typeof launchChromium>>;
  let context: BrowserContext;
  let page: Page;
  let problems: PageProblems;

  beforeAll(async () => {
    if (!existsSync(`${dist}/index.html`))
      throw new Error("site/dist is missing: run `node site/build.mjs` first");
    server = await serveStatic(dist);
    browser = await launchChromium();
    context = browser.context;
    await recordViolations(context);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  beforeEach(async () => {
    page = await context.newPage();
    problems = watchPage(page);
    const response = await page.goto(server.url);
    expect(response?.headers()["content-security-policy"]).toContain("script-src 'self'");
    await page.waitForSelector("#judgement .chart");
  });

  afterEach(async () => {
    const violations = await violationsOf(page);
    await page.close();
    expect({ console: problems.console, errors: problems.errors, violations }).toEqual({
      console: [],
      errors: [],
      violations: [],
    });
  });

  const rating = (p: Page = page) =>
    p.evaluate(() => {
      const name = document.getElementById("rating-name");
      return {
        rating: name?.dataset.rating,
        percent: document.getElementById("rating-percent")?.textContent,
      };
    });
  const waitForRating = (want: string, percent: number | null, p: Page = page) =>
    p.waitForFunction(
      ([r, pc]) =>
        document.getElementById("rating-name")?.dataset.rating === r &&
        document.getElementById("rating-percent")?.textContent === pc,
      [want, percent === null ? "" : `${percent}%`] as const,
      { timeout: 20_000 },
    );
  const outcomes = () =>
    page.$$eval("details.benchmark", (all) =>
      Object.fromEntries(
        all.map((d) => [d.getAttribute("data-benchmark"), d.getAttribute("data-outcome")]),
      ),
    );

  it("renders the judgement the library computes for the default rule set and example", async () => {
    expect(await rating()).toEqual({ rating: expected.rating, percent: `${expected.percent}%` });
    expect(await outcomes()).toEqual(
      Object.fromEntries(expected.benchmarks.map((b) => [b.id, b.outcome])),
    );
    const rule = await page.textContent("#rule-set-info .stamp");
    expect(rule).toContain(expected.ruleSet.hash);
    await expect(page.locator(".chart-row").count()).resolves.toBe(ruleSet.domains.length);
    expect(await page.getAttribute("#rating", "aria-live")).toBe("polite");
  });

  it("shows a benchmark's trace when it is opened", async () => {
    const benchmark = expected.benchmarks.find((b) => b.trace?.levels.good !== undefined)!;
    const details = page.locator(`details[data-benchmark="${benchmark.id}"]`);
    await details.locator("summary").click();
    const trace = details.locator(".trace");
    await trace.waitFor();
    const met = benchmark.trace?.levels.good?.result ? "met" : "not met";
    expect(await trace.textContent()).toContain(`Level “good”: ${met}`);
    expect(await details.locator(".bm-summary").textContent()).toBe(benchmark.summary);
  });

  it("changes a benchmark outcome and the rating as the library does when evidence changes", async () => {
    const change: RatingChange = findRatingChange(ruleSet, example);
    const input = page.locator(`#${change.fieldId}`);
    if (change.kind === "select") await input.selectOption(change.text);
    else await input.fill(change.text);
    await waitForRating(change.judgement.rating, change.judgement.percent);
    const outcome = change.judgement.benchmarks.find((b) => b.id === change.benchmark)!.outcome;
    await page.waitForSelector(
      `details[data-benchmark="${change.benchmark}"][data-outcome="${outcome}"]`,
    );
    expect(await outcomes()).toEqual(
      Object.fromEntries(change.judgement.benchmarks.map((b) => [b.id, b.outcome])),
    );
  });

  it("lists every problem of a broken rule set with its path, and keeps the rule set in use", async () => {
    const broken = structuredClone(readJson("rules/well-led/1.0.0.json")) as {
      benchmarks: { levels: { good: unknown } }[];
    };
    broken.benchmarks[0]!.levels.good = { ">=": [{ var: "board.notDeclared" }, 1] };
    const result = safeParseRuleSet(broken);
    if (result.success) throw new Error("the broken rule set parsed");
    await page.setInputFiles("#rule-set-file", {
      name: "broken.json",
      mimeType: "application/json",
      buffer: Buffer.from(JSON.stringify(broken)),
    });
    await page.waitForSelector("#rule-set-errors .issue-path");
    const paths = await page.$$eval("#rule-set-errors .issue-path", (all) =>
      all.map((e) => e.textContent),
    );
    expect(paths).toEqual(result.error.issues.map((i) => i.path));
    expect(await page.textContent("#rule-set-errors")).toContain("board.notDeclared");
    expect(await rating()).toEqual({ rating: expected.rating, percent: `${expected.percent}%` });
  });

  it("renders an improvement plan and applies it to the evidence", async () => {
    const target = await page.inputValue("#target-rating");
    const plan = suggestImprovements(ruleSet, example, { target: target as "outstanding" });
    expect(plan.reachable).toBe(true);
    expect(plan.steps.length).toBeGreaterThan(0);
    await page.waitForSelector("#plan .steps > li", { timeout: 30_000 });
    const headings = await page.$$eval("#plan .steps > li h3", (all) =>
      all.map((e) => e.textContent ?? ""),
    );
    expect(headings.map((t) => t.split(" ")[0])).toEqual(
      plan.steps.map((s) => (s.kind === "benchmark" ? s.benchmark : "Clear")),
    );
    await page.click("#plan .actions button");
    await waitForRating(plan.projected.rating, plan.projected.percent);
    expect(await page.textContent("#plan-message")).toContain("Applied");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("plan-message");
  });

  it("saves the evidence as a JSON download that round-trips", async () => {
    const download = page.waitForEvent("download");
    await page.click("#save-evidence");
    const file = await (await download).path();
    const saved = JSON.parse(readFileSync(file, "utf8")) as EvidenceDocument;
    expect(saved).toEqual(example);
  });

  it("explains evidence the rule set rejects, linking each problem to its field", async () => {
    await page.fill("#f-managers-withRoleTargetsPct", "150");
    await page.waitForSelector("#judgement .problems a[data-field]");
    expect(await page.textContent("#judgement .problems")).toContain(
      "evidence.managers.withRoleTargetsPct",
    );
    expect(await page.getAttribute("#f-managers-withRoleTargetsPct", "aria-invalid")).toBe("true");
    await page.click("#judgement .problems a[data-field]");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe(
      "f-managers-withRoleTargetsPct",
    );
    const original = (example.evidence.managers as Record<string, number>).withRoleTargetsPct;
    await page.fill("#f-managers-withRoleTargetsPct", String(original));
    await waitForRating(expected.rating, expected.percent);
  });

  it("loads an evidence file and judges it, showing its text as text", async () => {
    const harrowdale = readJson("examples/harrowdale-community.json") as EvidenceDocument;
    const name = `<img src="x" id="injected"> ${harrowdale.organisation.name}`;
    const other = { ...harrowdale, organisation: { ...harrowdale.organisation, name } };
    const judgement = evaluate(ruleSet, other);
    await page.setInputFiles("#evidence-file", {
      name: "harrowdale.json",
      mimeType: "application/json",
      buffer: Buffer.from(JSON.stringify(other)),
    });
    await waitForRating(judgement.rating, judgement.percent);
    expect(await page.inputValue("#org-name")).toBe(name);
    expect(await page.textContent("#judgement .org")).toContain(name);
    expect(await page.$("#injected")).toBeNull();
  });

  it("re-judges the same evidence when another rule-set version is chosen, keeping other fields", async () => {
    const older = builtInRuleSets()[0]!;
    const judgement = evaluate(older, example);
    const option = await page.$$eval("#rule-set option", (all) =>
      all.map((o) => (o as HTMLOptionElement).value),
    );
    await page.selectOption("#rule-set", option[0]!);
    await waitForRating(judgement.rating, judgement.percent);
    expect(await outcomes()).toEqual(
      Object.fromEntries(judgement.benchmarks.map((b) => [b.id, b.outcome])),
    );
    await page.selectOption("#rule-set", option.at(-1)!);
    await waitForRating(expected.rating, expected.percent);
  });

  it("shows the difference between the built-in versions", async () => {
    const [older, newer] = builtInRuleSets();
    const headline = formatDiff(diffRuleSets(older!, newer!), "text").split("\n")[0];
    expect(await page.textContent("#diff .diff-headline")).toBe(headline);
  });

  it("shows a visible focus ring on controls reached with the keyboard", async () => {
    let id = "";
    for (let i = 0; i < 20 && id !== "rule-set"; i++) {
      await page.keyboard.press("Tab");
      id = await page.evaluate(() => document.activeElement?.id ?? "");
    }
    expect(id).toBe("rule-set");
    const focus = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      const style = getComputedStyle(el);
      return {
        visible: el.matches(":focus-visible"),
        outline: `${style.outlineStyle} ${style.outlineWidth}`,
        shadow: style.boxShadow,
      };
    });
    expect(focus.visible).toBe(true);
    expect(focus.outline).toBe("solid 3px");
    expect(focus.shadow).not.toBe("none");
  });

  it("labels every control, orders its headings and keeps text contrast at 4.5:1 or more", async () => {
    const report = await page.evaluate(() => {
      const unlabelled = Array.from(document.querySelectorAll("input, select, textarea, button"))
        .filter((el) => {
          const control = el as HTMLInputElement;
          const named =
            (control.labels?.length ?? 0) > 0 ||
            el.hasAttribute("aria-label") ||
            el.hasAttribute("aria-labelledby");
          return !(named || (el.tagName === "BUTTON" && el.textContent?.trim()));
        })
        .map((el) => el.id || el.outerHTML.slice(0, 60));
      const levels = Array.from(document.querySelectorAll("h1, h2, h3, h4, h5, h6")).map((e) =>
        Number(e.tagName[1]),
      );
      const skipped = levels.filter((level, i) => i > 0 && level > levels[i - 1]! + 1);
      const rgb = (c: string) => (c.match(/[\d.]+/g) ?? []).map(Number);
      const luminance = ([r, g, b]: number[]) => {
        const f = (v: number) =>
          v / 255 <= 0.03928 ? v / 255 / 12.92 : ((v / 255 + 0.055) / 1.055) ** 2.4;
        return 0.2126 * f(r!) + 0.7152 * f(g!) + 0.0722 * f(b!);
      };
      const background = (el: Element | null): number[] => {
        for (; el; el = el.parentElement) {
          const c = rgb(getComputedStyle(el).backgroundColor);
          if (c.length === 3 || (c.length === 4 && c[3] === 1)) return c.slice(0, 3);
        }
        return [255, 255, 255];
      };
      const lowContrast: string[] = [];
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const el = node.parentElement;
        if (!el || !node.textContent?.trim() || el.closest("details:not([open]) > :not(summary)"))
          continue;
        const style = getComputedStyle(el);
        if (
          style.visibility === "hidden" ||
          style.display === "none" ||
          el.getClientRects().length === 0
        )
          continue;
        const [a, b] = [luminance(rgb(style.color)), luminance(background(el))];
        const ratio = (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
        if (ratio < 4.5)
          lowContrast.push(`${ratio.toFixed(2)}: ${node.textContent.trim().slice(0, 40)}`);
      }
      return {
        unlabelled,
        h1: levels.filter((l) => l === 1).length,
        first: levels[0],
        skipped,
        lowContrast,
        lang: document.documentElement.lang,
      };
    });
    expect(report).toEqual({
      unlabelled: [],
      h1: 1,
      first: 1,
      skipped: [],
      lowContrast: [],
      lang: "en-GB",
    });
  });

  it("writes screenshots for people to look at", async () => {
    mkdirSync(artifacts, { recursive: true });
    await page.screenshot({ path: `${artifacts}/playground.png` });
    await page.setViewportSize({ width: 390, height: 844 });
    await page.screenshot({ path: `${artifacts}/playground-mobile.png` });
    expect(existsSync(`${artifacts}/playground.png`)).toBe(true);
  });
});
