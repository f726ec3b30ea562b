// `npm run bench`: runs every benchmark in bench/ (*.bench.mjs with node, *.bench.ts with tsx) one after
// another and prints what each measures. Benchmarks print numbers; they do not pass or fail on speed.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { root } from "./db.mjs";

const dir = path.join(root, "bench");
const only = process.argv.slice(2);
const files = fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => /\.bench\.(mjs|ts)$/.test(f)).sort() : [];
let failures = 0;
for (const file of files) {
  if (only.length && !only.some((o) => file.includes(o))) continue;
  console.log(`\n=== ${file} ===`);
  const runner = file.endsWith(".ts") ? [path.join(root, "node_modules/.bin/tsx"), [path.join(dir, file)]] : [process.execPath, [path.join(dir, file)]];
  const run = spawnSync(runner[0], runner[1], { cwd: root, stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
  if (run.status !== 0) failures++;
}
if (!files.length) console.log("no benchmarks in bench/");
process.exit(failures ? 1 : 0);
