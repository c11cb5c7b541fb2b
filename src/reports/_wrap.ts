// biome-ignore lint/suspicious/noControlCharactersInRegex: matches ANSI SGR escape sequences
const ANSI = /\u001b\[[0-9;]*m/g;

/** Visible width of a string: ANSI colour codes take no room; each code point takes one column. */
export function visibleWidth(text: string): number {
  return [...text.replace(ANSI, "")].length;
}

/**
 * Wraps text at spaces so no line is wider than `width` (a single word longer than that stays
 * whole), starting with `first` and indenting every later line with `rest`; lines never end in
 * spaces. Line breaks in the text are kept.
 */
export function wrap(text: string, width: number, first = "", rest = first): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split(/\r\n|\r|\n/)) {
    const start = lines.length === 0 ? first : rest;
    let line = start;
    let started = false;
    for (const word of paragraph.split(/[ \t]+/).filter((w) => w !== "")) {
      if (!started) line += word;
      else if (visibleWidth(`${line} ${word}`) <= width) line += ` ${word}`;
      else {
        lines.push(line);
        line = rest + word;
      }
      started = true;
    }
    lines.push(line.trimEnd());
  }
  return lines;
}
