// `npm test`: lint, type-check, unit + integration tests (SQLite, and PostgreSQL when TEST_POSTGRES_URL
// is set; .ci/run sets it), a production build, then the browser tests against that build.
// Ends with one summary line "tests: N passed, N failed".
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { generateClients, root } from "./db.mjs";

const bin = (name) => path.join(root, "node_modules/.bin", name);
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
// Not test-results/: Playwright empties that folder when it starts.
const results = path.join(root, "tests", ".artifacts");
fs.mkdirSync(results, { recursive: true });

function step(title, cmd, args, extraEnv = {}) {
  console.log(`\n▶ ${title}`);
  const started = Date.now();
  const run = spawnSync(cmd, args, { cwd: root, stdio: "inherit", env: { ...env, ...extraEnv } });
  console.log(`◀ ${title}: ${run.status === 0 ? "ok" : `FAILED (exit ${run.status})`} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return run.status === 0;
}

const only = process.argv[2]; // optional: "unit" or "e2e"
let ok = true;
generateClients();
if (!process.env.TEST_POSTGRES_URL) {
  console.log("TEST_POSTGRES_URL is not set: database integration tests run on SQLite only (.ci/run starts PostgreSQL).");
}
if (!only || only === "unit") {
  ok = step("lint", bin("eslint"), [".", "--max-warnings=0"]) && ok;
  ok = step("typecheck", bin("tsc"), ["--noEmit"]) && ok;
  ok = step("unit and integration tests (vitest)", bin("vitest"), ["run", "--reporter=default", "--reporter=json", `--outputFile.json=${path.join(results, "vitest.json")}`]) && ok;
}
if (!only || only === "e2e") {
  const built = step("production build", bin("next"), ["build"]);
  ok = built && ok;
  if (built) {
    for (const f of ["e2e.db", "e2e.db-wal", "e2e.db-shm"]) fs.rmSync(path.join(root, "data", f), { force: true });
    ok = step("browser tests (playwright, Debian chromium)", bin("playwright"), ["test", "--reporter=list,json"], {
      PLAYWRIGHT_JSON_OUTPUT_NAME: path.join(results, "playwright.json"),
    }) && ok;
  }
}

// One closing line over both runners.
let passed = 0;
let failed = 0;
try {
  const v = JSON.parse(fs.readFileSync(path.join(results, "vitest.json"), "utf8"));
  passed += v.numPassedTests ?? 0;
  failed += v.numFailedTests ?? 0;
} catch {}
try {
  const p = JSON.parse(fs.readFileSync(path.join(results, "playwright.json"), "utf8"));
  passed += p.stats?.expected ?? 0;
  failed += (p.stats?.unexpected ?? 0) + (p.stats?.flaky ?? 0);
} catch {}
if (!ok && failed === 0) failed = 1; // a failed lint, type-check or build counts as a failure
console.log(`\ntests: ${passed} passed, ${failed} failed`);
process.exit(ok ? 0 : 1);
