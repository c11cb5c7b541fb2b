export {
  type CsvColumnSource,
  CSV_FIXED_COLUMNS,
  csvColumns,
  csvField,
  csvHeader,
  formatCsv,
  formatCsvRow,
} from "./csv.js";
export { formatHtml, type HtmlOptions } from "./html.js";
export {
  outcomeLabel,
  percentLabel,
  ratingLabel,
  scoreLabel,
  shortHash,
  warningLabel,
} from "./labels.js";
export { escapeMarkdown, formatMarkdown } from "./markdown.js";
export { formatText, type TextOptions } from "./text.js";
