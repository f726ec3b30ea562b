// `npm run audit:verify`: recomputes the audit log's hash chain in the database named by DATABASE_URL.
// Exit code 0 when intact, 1 when it breaks (each break printed with its position).
import { verifyStoredChain } from "../lib/audit";
import { createDb } from "../lib/db";

async function main() {
  const db = createDb();
  try {
    const started = performance.now();
    const { verdict } = await verifyStoredChain(db);
    const ms = (performance.now() - started).toFixed(0);
    if (verdict.ok) {
      console.log(`audit chain intact: ${verdict.count} entries, head ${verdict.head.slice(0, 16)}… (${ms} ms)`);
      return;
    }
    console.error(`audit chain BROKEN: ${verdict.breaks.length} problem(s) in ${verdict.count} entries (${ms} ms)`);
    for (const b of verdict.breaks) console.error(`  row ${b.index} (seq ${b.seq}) ${b.reason}: ${b.message}`);
    process.exitCode = 1;
  } finally {
    await db.$disconnect();
  }
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(2);
});
