// fontverter ships no types; this covers the part test/site-font.test.ts uses.
declare module "fontverter" {
  export function convert(font: Buffer, toFormat: "sfnt" | "woff" | "woff2"): Promise<Buffer>;
}
