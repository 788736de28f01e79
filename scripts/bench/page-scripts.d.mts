// Types for page-scripts.mjs, which run.mjs (plain Node, no TypeScript) imports.
export function pageScripts(html: string): { src: string; noModule: boolean }[];
