// `npm start`: one command from a fresh clone to a running app.
// Generates the Prisma clients, applies migrations, seeds demo data into an empty database (never in
// production), builds when there is no build, then serves on PORT (default 3000).
import { spawn, spawnSync } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { prepareDatabase, resolveDatabaseUrl, root } from "./db.mjs";

const production = process.env.NODE_ENV === "production";
// Telemetry would try to reach the network; this app never needs it.
const env = { NEXT_TELEMETRY_DISABLED: "1", ...process.env };

if (production) {
  const missing = ["AUTH_SECRET", "DATABASE_URL"].filter((k) => !process.env[k]);
  if (missing.length) {
    console.error(
      `Refusing to start: NODE_ENV=production needs ${missing.join(" and ")}.\n` +
        "  AUTH_SECRET  signs sessions; make one with: openssl rand -base64 33\n" +
        "  DATABASE_URL where the data lives, e.g. postgresql://user:pass@host:5432/naaldwijzer or file:/var/lib/naaldwijzer/db.sqlite\n" +
        "No demo accounts are ever created in production.",
    );
    process.exit(1);
  }
} else {
  // Development and demo: a secret kept beside the embedded database, so sessions survive restarts.
  if (!env.AUTH_SECRET) {
    const file = path.join(root, "data", "auth-secret");
    fs.mkdirSync(path.dirname(file), { recursive: true });
    if (!fs.existsSync(file)) fs.writeFileSync(file, crypto.randomBytes(33).toString("base64"), { mode: 0o600 });
    env.AUTH_SECRET = fs.readFileSync(file, "utf8").trim();
  }
  env.NAALDWIJZER_DEMO = "1";
}

const url = resolveDatabaseUrl(env);
env.DATABASE_URL = url;
await prepareDatabase({ url, withDemoData: !production });

const nextBin = path.join(root, "node_modules/.bin/next");
if (!fs.existsSync(path.join(root, ".next", "BUILD_ID"))) {
  console.log("No production build yet: building (about a minute)…");
  const build = spawnSync(nextBin, ["build"], { cwd: root, stdio: "inherit", env: { ...env, NODE_ENV: "production" } });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const port = env.PORT ?? "3000";
const server = spawn(nextBin, ["start", "-p", port], { cwd: root, stdio: "inherit", env });
console.log(`Naaldwijzer: http://localhost:${port}`);
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));
