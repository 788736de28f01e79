// Summarises a V8 .cpuprofile (from `node --cpu-prof`, e.g. run.mjs --profile): where the server's
// CPU time went, by function (self time) and by inclusive time of selected frames.
//   node scripts/bench/profile-summary.mjs <file.cpuprofile> [top=25]
import fs from "node:fs";

const [file, topArg] = process.argv.slice(2);
const top = Number(topArg ?? 25);
const profile = JSON.parse(fs.readFileSync(file, "utf8"));
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);

// Sample counts per node, weighted by the time deltas.
const selfTime = new Map();
for (let i = 0; i < profile.samples.length; i++) {
  const id = profile.samples[i];
  selfTime.set(id, (selfTime.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0));
}
const total = [...selfTime.values()].reduce((a, b) => a + b, 0);

const label = (n) => {
  const f = n.callFrame;
  const where = f.url ? f.url.replace(/^.*node_modules\//, "").replace(/^file:\/\/\/work\/main\//, "") : "";
  return `${f.functionName || "(anonymous)"} ${where}:${f.lineNumber + 1}`;
};
const category = (n) => {
  const f = n.callFrame;
  if (!f.url) return f.functionName.startsWith("(") ? f.functionName : "(native)";
  const m = f.url.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/);
  if (m) {
    if (m[1] === "next") {
      const sub = f.url.match(/next\/dist\/(compiled\/[^/]+|server\/[^/]+|[^/]+)/);
      return `next/${sub ? sub[1] : "?"}`;
    }
    return m[1];
  }
  if (f.url.startsWith("node:")) return f.url;
  return "app";
};

const bySelf = new Map();
const byCategory = new Map();
for (const [id, t] of selfTime) {
  const n = byId.get(id);
  bySelf.set(label(n), (bySelf.get(label(n)) ?? 0) + t);
  byCategory.set(category(n), (byCategory.get(category(n)) ?? 0) + t);
}
const pct = (t) => `${((100 * t) / total).toFixed(1)}%`.padStart(6);
console.log(`total sampled ${(total / 1000).toFixed(0)} ms`);
console.log("\nself time by package/area:");
for (const [k, t] of [...byCategory].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`${pct(t)}  ${k}`);
console.log("\nself time by function:");
for (const [k, t] of [...bySelf].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`${pct(t)}  ${k}`);

// Inclusive time of named functions (each sample counted once per distinct function on its stack).
const inclusive = new Map();
for (const [id, t] of selfTime) {
  const seen = new Set();
  for (let cur = id; cur !== undefined; cur = parent.get(cur)) {
    const name = label(byId.get(cur));
    if (seen.has(name)) continue;
    seen.add(name);
    inclusive.set(name, (inclusive.get(name) ?? 0) + t);
  }
}
console.log("\ninclusive time by function:");
for (const [k, t] of [...inclusive].sort((a, b) => b[1] - a[1]).slice(0, top * 2)) console.log(`${pct(t)}  ${k}`);
