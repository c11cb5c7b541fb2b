// The result table, the machine it was measured on, and the block of docs/performance.md it fills.
import { readFileSync, writeFileSync } from "node:fs";
import { cpus, loadavg, platform, release, totalmem } from "node:os";

const START = "<!-- bench:results:start -->";
const END = "<!-- bench:results:end -->";

/** CPU model, cores, memory, Node version, OS, date and load average, for the record. */
export function describeMachine() {
  const cpu = cpus();
  return {
    cpu: cpu[0]?.model.trim() ?? "unknown",
    cores: cpu.length,
    memoryGb: totalmem() / 2 ** 30,
    node: process.version,
    os: `${platform()} ${release()}`,
    date: new Date().toISOString().slice(0, 16).replace("T", " "),
    load: loadavg()
      .map((l) => l.toFixed(1))
      .join(" / "),
  };
}

/** A Markdown table from a header row and rows of cells. */
export function table(header, rows) {
  const line = (cells) => `| ${cells.join(" | ")} |`;
  return [line(header), line(header.map(() => "---")), ...rows.map(line)].join("\n");
}

/** A number with `digits` significant figures (whole numbers kept whole), thousands separated. */
export function figure(value, digits = 3) {
  if (value === undefined || Number.isNaN(value)) return "n/a";
  const rounded =
    Math.abs(value) >= 10 ** digits ? Math.round(value) : Number(value.toPrecision(digits));
  return rounded.toLocaleString("en-GB", { maximumFractionDigits: 20 });
}

/** The machine, as Markdown. */
export function machineText(machine, loadAfter) {
  return [
    `Measured ${machine.date} UTC on ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGb.toFixed(1)} GB memory,`,
    `Node ${machine.node}, ${machine.os}. Load average (1/5/15 min) ${machine.load} at the start,`,
    `${loadAfter} at the end.`,
  ].join("\n");
}

/** Replaces the generated block of docs/performance.md; false when the markers are missing. */
export function writeResults(file, markdown) {
  const text = readFileSync(file, "utf8");
  const start = text.indexOf(START);
  const end = text.indexOf(END);
  if (start < 0 || end < start) return false;
  const note =
    "<!-- Written by `npm run bench` (bench/run.mjs); edits between the markers are replaced. -->";
  writeFileSync(
    file,
    `${text.slice(0, start + START.length)}\n${note}\n\n${markdown}\n\n${text.slice(end)}`,
  );
  return true;
}
