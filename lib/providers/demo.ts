import type { Tx } from "@/lib/db";

/**
 * Demo course provider data: accreditation, a thoracic course, a finished spring cohort and an open
 * cohort (code THORAX26). Returns the cohort ids, oldest first (empty when the demo already exists).
 */
export const DEMO_INVITE_CODE = "THORAX26";

export async function seedProviderDemo(tx: Tx, organisationId: string, instructorId: string, now: Date = new Date()): Promise<string[]> {
  if (await tx.course.count({ where: { organisationId } })) return [];
  await tx.providerAccreditation.upsert({
    where: { organisationId },
    create: { organisationId, body: "KNGF", register: "Kwaliteitsregister Fysio NL", validFrom: new Date("2025-01-01T00:00:00Z"), website: "https://example.org/academie" },
    update: {},
  });
  const course = await tx.course.create({
    data: {
      organisationId,
      title: "Dry needling in de thoracale regio (demo)",
      description: "Thoracale technieken TECH-1 tot en met TECH-5, met geoefende praktijk onder supervisie.",
      accreditationPoints: 12,
      hours: 16,
      register: "Kwaliteitsregister Fysio NL",
    },
  });
  const day = 86_400_000;
  const spring = await tx.cohort.create({
    data: {
      courseId: course.id,
      name: "Demogroep voorjaar",
      startsOn: new Date(now.getTime() - 120 * day),
      endsOn: new Date(now.getTime() - 20 * day),
      // a closed cohort: its invitation no longer works
      inviteCode: "VOORJR26",
      inviteUntil: new Date(now.getTime() - 90 * day),
      instructors: { create: { userId: instructorId } },
    },
  });
  const open = await tx.cohort.create({
    data: {
      courseId: course.id,
      name: "Demogroep",
      startsOn: new Date(now.getTime() - 30 * 86_400_000),
      endsOn: new Date(now.getTime() + 335 * 86_400_000),
      inviteCode: DEMO_INVITE_CODE,
      instructors: { create: { userId: instructorId } },
    },
  });
  return [spring.id, open.id];
}
