import { once } from "node:events";
import { createWriteStream, unlinkSync } from "node:fs";
import { rename, stat, unlink } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { UsageError } from "./_usage-error.js";

/** Where a command's results go: standard output, or a file that appears only when complete. */
export interface Output {
  /** True when writing to a terminal (so colour and terminal width may be used). */
  readonly isTTY: boolean;
  /** The terminal's width, when writing to one. */
  readonly columns: number | undefined;
  /** Writes text, waiting while the destination is full so a long batch uses bounded memory. */
  write(text: string): Promise<void>;
  /** Finishes the output: a file is moved into place only now. */
  commit(): Promise<void>;
  /** Gives up: a file being written is removed and any existing file is left as it was. */
  abort(): Promise<void>;
}

/** Writes to a stream, waiting for `drain` when its buffer is full (rejects if the stream fails). */
export async function writeTo(stream: NodeJS.WritableStream, text: string): Promise<void> {
  if (!stream.write(text)) await once(stream, "drain");
}

function stdoutOutput(): Output {
  return {
    isTTY: process.stdout.isTTY === true,
    columns: process.stdout.isTTY ? process.stdout.columns : undefined,
    write: (text) => writeTo(process.stdout, text),
    commit: async () => {},
    abort: async () => {},
  };
}

/**
 * Opens `--out PATH` for writing: a temporary file beside it, renamed over PATH when complete, so
 * an error or an interrupt never leaves a half-written file or clobbers an existing one.
 */
async function fileOutput(path: string, command: string): Promise<Output> {
  const dir = dirname(path);
  const isDir = await stat(dir).then(
    (s) => s.isDirectory(),
    () => false,
  );
  if (!isDir) throw new UsageError(`--out: the directory ${dir} does not exist`, command);
  if (
    await stat(path).then(
      (s) => s.isDirectory(),
      () => false,
    )
  )
    throw new UsageError(`--out: ${path} is a directory`, command);
  const temp = join(dir, `.${basename(path)}.${process.pid}.${Date.now().toString(36)}.tmp`);
  const stream = createWriteStream(temp, { flags: "wx" });
  await once(stream, "open");
  let done = false;
  const cleanUp = () => {
    if (done) return;
    done = true;
    stream.destroy();
    try {
      unlinkSync(temp);
    } catch {}
  };
  const onSignal = (signal: NodeJS.Signals) => {
    cleanUp();
    process.exit(signal === "SIGINT" ? 130 : 143);
  };
  process.on("exit", cleanUp);
  process.once("SIGINT", onSignal);
  process.once("SIGTERM", onSignal);
  const release = () => {
    process.off("exit", cleanUp);
    process.off("SIGINT", onSignal);
    process.off("SIGTERM", onSignal);
  };
  return {
    isTTY: false,
    columns: undefined,
    write: (text) => writeTo(stream, text),
    async commit() {
      stream.end();
      await once(stream, "close");
      await rename(temp, path);
      done = true;
      release();
    },
    async abort() {
      if (!done) {
        done = true;
        stream.destroy();
        await unlink(temp).catch(() => {});
      }
      release();
    },
  };
}

/** Opens the output of a command: `--out PATH` when given, else standard output. */
export function openOutput(path: string | undefined, command: string): Promise<Output> {
  return path === undefined ? Promise.resolve(stdoutOutput()) : fileOutput(path, command);
}
