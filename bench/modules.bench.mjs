// Module content: how long parsing + validating all MDX takes (first request after a start or an edit),
// building the search index, and one search query. Prints numbers; never fails on speed.
// The MDX toolchain is ESM-only, which tsx's CommonJS mode cannot load, so the TypeScript is bundled to
// one ESM file with esbuild first (dependencies stay external).
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { build } from "esbuild";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const outfile = path.join(root, "node_modules/.cache/naaldwijzer-bench/modules.mjs");
await build({
  stdin: {
    contents: 'export * from "./lib/modules/index.ts"; export { buildModuleIndex } from "./lib/modules/build.ts"; export { buildSearchIndex } from "./lib/modules/search.ts";',
    resolveDir: root,
    loader: "ts",
  },
  bundle: true,
  format: "esm",
  platform: "node",
  packages: "external",
  alias: { "@": root },
  outfile,
  logLevel: "error",
});
const { listModules, readModuleSources, buildModuleIndex, buildSearchIndex } = await import(pathToFileURL(outfile).href);

const ms = (t) => (performance.now() - t).toFixed(1);
let t = performance.now();
const modules = listModules();
console.log(`cold module index: ${ms(t)} ms (${modules.length} modules, ${modules.reduce((n, m) => n + m.sections.length, 0)} sections, 2 languages)`);

const sources = readModuleSources();
const runs = 5;
t = performance.now();
for (let i = 0; i < runs; i++) buildModuleIndex(sources);
console.log(`parse + validate all MDX (warm): ${(Number(ms(t)) / runs).toFixed(1)} ms per build`);

t = performance.now();
listModules();
console.log(`cached listModules (stat of 16 files): ${ms(t)} ms`);

t = performance.now();
const index = buildSearchIndex(modules);
console.log(`search index build: ${ms(t)} ms (${index.size} documents)`);

const queries = ["klaplong", "hematoom", "informed consent", "PNX-7", "pincetgreep", "lymfoedeem"];
t = performance.now();
const n = 600;
let hits = 0;
for (let i = 0; i < n; i++) hits += index.search(queries[i % queries.length], i % 2 ? "nl" : "en").length;
console.log(`search: ${(Number(ms(t)) / n).toFixed(2)} ms per query (avg ${(hits / n).toFixed(1)} hits)`);
