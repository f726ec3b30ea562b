import { NextResponse } from "next/server";
import { z } from "zod";
import { requiredModuleSections } from "@/lib/authorisation/modules";
import { REQUIRED_MODULES } from "@/lib/authorisation/rule";
import { getDb } from "@/lib/db";

/**
 * TEST ONLY (the e2e server sets NAALDWIJZER_TEST=1; anywhere else this answers 404). Stands in for the
 * module, quiz, exam and 3D-practical features, which live on other branches: it writes the records those
 * features would write for a participant who completed everything — section progress for every section
 * of M1–M7 and graded, passed attempts — so the browser test can exercise the authorisation path.
 */
const body = z.object({ email: z.email() });

export async function POST(request: Request) {
  if (process.env.NAALDWIJZER_TEST !== "1") return NextResponse.json({ error: "not_found" }, { status: 404 });
  const parsed = body.safeParse(await request.json().catch(() => null));
  if (!parsed.success) return NextResponse.json({ error: "invalid", message: "Send {\"email\": \"…\"}." }, { status: 400 });
  const db = getDb();
  const user = await db.user.findUnique({ where: { email: parsed.data.email.toLowerCase() } });
  if (!user) return NextResponse.json({ error: "not_found", message: "No such user." }, { status: 404 });
  const modules = requiredModuleSections();
  const missing = modules.filter((m) => m.sections.length === 0).map((m) => m.slug);
  if (missing.length) return NextResponse.json({ error: "no_content", message: `No sections found for ${missing.join(", ")}.` }, { status: 409 });
  const now = new Date();
  const graded = (assessmentId: string, kind: string) => ({
    userId: user.id, kind, assessmentId, status: "graded", content: "{}", startedAt: now, submittedAt: now, gradedAt: now, score: 9, maxScore: 10, percent: 90, passed: true, durationSec: 60, result: "{}",
  });
  await db.$transaction(async (tx) => {
    for (const m of modules) {
      for (const sectionId of m.sections) {
        await tx.sectionProgress.upsert({ where: { userId_moduleSlug_sectionId: { userId: user.id, moduleSlug: m.slug, sectionId } }, create: { userId: user.id, moduleSlug: m.slug, sectionId }, update: {} });
      }
    }
    await tx.attempt.createMany({ data: [...REQUIRED_MODULES.map((s) => graded(`quiz:${s}`, "quiz")), graded("exam:thoracic-theory", "exam"), graded("practical:thoracic", "practical")] });
  });
  return NextResponse.json({ ok: true, sections: modules.reduce((n, m) => n + m.sections.length, 0) });
}
