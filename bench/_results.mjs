// Turns the samples into the result tables and the PASS/FAIL verdicts on the targets.
import { median, quantile, roundRatio } from "./_measure.mjs";
import { figure, machineText, table } from "./_report.mjs";

const SUBSETS = [
  [
    "all",
    "jl-all",
    [
      ["json-logic-js `apply`, bare interpreter", "jl-all"],
      ["**well-led** `evaluate`, judgement with summaries", "wl-summary"],
      ['**well-led** `evaluate`, `explain: "full"` (traces)', "wl-full"],
    ],
  ],
  [
    "convertible",
    "jl-convertible",
    [
      ["json-logic-js `apply`", "jl-convertible"],
      ["json-rules-engine `run`", "engine"],
      ["**well-led** `evaluate`, judgement with summaries", "wl-convertible"],
    ],
  ],
  [
    "hand",
    "jl-hand",
    [
      ["json-logic-js `apply`", "jl-hand"],
      ["hand-written JavaScript (the floor)", "hand"],
      ["**well-led** `evaluate`, judgement with summaries", "wl-hand"],
    ],
  ],
];

/**
 * The Markdown of the results and the targets (`[target, measured, "PASS" | "FAIL" | "SKIP"]`).
 * Ratios are medians over rounds of the per-round ratio; verdicts use wall-clock time.
 */
export function summarise({
  machine,
  loadAfter,
  settings,
  agreement,
  samples,
  counts,
  ruleSetKb,
  coldMs,
  cli,
}) {
  const wall = (id) => samples.get(id).wall;
  const cpu = (id) => samples.get(id).cpu;
  const ratio = (id, reference, clock) => roundRatio(samples, id, reference, clock);
  const iqr = (values, scale = 1) =>
    `${figure(quantile(values, 0.25) / scale)}–${figure(quantile(values, 0.75) / scale)}`;

  const judgementRows = SUBSETS.flatMap(([subset, reference, rows]) =>
    rows.map(([label, id]) => [
      label,
      String(counts[subset]),
      figure(median(wall(id))),
      iqr(wall(id)),
      figure(median(cpu(id))),
      id === reference ? "1 (reference)" : `${figure(ratio(id, reference, "wall"))}×`,
      id === reference ? "1 (reference)" : `${figure(ratio(id, reference, "cpu"))}×`,
    ]),
  );
  const judgementTable = table(
    [
      "Case",
      "Benchmarks",
      "µs per organisation, wall (median)",
      "wall interquartile range",
      "µs per organisation, CPU (median)",
      "× json-logic-js, wall",
      "× json-logic-js, CPU",
    ],
    judgementRows,
  );

  const compileMs = median(wall("compile")) / 1000;
  const compileCpuMs = median(cpu("compile")) / 1000;
  const compileTable = table(
    [
      "Rule-set load + compile: `createEvaluator(parseRuleSet(text))`",
      "wall (median)",
      "wall interquartile range",
      "CPU (median)",
      "first call in the process (cold)",
    ],
    [
      [
        `well-led@2.0.0 (${counts.all} benchmarks, ${ruleSetKb.toFixed(0)} KB of JSON)`,
        `${figure(compileMs)} ms`,
        `${iqr(wall("compile"), 1000)} ms`,
        `${figure(compileCpuMs)} ms`,
        `${figure(coldMs)} ms`,
      ],
      [
        "the same, then the first judgement (work deferred to first use shows here)",
        `${figure(median(wall("first")) / 1000)} ms`,
        `${iqr(wall("first"), 1000)} ms`,
        `${figure(median(cpu("first")) / 1000)} ms`,
        "",
      ],
    ],
  );

  const rows = settings.cliRows.toLocaleString("en-GB");
  const cliTable =
    cli === undefined
      ? "CLI not measured (--no-cli)."
      : table(
          [
            "CLI",
            "wall time",
            "peak memory (max RSS)",
            "CPU time (user + system)",
            "organisations per second (wall)",
            "measured with",
          ],
          [
            [
              `\`well-led evaluate\` on a ${rows}-row CSV, \`--format ${settings.cliFormat}\``,
              `${figure(cli.wallMs / 1000)} s`,
              `${figure(cli.peakMb)} MB`,
              cli.cpuMs === undefined ? "n/a" : `${figure(cli.cpuMs / 1000)} s`,
              figure(settings.cliRows / (cli.wallMs / 1000)),
              cli.method,
            ],
          ],
        );

  const verdict = (ok) => (ok ? "PASS" : "FAIL");
  const both = (id) =>
    `${figure(ratio(id, "jl-all", "wall"))}× (CPU ${figure(ratio(id, "jl-all", "cpu"))}×)`;
  const cliTarget = "50,000-row CSV batch < 10 s wall, peak memory < 300 MB";
  const cliMeasured =
    cli === undefined
      ? "not measured"
      : `${figure(cli.wallMs / 1000)} s, ${figure(cli.peakMb)} MB (${rows} rows)`;
  // The target is for a national batch; a shorter run is reported but not judged.
  const cliVerdict =
    cli === undefined || settings.cliRows !== 50_000
      ? "SKIP"
      : verdict(cli.wallMs < 10_000 && cli.peakMb < 300);
  const targets = [
    [
      "Judgement with summaries ≤ 1.0× bare json-logic-js (aim 0.5×)",
      both("wl-summary"),
      verdict(ratio("wl-summary", "jl-all", "wall") <= 1),
    ],
    [
      "Judgement with traces ≤ 3× bare json-logic-js",
      both("wl-full"),
      verdict(ratio("wl-full", "jl-all", "wall") <= 3),
    ],
    [
      "Parse + compile of well-led@2.0.0 < 20 ms",
      `${figure(compileMs)} ms (CPU ${figure(compileCpuMs)} ms)`,
      verdict(compileMs < 20),
    ],
    [cliTarget, cliMeasured, cliVerdict],
  ];

  const busy = Number(machine.load.split(" / ")[0]) > machine.cores;
  const markdown = [
    machineText(machine, loadAfter),
    busy
      ? "**The machine was busy** (load above its core count): wall-clock times are inflated; CPU times and the ratios are the steadier guide."
      : "",
    `Each round judges ${settings.orgs.toLocaleString("en-GB")} generated organisations it has not seen before (seed "${settings.seed}"); ${settings.rounds} interleaved rounds after ${settings.warmup} warm-up. ${agreement.text}`,
    judgementTable,
    compileTable,
    cliTable,
    table(["Target", "Measured", "Result"], targets),
  ]
    .filter((part) => part !== "")
    .join("\n\n");
  return { markdown, targets };
}
