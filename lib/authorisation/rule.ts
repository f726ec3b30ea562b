/**
 * The thoracic authorisation rule (PNX-1: taught in an accredited course, practised, tested), as a pure
 * function of the evidence the server gathers (./evidence.ts). Nothing here is ever set by hand.
 *
 * Decisions (documented in the report and on the checklist):
 * - Practice: ALL of TECH-1..5 — the guideline appendix's thoracic techniques — must be signed off within
 *   ONE enrolment, by instructors of that course's provider, and the provider must be accredited on the
 *   date of each sign-off. One enrolment, so the certificate can name one course and provider.
 * - Validity: `validityMonths` (default 36, ALG-3) from the grant.
 * - Renewal (ALG-3): from `renewalWindowMonths` before expiry (and any time after it), passing the theory
 *   exam and the 3D practical again renews; a renewal before expiry extends from the old end date, one
 *   after expiry from the day of renewal. Modules, quizzes and practice are not repeated.
 */
export const THORACIC_TECHNIQUES = ["TECH-1", "TECH-2", "TECH-3", "TECH-4", "TECH-5"] as const;
export const REQUIRED_MODULES = [
  "m1-dry-needling-and-risks",
  "m2-informed-consent",
  "m3-preventing-complications",
  "m4-preventing-neurogenic-injury",
  "m5-preventing-infection",
  "m6-preventing-pneumothorax",
  "m7-thoracic-techniques",
] as const;

export type AuthorisationPolicy = { validityMonths: number; renewalWindowMonths: number };
export const DEFAULT_POLICY: AuthorisationPolicy = { validityMonths: 36, renewalWindowMonths: 6 };

export type PassedAttempt = { attemptId: string; gradedAt: Date };

export type PracticeEvidence = {
  enrolmentId: string;
  courseId: string;
  courseTitle: string;
  providerName: string;
  validityMonths: number;
  /** the provider's accreditation period (null until: open-ended); `accredited` is the organisation flag */
  provider: { accredited: boolean; accreditedFrom: Date | null; accreditedUntil: Date | null };
  signOffs: { technique: string; practisedOn: Date; instructorName: string; instructorOfProvider: boolean }[];
};

export type Evidence = {
  modules: { slug: string; sections: readonly string[]; completed: readonly string[] }[];
  /** latest passed graded quiz per module slug */
  quizzes: Record<string, PassedAttempt | null>;
  /** passed graded attempts, newest first */
  exams: PassedAttempt[];
  practicals: PassedAttempt[];
  practice: PracticeEvidence[];
  /** the newest authorisation, if any */
  current: { id: string; grantedAt: Date; validUntil: Date } | null;
};

export type ItemStatus = "done" | "missing" | "expired";
export type ChecklistItem =
  | { id: `module:${string}`; kind: "module"; slug: string; status: ItemStatus; done: number; total: number }
  | { id: `quiz:${string}`; kind: "quiz"; slug: string; status: ItemStatus; at: Date | null }
  | { id: "exam"; kind: "exam"; status: ItemStatus; at: Date | null }
  | { id: "practical"; kind: "practical"; status: ItemStatus; at: Date | null }
  | {
      id: "practice";
      kind: "practice";
      status: ItemStatus;
      enrolmentId: string | null;
      courseTitle: string | null;
      providerName: string | null;
      techniques: { technique: string; status: ItemStatus; practisedOn: Date | null; instructorName: string | null }[];
      problem: "none" | "not-enrolled" | "provider-not-accredited" | "techniques-missing";
    };

export type Verdict = {
  state: "not-authorised" | "authorised" | "renewal-due" | "expired";
  /** what is checked now: the full path before the first grant, the renewal items after it */
  mode: "initial" | "renewal";
  items: ChecklistItem[];
  /** set when the server should record a (new) authorisation now */
  grant: null | { validUntil: Date; enrolmentId: string | null; renews: string | null; evidence: unknown };
  validUntil: Date | null;
  renewalOpensAt: Date | null;
};

export function addMonths(date: Date, months: number): Date {
  const d = new Date(date.getTime());
  const day = d.getUTCDate();
  d.setUTCDate(1);
  d.setUTCMonth(d.getUTCMonth() + months);
  // 31 January + 1 month → 28/29 February, not 3 March
  const last = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).getUTCDate();
  d.setUTCDate(Math.min(day, last));
  return d;
}

function accreditedOn(p: PracticeEvidence["provider"], at: Date): boolean {
  if (!p.accredited) return false;
  if (p.accreditedFrom && at < p.accreditedFrom) return false;
  if (p.accreditedUntil && at > p.accreditedUntil) return false;
  return true;
}

function practiceItem(practice: readonly PracticeEvidence[]): Extract<ChecklistItem, { kind: "practice" }> {
  const scored = practice.map((p) => {
    const techniques = THORACIC_TECHNIQUES.map((technique) => {
      const s = p.signOffs.find((x) => x.technique === technique && x.instructorOfProvider);
      const ok = !!s && accreditedOn(p.provider, s.practisedOn);
      return { technique, status: (ok ? "done" : "missing") as ItemStatus, practisedOn: s?.practisedOn ?? null, instructorName: s?.instructorName ?? null };
    });
    return { p, techniques, done: techniques.filter((t) => t.status === "done").length };
  });
  // show the enrolment closest to complete
  const best = scored.sort((a, b) => b.done - a.done)[0];
  if (!best) {
    return { id: "practice", kind: "practice", status: "missing", enrolmentId: null, courseTitle: null, providerName: null, techniques: THORACIC_TECHNIQUES.map((technique) => ({ technique, status: "missing", practisedOn: null, instructorName: null })), problem: "not-enrolled" };
  }
  const complete = best.done === THORACIC_TECHNIQUES.length;
  const problem = complete ? "none" : !best.p.provider.accredited ? "provider-not-accredited" : "techniques-missing";
  return { id: "practice", kind: "practice", status: complete ? "done" : "missing", enrolmentId: best.p.enrolmentId, courseTitle: best.p.courseTitle, providerName: best.p.providerName, techniques: best.techniques, problem };
}

function latestSince(attempts: readonly PassedAttempt[], since: Date | null): PassedAttempt | null {
  return attempts.filter((a) => !since || a.gradedAt >= since).sort((a, b) => b.gradedAt.getTime() - a.gradedAt.getTime())[0] ?? null;
}

export function evaluateAuthorisation(evidence: Evidence, now: Date, policy: AuthorisationPolicy = DEFAULT_POLICY): Verdict {
  const current = evidence.current;
  if (!current) {
    const items: ChecklistItem[] = [];
    for (const slug of REQUIRED_MODULES) {
      const m = evidence.modules.find((x) => x.slug === slug);
      const total = m?.sections.length ?? 0;
      const done = m ? m.sections.filter((s) => m.completed.includes(s)).length : 0;
      // a module without known sections can never count as completed
      items.push({ id: `module:${slug}`, kind: "module", slug, status: total > 0 && done === total ? "done" : "missing", done, total });
    }
    for (const slug of REQUIRED_MODULES) {
      const q = evidence.quizzes[slug] ?? null;
      items.push({ id: `quiz:${slug}`, kind: "quiz", slug, status: q ? "done" : "missing", at: q?.gradedAt ?? null });
    }
    const exam = latestSince(evidence.exams, null);
    const practical = latestSince(evidence.practicals, null);
    items.push({ id: "exam", kind: "exam", status: exam ? "done" : "missing", at: exam?.gradedAt ?? null });
    items.push({ id: "practical", kind: "practical", status: practical ? "done" : "missing", at: practical?.gradedAt ?? null });
    const practice = practiceItem(evidence.practice);
    items.push(practice);
    const allDone = items.every((i) => i.status === "done");
    const enrolment = evidence.practice.find((p) => p.enrolmentId === practice.enrolmentId);
    const validityMonths = enrolment?.validityMonths ?? policy.validityMonths;
    const validUntil = allDone ? addMonths(now, validityMonths) : null;
    return {
      state: allDone ? "authorised" : "not-authorised",
      mode: "initial",
      items,
      grant: allDone ? { validUntil: validUntil!, enrolmentId: practice.enrolmentId, renews: null, evidence: snapshot(items) } : null,
      validUntil,
      renewalOpensAt: null,
    };
  }

  const opens = addMonths(current.validUntil, -policy.renewalWindowMonths);
  const expired = now >= current.validUntil;
  const inWindow = now >= opens;
  const exam = latestSince(evidence.exams, opens);
  const practical = latestSince(evidence.practicals, opens);
  const items: ChecklistItem[] = [
    { id: "exam", kind: "exam", status: exam ? "done" : expired ? "expired" : "missing", at: exam?.gradedAt ?? null },
    { id: "practical", kind: "practical", status: practical ? "done" : expired ? "expired" : "missing", at: practical?.gradedAt ?? null },
  ];
  const renewed = inWindow && !!exam && !!practical;
  if (renewed) {
    const validUntil = addMonths(expired ? now : current.validUntil, policy.validityMonths);
    return { state: "authorised", mode: "renewal", items, grant: { validUntil, enrolmentId: null, renews: current.id, evidence: snapshot(items) }, validUntil, renewalOpensAt: opens };
  }
  return {
    state: expired ? "expired" : inWindow ? "renewal-due" : "authorised",
    mode: "renewal",
    items,
    grant: null,
    validUntil: current.validUntil,
    renewalOpensAt: opens,
  };
}

function snapshot(items: readonly ChecklistItem[]): unknown {
  return items.map((i) => JSON.parse(JSON.stringify(i)));
}
