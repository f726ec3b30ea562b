// Demo data for a fresh embedded database. Never runs in production.
import { createDb } from "../lib/db";
import { seedDemoData } from "../lib/demo-data";

async function main() {
  if (process.env.NODE_ENV === "production") {
    console.log("NODE_ENV=production: no demo data is seeded.");
    return;
  }
  const db = createDb();
  try {
    const { seeded } = await seedDemoData(db);
    console.log(seeded ? "demo data seeded" : "database already has users: demo data left alone");
  } finally {
    await db.$disconnect();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
