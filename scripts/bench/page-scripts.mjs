/**
 * The scripts a page's HTML references, each once, in order. `noModule` marks a `<script nomodule>`
 * (Next's polyfills for browsers without modules): a browser that runs modules never fetches it,
 * so the bench counts it apart from the JavaScript the page loads.
 * @param {string} html
 * @returns {{ src: string, noModule: boolean }[]}
 */
export function pageScripts(html) {
  const found = new Map();
  for (const m of html.matchAll(/<script\b([^>]*)>/gi)) {
    const attributes = m[1];
    const src = attributes.match(/\bsrc="([^"]+)"/i)?.[1]?.replace(/&amp;/g, "&");
    if (src && !found.has(src)) found.set(src, /(?:^|\s)nomodule(?=[\s=>]|$)/i.test(attributes));
  }
  return [...found].map(([src, noModule]) => ({ src, noModule }));
}
