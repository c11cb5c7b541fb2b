// Builds the playground into site/dist: index.html, app.js (the page), improve-worker.js (plans
// off the main thread) and styles.css. Local files only, no inline script or style, so the page
// runs under `default-src 'self'; script-src 'self'; style-src 'self'`.
// Usage: node site/build.mjs [--watch]
import { copyFile, mkdir, readdir, readFile, rm } from "node:fs/promises";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import * as esbuild from "esbuild";

const site = dirname(fileURLToPath(import.meta.url));
const root = dirname(site);
const src = join(site, "src");
const dist = join(site, "dist");
const examplesDir = join(root, "examples");

/** `virtual:well-led-examples`: every examples/*.json, imported as JSON and listed by file name. */
const examplesPlugin = {
  name: "well-led-examples",
  setup(build) {
    build.onResolve({ filter: /^virtual:well-led-examples$/ }, () => ({
      path: "examples",
      namespace: "well-led-examples",
    }));
    build.onLoad({ filter: /.*/, namespace: "well-led-examples" }, async () => {
      const files = (await readdir(examplesDir)).filter((f) => f.endsWith(".json")).sort();
      const imports = files.map(
        (f, i) => `import e${i} from ${JSON.stringify(join(examplesDir, f))};`,
      );
      const list = files.map((f, i) => `{ file: ${JSON.stringify(f)}, document: e${i} }`);
      return {
        contents: `${imports.join("\n")}\nexport default [${list.join(", ")}];\n`,
        loader: "js",
        resolveDir: examplesDir,
        watchFiles: files.map((f) => join(examplesDir, f)),
      };
    });
  },
};

/** Fails the build if the page could not run under the strict CSP. */
async function checkHtml(file) {
  const html = await readFile(file, "utf8");
  const problems = [];
  if (/<script(?![^>]*\bsrc=)[^>]*>/i.test(html)) problems.push("an inline <script>");
  if (/<style[\s>]/i.test(html)) problems.push("a <style> element");
  if (/\sstyle\s*=/i.test(html)) problems.push("a style= attribute");
  if (/\son[a-z]+\s*=/i.test(html)) problems.push("an inline event handler");
  if (/(?:src|href)\s*=\s*["']?(?:https?:)?\/\//i.test(html)) problems.push("a non-local asset");
  if (problems.length > 0)
    throw new Error(
      `${relative(root, file)} has ${problems.join(", ")}: not allowed under the page's CSP`,
    );
}

const watch = process.argv.includes("--watch");
await rm(dist, { recursive: true, force: true });
await mkdir(dist, { recursive: true });

const options = {
  entryPoints: {
    app: join(src, "main.ts"),
    "improve-worker": join(src, "improve-worker.ts"),
    styles: join(src, "styles.css"),
  },
  outdir: dist,
  bundle: true,
  format: "esm",
  platform: "browser",
  target: ["es2022"],
  minify: true,
  sourcemap: "linked",
  legalComments: "linked",
  metafile: true,
  logLevel: watch ? "info" : "warning",
  plugins: [examplesPlugin],
};

await copyFile(join(src, "index.html"), join(dist, "index.html"));
await copyFile(join(src, "favicon.svg"), join(dist, "favicon.svg"));
await checkHtml(join(dist, "index.html"));

if (watch) {
  const context = await esbuild.context(options);
  await context.watch();
  console.log(
    `watching; open ${relative(process.cwd(), join(dist, "index.html"))} through a local server`,
  );
} else {
  const result = await esbuild.build(options);
  const outputs = Object.entries(result.metafile.outputs)
    .filter(([file]) => !file.endsWith(".map") && !file.endsWith(".LEGAL.txt"))
    .map(
      ([file, meta]) =>
        `  ${relative(root, file).padEnd(34)} ${(meta.bytes / 1024).toFixed(1).padStart(7)} KiB`,
    );
  console.log(`built ${relative(process.cwd(), dist) || "."}:\n${outputs.join("\n")}`);
}
