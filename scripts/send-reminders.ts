// `npm run credentials:reminders`: sends the authorisation expiry reminders that are due (run daily).
import { sendExpiryReminders } from "../lib/authorisation/reminders";
import { createDb } from "../lib/db";
import { getMailer } from "../lib/mail";

async function main() {
  const db = createDb();
  try {
    const baseUrl = process.env.NAALDWIJZER_BASE_URL ?? "http://localhost:3000";
    const { sent, checked } = await sendExpiryReminders(db, getMailer(db), baseUrl);
    console.log(`reminders: ${sent} sent, ${checked} authorisations expiring within 6 months checked`);
  } finally {
    await db.$disconnect();
  }
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
