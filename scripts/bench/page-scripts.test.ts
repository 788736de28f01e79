import { describe, expect, it } from "vitest";
import { pageScripts } from "./page-scripts.mjs";

describe("pageScripts (the bench's page weight)", () => {
  it("lists each referenced script once, and marks nomodule polyfills apart", () => {
    const html = [
      '<script src="/_next/static/chunks/polyfill.js" noModule=""></script>',
      '<link rel="preload" as="script" href="/_next/static/chunks/late.js"/>',
      '<script src="/_next/static/chunks/main.js" async=""></script>',
      '<script>self.__next_f.push([1,"src=\\"/not-a-tag.js\\""])</script>',
      '<script src="/_next/static/chunks/polyfill.js" noModule=""></script>',
      '<script async src="/x.js?a=1&amp;b=2"></script>',
      '<script src="/nomodule-named.js"></script>',
    ].join("");
    expect(pageScripts(html)).toEqual([
      { src: "/_next/static/chunks/polyfill.js", noModule: true },
      { src: "/_next/static/chunks/main.js", noModule: false },
      { src: "/x.js?a=1&b=2", noModule: false },
      { src: "/nomodule-named.js", noModule: false },
    ]);
  });

  it("finds nothing in a page without script tags", () => {
    expect(pageScripts('<p>src="/a.js"</p>')).toEqual([]);
  });
});
