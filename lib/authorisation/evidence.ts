import type { Db, Tx } from "@/lib/db";
import { requiredModuleSections } from "./modules";
import { REQUIRED_MODULES, type Evidence, type PassedAttempt } from "./rule";

type Client = Db | Tx;

/**
 * Gathers what the rule needs (BRIEF.md "Authorisation inputs"): section progress for M1–M7, passed
 * graded quiz/exam/practical attempts, practice sign-offs per enrolment with the provider's
 * accreditation, and the newest authorisation.
 */
export async function gatherEvidence(db: Client, userId: string, modules = requiredModuleSections()): Promise<Evidence> {
  const [progress, attempts, enrolments, current] = await Promise.all([
    db.sectionProgress.findMany({ where: { userId, moduleSlug: { in: [...REQUIRED_MODULES] } }, select: { moduleSlug: true, sectionId: true } }),
    db.attempt.findMany({
      where: {
        userId,
        status: "graded",
        passed: true,
        assessmentId: { in: [...REQUIRED_MODULES.map((s) => `quiz:${s}`), "exam:thoracic-theory", "practical:thoracic"] },
      },
      select: { id: true, assessmentId: true, gradedAt: true, submittedAt: true, startedAt: true },
    }),
    db.enrolment.findMany({
      where: { userId },
      include: {
        cohort: { include: { course: { include: { organisation: { include: { accreditation: true } } } } } },
        signOffs: { include: { instructor: { select: { organisationId: true, role: true } } } },
      },
    }),
    db.authorisation.findFirst({ where: { userId, scope: "thoracic" }, orderBy: { validUntil: "desc" }, select: { id: true, grantedAt: true, validUntil: true } }),
  ]);

  const passed = (assessmentId: string): PassedAttempt[] =>
    attempts
      .filter((a) => a.assessmentId === assessmentId)
      .map((a) => ({ attemptId: a.id, gradedAt: a.gradedAt ?? a.submittedAt ?? a.startedAt }))
      .sort((a, b) => b.gradedAt.getTime() - a.gradedAt.getTime());

  return {
    modules: modules.map((m) => ({
      slug: m.slug,
      sections: m.sections,
      completed: progress.filter((p) => p.moduleSlug === m.slug).map((p) => p.sectionId),
    })),
    quizzes: Object.fromEntries(REQUIRED_MODULES.map((slug) => [slug, passed(`quiz:${slug}`)[0] ?? null])),
    exams: passed("exam:thoracic-theory"),
    practicals: passed("practical:thoracic"),
    practice: enrolments.map((e) => {
      const course = e.cohort.course;
      const org = course.organisation;
      return {
        enrolmentId: e.id,
        courseId: course.id,
        courseTitle: course.title,
        providerName: org.name,
        validityMonths: course.validityMonths,
        provider: { accredited: org.accredited, accreditedFrom: org.accreditation?.validFrom ?? null, accreditedUntil: org.accreditation?.validUntil ?? null },
        signOffs: e.signOffs.map((s) => ({
          technique: s.technique,
          practisedOn: s.practisedOn,
          instructorName: s.instructorName,
          // Sign-offs are only written after checking the signer teaches for the course's organisation
          // (lib/providers); a signer who has since deleted their account still counts.
          instructorOfProvider: !s.instructor || (s.instructor.organisationId === org.id && s.instructor.role !== "participant"),
        })),
      };
    }),
    current,
  };
}
