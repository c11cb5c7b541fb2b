import type { Judgement } from "../evaluate/index.js";
import type { RuleSet } from "../format/index.js";
import { compileCsvRow } from "../reports/csv.js";
import { csvHeader, formatHtml, formatMarkdown, formatText } from "../reports/index.js";
import type { Output } from "./_output.js";

/** The output formats of `evaluate`. */
export const JUDGEMENT_FORMATS = ["text", "json", "jsonl", "markdown", "html", "csv"] as const;
/** One output format of `evaluate`. */
export type JudgementFormat = (typeof JUDGEMENT_FORMATS)[number];

/** Writes judgements as they are produced; `end` finishes the document. */
export interface JudgementWriter {
  write(judgement: Judgement): Promise<void>;
  end(): Promise<void>;
}

/** What a writer needs besides the output. */
export interface WriterOptions {
  readonly ruleSet: RuleSet;
  /** JSON only: the input was one evidence document, so print one object rather than an array. */
  readonly single: boolean;
  readonly color: boolean;
  readonly width: number | undefined;
}

/** Writes each judgement as it comes, with `separator` between them and `closing` after the last. */
function streaming(
  output: Output,
  render: (j: Judgement) => string,
  separator: string,
  opening = "",
  closing = "",
): JudgementWriter {
  let count = 0;
  return {
    async write(judgement) {
      await output.write((count++ === 0 ? opening : separator) + render(judgement));
    },
    async end() {
      if (count === 0) await output.write(opening);
      await output.write(closing);
    },
  };
}

const indent = (text: string) => text.replaceAll("\n", "\n  ");

/**
 * Creates the writer for a format. Every format but HTML streams: each judgement is written as
 * soon as it is made (a JSON array is written incrementally); HTML needs them all for its index.
 */
export function createJudgementWriter(
  format: JudgementFormat,
  output: Output,
  options: WriterOptions,
): JudgementWriter {
  switch (format) {
    case "json":
      return options.single
        ? streaming(output, (j) => `${JSON.stringify(j, null, 2)}\n`, "")
        : streaming(output, (j) => `\n  ${indent(JSON.stringify(j, null, 2))}`, ",", "[", "\n]\n");
    case "jsonl":
      return streaming(output, (j) => `${JSON.stringify(j)}\n`, "");
    case "csv":
      return streaming(output, compileCsvRow(options.ruleSet), "", csvHeader(options.ruleSet));
    case "markdown":
      return streaming(output, (j) => `${formatMarkdown(j).trimEnd()}\n`, "\n---\n\n");
    case "text": {
      const textOptions = { color: options.color, width: options.width };
      return streaming(output, (j) => `${formatText(j, textOptions).trimEnd()}\n`, "\n");
    }
    case "html": {
      const judgements: Judgement[] = [];
      return {
        write: async (judgement) => void judgements.push(judgement),
        end: () => output.write(formatHtml(judgements)),
      };
    }
  }
}
