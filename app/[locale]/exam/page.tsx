import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { examEligibility, listAttempts } from "@/lib/attempts/service";
import { nowFor } from "@/lib/clock";
import { EXAM_ID } from "@/lib/exam/config";
import { getDb } from "@/lib/db";
import { StartAttemptButton } from "@/components/exam/StartAttemptButton";
import { requireUser } from "@/server/guards";

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "exam" });
  return { title: t("exam.title") };
}

export const dynamic = "force-dynamic";

export default async function ExamPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const user = await requireUser();
  const t = await getTranslations("exam");
  const db = getDb();
  const now = nowFor(user.id);
  const eligibility = await examEligibility(db, user.id, now);
  const attempts = await listAttempts(db, user.id, EXAM_ID);
  const c = eligibility.config;
  const fmt = (iso: string) => new Date(iso).toLocaleString(locale, { dateStyle: "medium", timeStyle: "short", timeZone: "Europe/Amsterdam" });
  return (
    <div className="narrow stack">
      <h1>{t("exam.title")}</h1>
      <p>{t("exam.lead")}</p>
      <section className="card" aria-labelledby="rules-title">
        <h2 id="rules-title">{t("exam.rules.title")}</h2>
        <ul>
          <li>{t("exam.rules.items", { count: c.items })}</li>
          <li>{t("exam.rules.passMark", { percent: c.passPercent })}</li>
          <li>{t("exam.rules.timeLimit", { minutes: c.timeLimitMinutes })}</li>
          <li>{t("exam.rules.attempts", { count: c.maxAttempts })}</li>
          <li>{t("exam.rules.cooldown", { hours: c.cooldownHours })}</li>
        </ul>
      </section>
      <section className="card stack" aria-live="polite" data-testid="exam-status">
        <p>{t("exam.status.attemptsLeft", { count: eligibility.attemptsLeft })}</p>
        {eligibility.reason === "cooldown" && eligibility.cooldownUntil && <p className="alert info">{t("exam.status.cooldownUntil", { date: fmt(eligibility.cooldownUntil) })}</p>}
        {eligibility.reason === "max-attempts" && <p className="alert error">{t("exam.status.maxAttempts")}</p>}
        {eligibility.reason === "already-passed" && <p className="alert ok">{t("exam.status.alreadyPassed")}</p>}
        {eligibility.reason === "in-progress" && eligibility.inProgressId ? (
          <>
            <p>{t("exam.status.inProgress")}</p>
            <Link className="button" href={`/exam/attempts/${eligibility.inProgressId}`}>{t("exam.resume")}</Link>
          </>
        ) : eligibility.canStart ? (
          <StartAttemptButton assessmentId={EXAM_ID} locale={locale === "en" ? "en" : "nl"} label={t("exam.start")} confirm={t("exam.confirmStart")} />
        ) : null}
      </section>
      <section aria-labelledby="previous-title">
        <h2 id="previous-title">{t("exam.previous")}</h2>
        {attempts.length === 0 ? (
          <p className="muted">{t("exam.noAttempts")}</p>
        ) : (
          <ul>
            {attempts.map((a) => (
              <li key={a.id}>
                {fmt(a.startedAt)} —{" "}
                {a.status === "graded" ? (
                  <Link href={`/exam/attempts/${a.id}`}>
                    {a.percent} % · {a.passed ? t("review.passed") : t("review.failed")} · {t("exam.review")}
                  </Link>
                ) : (
                  <Link href={`/exam/attempts/${a.id}`}>{t("exam.resume")}</Link>
                )}
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
