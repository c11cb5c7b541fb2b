// The CLI on a batch file, in its own process: wall time and peak memory (resident set), from
// /usr/bin/time -v when it exists, else by polling /proc/<pid>/status for VmHWM.
import { spawn } from "node:child_process";
import { existsSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ROOT } from "./_data.mjs";

const TIME = "/usr/bin/time";

/** Peak resident set of a running process in kB, from /proc; undefined once it has gone. */
function highWaterMark(pid) {
  try {
    const match = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    return match === null ? undefined : Number(match[1]);
  } catch {
    return undefined;
  }
}

/**
 * Runs `well-led evaluate FILE --format FORMAT --as-of 2025-03-31 --out TMP` and returns
 * `{ wallMs, peakMb, cpuMs, method }` (`cpuMs` user + system, only with /usr/bin/time).
 * @throws when the CLI exits with a code other than 0
 */
export async function measureCli(file, format) {
  const out = join(tmpdir(), `well-led-bench-${process.pid}.${format}`);
  const cli = [
    join(ROOT, "dist/cli/index.js"),
    "evaluate",
    file,
    "--format",
    format,
    "--as-of",
    "2025-03-31",
    "--out",
    out,
  ];
  const timed = existsSync(TIME);
  const [command, args] = timed
    ? [TIME, ["-v", process.execPath, ...cli]]
    : [process.execPath, cli];
  const began = performance.now();
  const child = spawn(command, args, { stdio: ["ignore", "ignore", "pipe"] });
  let stderr = "";
  child.stderr.on("data", (chunk) => {
    stderr += chunk;
  });
  let polledKb = 0;
  const poll = timed
    ? undefined
    : setInterval(() => {
        polledKb = Math.max(polledKb, highWaterMark(child.pid) ?? 0);
      }, 10);
  const code = await new Promise((done) => child.on("close", done));
  const wallMs = performance.now() - began;
  clearInterval(poll);
  rmSync(out, { force: true });
  if (code !== 0) throw new Error(`bench: the CLI exited with ${code}:\n${stderr.slice(-2000)}`);
  if (!timed)
    return {
      wallMs,
      peakMb: polledKb / 1024,
      cpuMs: undefined,
      method: "VmHWM polled every 10 ms",
    };
  const field = (name) => Number(new RegExp(`${name}: ([\\d.]+)`).exec(stderr)?.[1]);
  return {
    wallMs,
    peakMb: field("Maximum resident set size \\(kbytes\\)") / 1024,
    cpuMs: (field("User time \\(seconds\\)") + field("System time \\(seconds\\)")) * 1000,
    method: "/usr/bin/time -v",
  };
}
