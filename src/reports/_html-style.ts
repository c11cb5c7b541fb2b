/** Colours of the HTML report; every text colour is used only on the backgrounds listed in {@link TEXT_PAIRS}. */
export const COLOURS = {
  text: "#212b32",
  secondary: "#4c6272",
  white: "#ffffff",
  page: "#f0f4f5",
  blue: "#005eb8",
  visited: "#330072",
  border: "#d8dde0",
  rowGroup: "#e8edee",
  focus: "#ffeb3b",
  green: "#007f3b",
  greenTint: "#e5f3eb",
  amber: "#ffb81c",
  amberTint: "#fff4d1",
  red: "#d5281b",
  redTint: "#fbe5e3",
  grey: "#768692",
  greyTint: "#eceff1",
} as const;

const C = COLOURS;

/** Every foreground/background pair the stylesheet sets text in, for the contrast test. */
export const TEXT_PAIRS: readonly (readonly [string, string])[] = [
  [C.text, C.white],
  [C.text, C.page],
  [C.secondary, C.white],
  [C.white, C.blue],
  [C.blue, C.white],
  [C.visited, C.white],
  [C.text, C.focus],
  [C.text, C.rowGroup],
  [C.text, C.greenTint],
  [C.text, C.amberTint],
  [C.text, C.redTint],
  [C.text, C.greyTint],
];

/** The report's only stylesheet, inlined into the page: a system font stack and NHS blue accents. */
export const STYLE = `
*{box-sizing:border-box}
html{color-scheme:light}
body{margin:0;font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;font-size:1rem;line-height:1.5;color:${C.text};background:${C.page}}
.banner{background:${C.blue};color:${C.white};padding:.75rem 0}
.banner p{margin:0;font-weight:700;font-size:1.125rem}
.wrap{max-width:1100px;margin:0 auto;padding:0 1rem}
main{display:block;padding-top:1.5rem;padding-bottom:3rem}
h1{font-size:2.25rem;line-height:1.2;margin:.5rem 0 1.5rem}
h2{font-size:1.625rem;line-height:1.25;margin:2.5rem 0 1rem}
h3{font-size:1.25rem;line-height:1.3;margin:2rem 0 .75rem}
h4{font-size:1.125rem;margin:1.5rem 0 .5rem}
section.organisation{border-top:4px solid ${C.blue};margin-top:2.5rem}
.card{background:${C.white};border:1px solid ${C.border};padding:1rem 1.25rem;margin:0 0 1.5rem}
.rating{border-left:10px solid ${C.grey}}
.rating--outstanding,.rating--good{border-left-color:${C.green}}
.rating--requires-improvement{border-left-color:${C.amber}}
.rating--inadequate{border-left-color:${C.red}}
.rating p{margin:0}
.rating__label{color:${C.secondary};font-weight:600}
.rating__value{font-size:2.5rem;font-weight:700;line-height:1.15}
.rating__percent{font-size:1.25rem;font-weight:600}
.rating__note{margin-top:.5rem!important}
.facts{display:grid;grid-template-columns:max-content 1fr;gap:.25rem 1.5rem;margin:0}
.facts dt{font-weight:600}
.facts dd{margin:0;overflow-wrap:anywhere}
.chart{display:block;width:100%;max-width:820px;height:auto}
table{border-collapse:collapse;width:100%;background:${C.white};margin:0 0 1.5rem;border:1px solid ${C.border}}
caption{text-align:left;font-weight:700;font-size:1.125rem;padding:0 0 .5rem}
th,td{text-align:left;vertical-align:top;padding:.5rem .75rem;border-bottom:1px solid ${C.border}}
thead th{border-bottom:2px solid ${C.text}}
th[scope=rowgroup]{background:${C.rowGroup};font-size:1.0625rem}
td.number,th.number{text-align:right;white-space:nowrap}
.outcome{display:inline-block;padding:0 .5rem;border-left:5px solid ${C.grey};background:${C.greyTint};white-space:nowrap;font-weight:600}
.outcome--exceptional,.outcome--good{border-left-color:${C.green};background:${C.greenTint}}
.outcome--some-shortfalls{border-left-color:${C.amber};background:${C.amberTint}}
.outcome--significant-shortfalls{border-left-color:${C.red};background:${C.redTint}}
.note{display:block;color:${C.secondary};font-size:.9375rem}
a{color:${C.blue}}
a:visited{color:${C.visited}}
a:focus{outline:3px solid ${C.focus};background:${C.focus};color:${C.text}}
code{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:.9375em;overflow-wrap:anywhere}
code.id{white-space:nowrap}
td.summary{white-space:pre-line}
ul.plain{padding-left:1.25rem}
ul.plain li{margin-bottom:.5rem}
.back{font-size:.9375rem}
@media print{body{background:${C.white}}.banner{background:none;color:${C.text};border-bottom:2px solid ${C.text}}a{color:${C.text}}}
`.trim();
