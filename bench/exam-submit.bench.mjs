// Exam-submission latency: 200 concurrent POST /api/v1/attempts/{id}/submit against the production build
// (`next start`) on a fresh SQLite database. Goal: p95 < 150 ms, 0 errors, 0 lost or duplicated results.
//
// Honest set-up, nothing in the app opened for it: participants and their started, fully answered exam
// attempts are written by bench/seed-exam-attempts.ts through the real attempt service; sessions are
// Auth.js JWT cookies signed with the server's AUTH_SECRET (exactly what a sign-in sets), checked once
// against /api/v1/me before timing. Afterwards the database is checked: every attempt graded exactly once,
// and a second wave of submits (all must be 409) leaves every result unchanged.
//
// To show where the time goes, two more numbers: the same burst on routes that do (almost) nothing (the
// framework's own floor on this machine), and the same burst of submissions through the attempt service
// called in-process, without Next.js and HTTP (bench/submit-in-process.ts, after the server has stopped).
import { spawn, spawnSync } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { encode } from "next-auth/jwt";
import Database from "better-sqlite3";
import { generateClients, migrate, root } from "../scripts/db.mjs";

const N = Number(process.env.BENCH_SUBMISSIONS ?? 200);
const WARMUP = 31; // the first ~30 requests still run unoptimised code (JIT); the serial baseline is the median of the last 30
const PORT = Number(process.env.BENCH_PORT ?? 3196);
const base = `http://127.0.0.1:${PORT}`;
const secret = crypto.randomBytes(33).toString("base64");
const dbFile = path.join(root, "data", `bench-exam-${Date.now()}.db`);
const url = `file:${dbFile}`;
const nextBin = path.join(root, "node_modules/.bin/next");

function percentile(sorted, p) {
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

let server;
function cleanup() {
  if (server && server.exitCode === null) server.kill("SIGTERM");
  for (const f of [dbFile, `${dbFile}-wal`, `${dbFile}-shm`]) fs.rmSync(f, { force: true });
}
process.on("exit", cleanup);

async function main() {
  if (!fs.existsSync(path.join(root, ".next", "BUILD_ID"))) {
    console.log("no production build: running next build first…");
    const b = spawnSync(nextBin, ["build"], { cwd: root, stdio: "inherit", env: { ...process.env, NODE_ENV: "production" } });
    if (b.status !== 0) process.exit(1);
  }
  generateClients();
  await migrate(url);

  console.log(`seeding ${2 * (N + WARMUP)} participants with answered exam attempts (half over HTTP, half in-process)…`);
  const seed = spawnSync(path.join(root, "node_modules/.bin/tsx"), [path.join(root, "bench/seed-exam-attempts.ts"), String(2 * (N + WARMUP))], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: url },
    maxBuffer: 64 * 1024 * 1024,
    encoding: "utf8",
  });
  if (seed.status !== 0) throw new Error(`seeding failed: ${seed.stderr}`);
  const seededAll = JSON.parse(seed.stdout);
  const seeded = seededAll.slice(0, N + WARMUP);
  const inProcess = seededAll.slice(N + WARMUP);

  server = spawn(nextBin, ["start", "-p", String(PORT)], {
    cwd: root,
    env: { ...process.env, NODE_ENV: "production", DATABASE_URL: url, AUTH_SECRET: secret, NEXT_TELEMETRY_DISABLED: "1" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let serverLog = "";
  server.stdout.on("data", (d) => (serverLog += d));
  server.stderr.on("data", (d) => (serverLog += d));
  for (let i = 0; ; i++) {
    try {
      if ((await fetch(`${base}/api/health`)).ok) break;
    } catch {}
    if (i > 120) throw new Error(`server did not start:\n${serverLog}`);
    await new Promise((r) => setTimeout(r, 500));
  }

  const cookieName = "authjs.session-token";
  const sessions = await Promise.all(
    seeded.map(async (s) => ({
      ...s,
      cookie: `${cookieName}=${await encode({ secret, salt: cookieName, token: { sub: s.userId, email: s.email, name: "Bench", role: "participant", organisationId: null } })}`,
    })),
  );
  const me = await fetch(`${base}/api/v1/me`, { headers: { cookie: sessions[0].cookie } });
  if (!me.ok || (await me.json()).id !== sessions[0].userId) throw new Error("minted session not accepted by the server");

  const submit = async (s) => {
    const t0 = performance.now();
    try {
      const res = await fetch(`${base}/api/v1/attempts/${s.attemptId}/submit`, { method: "POST", headers: { cookie: s.cookie } });
      const body = await res.json();
      return { ms: performance.now() - t0, status: res.status, body };
    } catch (err) {
      return { ms: performance.now() - t0, status: 0, body: { error: String(err) } };
    }
  };

  // warm-up (compile the route, open the database, load the bank), then one at a time for a baseline
  const serial = [];
  for (const s of sessions.slice(0, WARMUP)) serial.push(await submit(s));
  const run = sessions.slice(WARMUP);
  const serialLat = serial.slice(1).map((r) => r.ms).sort((a, b) => a - b);

  // floors: the same burst on GET /api/health (routing and one tiny query, no session) and on GET /api/v1/me
  // (routing and session decoding, no database), to show what the framework alone costs on this machine
  const burst = async (pathname, withCookie) =>
    (
      await Promise.all(
        run.map(async (s) => {
          const t0 = performance.now();
          await fetch(`${base}${pathname}`, { headers: withCookie ? { cookie: s.cookie } : {} }).then((r) => r.arrayBuffer());
          return performance.now() - t0;
        }),
      )
    ).sort((a, b) => a - b);
  await burst("/api/health", false); // warm the route
  const healthFloor = await burst("/api/health", false);
  const floor = await burst("/api/v1/me", true);

  const wallStart = performance.now();
  const results = await Promise.all(run.map(submit));
  const wall = performance.now() - wallStart;

  const lat = results.map((r) => r.ms).sort((a, b) => a - b);
  const ok = results.filter((r) => r.status === 200).length;
  const errors = results.filter((r) => r.status !== 200);

  // second wave: every repeat must be refused, nothing may change
  const db = new Database(dbFile, { readonly: true });
  const snapshot = () => new Map(db.prepare(`SELECT id, status, score, result, gradedAt FROM Attempt WHERE id IN (${run.map(() => "?").join(",")})`).all(...run.map((s) => s.attemptId)).map((r) => [r.id, JSON.stringify(r)]));
  const before = snapshot();
  const repeats = await Promise.all(run.map(submit));
  const after = snapshot();
  const repeat409 = repeats.filter((r) => r.status === 409).length;
  const changed = [...before].filter(([id, v]) => after.get(id) !== v).length;

  const graded = db.prepare(`SELECT COUNT(*) AS n FROM Attempt WHERE status = 'graded' AND result IS NOT NULL AND id IN (${run.map(() => "?").join(",")})`).get(...run.map((s) => s.attemptId)).n;
  const lost = run.length - graded;
  const mismatched = results.filter((r) => r.status === 200 && after.get(r.body.attemptId) && JSON.parse(JSON.parse(after.get(r.body.attemptId)).result).score !== r.body.score).length;
  const uncredited = db.prepare(`SELECT COUNT(*) AS n FROM AttemptResponse r JOIN Attempt a ON a.id = r.attemptId WHERE a.status = 'graded' AND r.credit IS NULL`).get().n;
  db.close();

  // the server's part is done: stop it so the in-process run has the machine to itself
  await new Promise((resolve) => {
    server.once("exit", resolve);
    server.kill("SIGTERM");
  });
  const direct = spawnSync(path.join(root, "node_modules/.bin/tsx"), [path.join(root, "bench/submit-in-process.ts"), String(WARMUP)], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: url },
    input: JSON.stringify(inProcess),
    maxBuffer: 16 * 1024 * 1024,
    encoding: "utf8",
  });
  if (direct.status !== 0) throw new Error(`in-process run failed: ${direct.stderr}`);
  const inProc = JSON.parse(direct.stdout);
  const inProcLat = inProc.latencies.sort((a, b) => a - b);

  const f = (x) => `${x.toFixed(1)} ms`;
  console.log(`exam submissions: ${run.length} concurrent POST /api/v1/attempts/{id}/submit (30 answered items each), next start, SQLite`);
  console.log(`  latency  p50 ${f(percentile(lat, 50))}  p95 ${f(percentile(lat, 95))}  p99 ${f(percentile(lat, 99))}  max ${f(lat[lat.length - 1])}`);
  console.log(`  floor, same burst of ${run.length} GET /api/health (routing + 1 tiny query): p50 ${f(percentile(healthFloor, 50))}  p95 ${f(percentile(healthFloor, 95))}`);
  console.log(`  floor, same burst of ${run.length} GET /api/v1/me (routing + session, no database): p50 ${f(percentile(floor, 50))}  p95 ${f(percentile(floor, 95))}`);
  console.log(`  service alone (${inProc.n} concurrent submitAttempt in-process, no HTTP): p50 ${f(percentile(inProcLat, 50))}  p95 ${f(percentile(inProcLat, 95))}  ${(inProc.wallMs / inProc.n).toFixed(2)} ms per submission`);
  console.log(`  baseline, one submission at a time (after warm-up): median ${f(percentile(serialLat, 50))}`);
  console.log(`  wall time ${f(wall)}  throughput ${(run.length / (wall / 1000)).toFixed(0)} submissions/s`);
  console.log(`  200 OK: ${ok}  errors: ${errors.length}${errors.length ? ` (${[...new Set(errors.map((e) => `${e.status} ${e.body?.error ?? ""}`))].join(", ")})` : ""}`);
  console.log(`  lost (not graded): ${lost}  score mismatches: ${mismatched}  responses without credit: ${uncredited}`);
  console.log(`  repeat wave: ${repeat409}/${run.length} answered 409, results changed: ${changed} (duplicates)`);
  console.log(`  machine: ${(await import("node:os")).cpus().length} CPUs, load average ${(await import("node:os")).loadavg().map((l) => l.toFixed(1)).join(" ")}`);
  console.log(`  goal p95 < 150 ms, 0 errors, 0 lost or duplicated: ${percentile(lat, 95) < 150 && errors.length === 0 && lost === 0 && changed === 0 && repeat409 === run.length ? "met" : "NOT met"}`);
}

main()
  .then(() => {
    cleanup();
    process.exit(0);
  })
  .catch((err) => {
    console.error(err);
    cleanup();
    process.exit(1);
  });
