// The 3D viewer in headless chromium (WebGL through SwiftShader) against the production build:
//  - median and p95 frame time from requestAnimationFrame deltas while the model rotates continuously;
//  - first-load JavaScript of a module page, the trainer list page and a practice page, and whether
//    three.js is in it (it must only arrive on the 3D pages, as a lazily loaded chunk).
// Uses BENCH_URL when a server is already running; otherwise starts `node scripts/start.mjs` on a free
// port with a throwaway SQLite file (building first when there is no build) and stops it afterwards.
import { spawn } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { chromium } from "playwright-core";
import { root } from "../scripts/db.mjs";

const ARGS = ["--no-sandbox", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--use-angle=swiftshader", "--enable-unsafe-swiftshader"];
const MODULE_PATHS = ["/en/modules/m6-preventing-pneumothorax", "/en/modules/m1-dry-needling-and-risks", "/en/modules", "/en"];
const THREE_MARKERS = ["WebGLRenderer", "THREE.WebGL"];

async function freePort() {
  return new Promise((resolve) => {
    const srv = net.createServer();
    srv.listen(0, "127.0.0.1", () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

async function waitFor(url, ms) {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    try {
      const res = await fetch(url);
      if (res.ok) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`server did not answer at ${url}`);
}

let server = null;
let base = process.env.BENCH_URL;
let dbFile = null;
if (!base) {
  const port = await freePort();
  dbFile = path.join(os.tmpdir(), `naaldwijzer-bench-${process.pid}.db`);
  base = `http://127.0.0.1:${port}`;
  if (!fs.existsSync(path.join(root, ".next", "BUILD_ID"))) console.log("no production build yet: scripts/start.mjs builds first (takes a few minutes)");
  server = spawn(process.execPath, [path.join(root, "scripts/start.mjs")], {
    cwd: root,
    env: { ...process.env, PORT: String(port), DATABASE_URL: `file:${dbFile}`, NEXT_TELEMETRY_DISABLED: "1", AUTH_SECRET: "bench-only-secret-0123456789abcdef0123" },
    stdio: ["ignore", "ignore", "inherit"],
    detached: true,
  });
  await waitFor(`${base}/api/health`, 600_000);
}

const stopServer = () => {
  if (!server) return;
  try {
    process.kill(-server.pid, "SIGTERM");
  } catch {}
  for (const f of [dbFile, `${dbFile}-wal`, `${dbFile}-shm`]) if (f) fs.rmSync(f, { force: true });
};

/** All JavaScript a page loads until the network is idle: total bytes and whether three.js is among it. */
async function firstLoadJs(browser, url) {
  const page = await browser.newPage();
  const scripts = [];
  page.on("response", async (res) => {
    const type = res.headers()["content-type"] ?? "";
    if (!type.includes("javascript")) return;
    try {
      const body = await res.body();
      scripts.push({ url: res.url(), bytes: body.length, three: THREE_MARKERS.some((m) => body.includes(m)) });
    } catch {}
  });
  const response = await page.goto(url, { waitUntil: "networkidle" });
  await page.waitForTimeout(1500);
  await page.close();
  return { status: response?.status() ?? 0, bytes: scripts.reduce((s, x) => s + x.bytes, 0), files: scripts.length, threeBytes: scripts.filter((s) => s.three).reduce((s, x) => s + x.bytes, 0) };
}

const kb = (n) => `${(n / 1024).toFixed(1)} kB`;

try {
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: ARGS });
  try {
    // ── first-load JS ──
    let moduleResult = null;
    for (const p of MODULE_PATHS) {
      const r = await firstLoadJs(browser, base + p);
      if (r.status === 200) {
        moduleResult = { path: p, ...r };
        break;
      }
    }
    const list = await firstLoadJs(browser, `${base}/en/trainer`);
    const practice = await firstLoadJs(browser, `${base}/en/trainer/multifidus-t6-paravertebral`);
    console.log("first-load JavaScript (uncompressed bytes of every script until network idle):");
    if (moduleResult) console.log(`  ${moduleResult.path.includes("/modules") ? "module page" : "no module page on this build; home page instead:"} ${moduleResult.path}: ${kb(moduleResult.bytes)} in ${moduleResult.files} files; three.js included: ${moduleResult.threeBytes > 0 ? "YES (bad)" : "no"}`);
    console.log(`  trainer list /en/trainer: ${kb(list.bytes)} in ${list.files} files; three.js included: ${list.threeBytes > 0 ? "yes" : "no"}`);
    console.log(`  practice page /en/trainer/multifidus-t6-paravertebral: ${kb(practice.bytes)} in ${practice.files} files; of which chunks with three.js: ${kb(practice.threeBytes)}`);

    // ── frame time ──
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await page.goto(`${base}/en/trainer/multifidus-t6-paravertebral`, { waitUntil: "networkidle" });
    await page.locator("canvas").first().waitFor({ state: "visible", timeout: 60_000 });
    await page.waitForTimeout(1500);
    const renderer = await page.evaluate(() => {
      const gl = document.createElement("canvas").getContext("webgl2");
      const ext = gl?.getExtension("WEBGL_debug_renderer_info");
      return ext ? gl.getParameter(ext.UNMASKED_RENDERER_WEBGL) : "unknown";
    });
    await page.getByTestId("auto-rotate").check();
    await page.waitForTimeout(1000);
    const deltas = await page.evaluate(
      () =>
        new Promise((resolve) => {
          const out = [];
          let last = performance.now();
          const end = last + 5000;
          const step = (t) => {
            out.push(t - last);
            last = t;
            if (t < end) requestAnimationFrame(step);
            else resolve(out);
          };
          requestAnimationFrame(step);
        }),
    );
    deltas.shift();
    deltas.sort((a, b) => a - b);
    const q = (p) => deltas[Math.min(deltas.length - 1, Math.floor(p * deltas.length))];
    console.log(`viewer frame time while rotating (headless chromium, ${renderer}, 1400×900):`);
    console.log(`  median ${q(0.5).toFixed(1)} ms, p95 ${q(0.95).toFixed(1)} ms over ${deltas.length} frames (${(1000 / q(0.5)).toFixed(0)} fps)`);
    await page.close();
  } finally {
    await browser.close();
  }
} finally {
  stopServer();
}
