import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type BrowserContext, chromium, type Page } from "playwright-core";

/** Debian's Chromium; the tests never download a browser. */
export const CHROMIUM = "/usr/bin/chromium";

/** True when the browser tests must be skipped: no Chromium here, and not in CI (where it is required). */
export const skipBrowser = !existsSync(CHROMIUM) && !process.env.CI;

const ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/** Launches Chromium with a fresh profile directory (removed by `close`). */
export async function launchChromium(viewport = { width: 1280, height: 900 }) {
  const profile = mkdtempSync(join(tmpdir(), "well-led-chromium-"));
  // Playwright takes the profile directory here rather than as `--user-data-dir`.
  const context: BrowserContext = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    args: ARGS,
    viewport,
    locale: "en-GB",
    acceptDownloads: true,
  });
  return {
    context,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** What a page reported that a clean page must not: console errors, uncaught errors, CSP violations. */
export interface PageProblems {
  readonly console: string[];
  readonly errors: string[];
  readonly violations: string[];
}

declare global {
  interface Window {
    __cspViolations?: string[];
  }
}

/** Records CSP violations from the first script on (an init script, injected by the DevTools protocol). */
export async function recordViolations(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener("securitypolicyviolation", (event) => {
      window.__cspViolations?.push(
        `${event.effectiveDirective} blocked ${event.blockedURI || "(inline)"} at ${event.sourceFile}:${event.lineNumber}`,
      );
    });
  });
}

/** Collects a page's console errors (Chromium logs CSP refusals there too) and uncaught errors. */
export function watchPage(page: Page): PageProblems {
  const problems: PageProblems = { console: [], errors: [], violations: [] };
  page.on("console", (message) => {
    if (message.type() === "error") problems.console.push(message.text());
  });
  page.on("pageerror", (error) => problems.errors.push(error.message));
  return problems;
}

/** Reads the violations the init script recorded on the page. */
export async function violationsOf(page: Page): Promise<string[]> {
  return page.evaluate(() => window.__cspViolations ?? ["(the recorder did not run)"]);
}
