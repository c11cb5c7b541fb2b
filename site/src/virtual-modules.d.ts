/** Every `examples/*.json` document, bundled by `site/build.mjs` (sorted by file name). */
declare module "virtual:well-led-examples" {
  const examples: readonly {
    readonly file: string;
    readonly document: import("./lib.js").EvidenceDocument;
  }[];
  export default examples;
}
