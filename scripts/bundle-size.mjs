// Measures what well-led costs a browser app: bundles tiny apps with esbuild (minified, browser,
// ESM, tree-shaken), prints minified and gzip sizes, and checks the core bundle is browser-safe.
// Fails (exit 1) when the core (parseRuleSet + evaluate) is over budget, imports a Node built-in,
// or well-led's own code in it calls eval or new Function. Dependency code that mentions them
// (zod probes for eval, and falls back when the CSP refuses it) is reported, not failed.
//
// Usage: node scripts/bundle-size.mjs [--from dist|src] [--update-docs]
//   --from dist  bundle the built package entry dist/index.js (run `npx tsup` first); the default
//                when dist/index.js exists
//   --from src   bundle src/index.ts
//   --update-docs  rewrite the table between the bundle-size markers in docs/browser.md
import { existsSync } from "node:fs";
import { readFile, writeFile } from "node:fs/promises";
import { builtinModules } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import * as esbuild from "esbuild";

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const BUDGET = 120 * 1024;
const args = process.argv.slice(2);
const fromIndex = args.indexOf("--from");
const from =
  fromIndex >= 0 ? args[fromIndex + 1] : existsSync(join(root, "dist/index.js")) ? "dist" : "src";
if (from !== "dist" && from !== "src") {
  console.error("usage: node scripts/bundle-size.mjs [--from dist|src] [--update-docs]");
  process.exit(2);
}
const entry = join(root, from === "dist" ? "dist/index.js" : "src/index.ts");
if (!existsSync(entry)) {
  console.error(`${entry} does not exist${from === "dist" ? ": run `npx tsup` first" : ""}`);
  process.exit(2);
}

const APPS = [
  { name: "core: parseRuleSet + evaluate", imports: ["parseRuleSet", "evaluate"], budget: BUDGET },
  { name: "core + builtInRuleSets", imports: ["parseRuleSet", "evaluate", "builtInRuleSets"] },
  { name: "whole public API", imports: "*" },
];

const NODE_BUILTINS = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));

/** Records (and leaves external) every Node built-in the bundle would import. */
function nodeImportsPlugin(found) {
  return {
    name: "node-imports",
    setup(build) {
      build.onResolve({ filter: /.*/ }, (resolved) => {
        if (!NODE_BUILTINS.has(resolved.path)) return undefined;
        found.push(`${resolved.path} (imported by ${resolved.importer.replace(`${root}/`, "")})`);
        return { path: resolved.path, external: true };
      });
    },
  };
}

function appSource(imports) {
  const path = JSON.stringify(entry);
  if (imports === "*") return `export * from ${path};\n`;
  return `export { ${imports.join(", ")} } from ${path};\n`;
}

async function bundle(imports, minify) {
  const nodeImports = [];
  const result = await esbuild.build({
    stdin: { contents: appSource(imports), resolveDir: root, loader: "js", sourcefile: "app.js" },
    bundle: true,
    write: false,
    format: "esm",
    platform: "browser",
    target: "es2022",
    treeShaking: true,
    minify,
    legalComments: "none",
    logLevel: "silent",
    plugins: [nodeImportsPlugin(nodeImports)],
  });
  return { code: result.outputFiles[0].text, nodeImports };
}

const DYNAMIC_CODE =
  /\beval\s*\(|\bnew\s+Function\s*\(|\bnew\s+[A-Za-z_$][\w$]*\s*\(\s*["'`]|\bFunction\s*\(\s*["'`]/g;

/** Finds eval-like calls in an unminified bundle, attributed to the module esbuild's `// path` comments name. */
function dynamicCode(code) {
  const hits = [];
  let module = "(app)";
  for (const line of code.split("\n")) {
    const marker = /^\/\/ (\S+\.[cm]?[jt]s)$/.exec(line);
    if (marker) {
      module = marker[1];
      continue;
    }
    if (/^\s*(\/\/|\*)/.test(line)) continue;
    for (const match of line.matchAll(DYNAMIC_CODE)) {
      // `new F("")` only counts when F is Function (zod keeps it in a local).
      if (/^new\s+[A-Za-z_$]/.test(match[0]) && !/new\s+F\s*\(|new\s+Function/.test(match[0]))
        continue;
      hits.push({ module, code: line.trim().slice(0, 100) });
    }
  }
  return hits;
}

const ownCode = (module) => !module.includes("node_modules/");
const kib = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;

const rows = [];
let failed = false;
const notes = [];
for (const app of APPS) {
  const { code, nodeImports } = await bundle(app.imports, true);
  const gzip = gzipSync(code, { level: 9 }).length;
  rows.push({ name: app.name, minified: code.length, gzip, budget: app.budget });
  if (app.budget && code.length > app.budget) {
    failed = true;
    notes.push(
      `FAIL ${app.name}: ${kib(code.length)} minified is over the ${kib(app.budget)} budget`,
    );
  }
  if (app.imports === "*") continue;
  if (nodeImports.length > 0) {
    failed = true;
    notes.push(`FAIL ${app.name} imports Node built-ins: ${nodeImports.join(", ")}`);
  }
  const hits = dynamicCode((await bundle(app.imports, false)).code);
  for (const hit of hits) {
    if (ownCode(hit.module)) {
      failed = true;
      notes.push(`FAIL ${app.name}: well-led's own ${hit.module} uses dynamic code: ${hit.code}`);
    } else
      notes.push(
        `note ${app.name}: dependency ${hit.module} mentions dynamic code (allowed): ${hit.code}`,
      );
  }
  if (hits.length === 0)
    notes.push(`ok   ${app.name}: no eval or new Function anywhere in the bundle`);
  if (nodeImports.length === 0)
    notes.push(`ok   ${app.name}: no node: or other Node built-in imports`);
}

const table = [
  "| bundle | minified | gzip | budget |",
  "|---|---:|---:|---:|",
  ...rows.map(
    (r) =>
      `| ${r.name} | ${kib(r.minified)} | ${kib(r.gzip)} | ${r.budget ? `${kib(r.budget)} minified` : "—"} |`,
  ),
];
console.log(
  `well-led bundle sizes (esbuild ${esbuild.version}, minified, browser, ESM; from ${from === "dist" ? "dist/index.js" : "src/index.ts"})\n`,
);
console.log(table.join("\n"));
console.log(`\n${notes.join("\n")}`);

if (args.includes("--update-docs")) {
  const docs = join(root, "docs/browser.md");
  const text = await readFile(docs, "utf8");
  const start = "<!-- bundle-size:start -->";
  const end = "<!-- bundle-size:end -->";
  const from_ = text.indexOf(start);
  const to = text.indexOf(end);
  if (from_ < 0 || to < from_) {
    console.error(`docs/browser.md has no ${start} … ${end} block`);
    process.exit(2);
  }
  const measured = `Measured with esbuild ${esbuild.version} from \`${from === "dist" ? "dist/index.js" : "src/index.ts"}\` by \`node scripts/bundle-size.mjs\`:`;
  const block = `${start}\n${measured}\n\n${table.join("\n")}\n${end}`;
  await writeFile(docs, text.slice(0, from_) + block + text.slice(to + end.length));
  console.log("\nupdated docs/browser.md");
}
process.exit(failed ? 1 : 0);
