import type { Db } from "./db";
import { hashPassword } from "./auth/password";
import { seedExamDemoData } from "./attempts/demo";
import { seedProviderDemo } from "./providers/demo";

/** Demo accounts, listed in the README. Only ever created outside production, on an empty database. */
export const DEMO_PASSWORD = "Naaldwijzer-demo-2026";
export const DEMO_ACCOUNTS = [
  { email: "deelnemer@naaldwijzer.test", name: "Daan de Deelnemer", role: "participant" },
  { email: "docent@naaldwijzer.test", name: "Dr. Ineke Docent", role: "provider" },
  { email: "admin@naaldwijzer.test", name: "Ada Admin", role: "admin" },
] as const;
export const DEMO_ORGANISATION = { name: "Academie Veilig Dry Needling (demo)", accreditationNumber: "KRF-DEMO-0001" };

export async function seedDemoData(db: Db): Promise<{ seeded: boolean }> {
  if ((await db.user.count()) > 0) return { seeded: false };
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  let cohortIds: string[] = [];
  await db.$transaction(async (tx) => {
    const org = await tx.organisation.create({ data: { ...DEMO_ORGANISATION, accredited: true } });
    for (const account of DEMO_ACCOUNTS) {
      const user = await tx.user.create({
        data: {
          ...account,
          passwordHash,
          organisationId: account.role === "provider" ? org.id : null,
        },
      });
      if (account.role === "provider") cohortIds = await seedProviderDemo(tx, org.id, user.id);
    }
  });
  // A demo cohort with graded quizzes and exams, so the provider's statistics are not empty.
  await seedExamDemoData(db, passwordHash, new Date(), undefined, cohortIds);
  return { seeded: true };
}
