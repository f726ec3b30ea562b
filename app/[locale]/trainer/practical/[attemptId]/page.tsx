import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { getDb } from "@/lib/db";
import { getPractical, PracticalError, type PracticalAttemptView } from "@/lib/practical/service";
import { describeSubmission } from "@/lib/scenarios/describe";
import { getScenario } from "@/lib/scenarios/load";
import { requireUser } from "@/server/guards";
import { PracticalRunner } from "@/components/trainer/PracticalRunner";
import styles from "@/components/trainer/trainer.module.css";

type Params = { params: Promise<{ locale: string; attemptId: string }> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "trainer" });
  return { title: t("practical.title") };
}

export default async function PracticalAttemptPage({ params }: Params) {
  const { locale, attemptId } = await params;
  setRequestLocale(locale);
  const lang = locale === "en" ? "en" : "nl";
  const user = await requireUser("participant");
  const t = await getTranslations("trainer");
  let attempt: PracticalAttemptView;
  try {
    attempt = await getPractical(getDb(), user.id, attemptId);
  } catch (err) {
    if (err instanceof PracticalError && err.status === 404) notFound();
    throw err;
  }

  if (attempt.status !== "graded" || !attempt.result) {
    return (
      <div className="container stack" style={{ width: "min(1400px, 100% - 2rem)" }}>
        <p><Link href="/trainer/practical">← {t("practical.back")}</Link></p>
        <h1>{t("practical.title")}</h1>
        <PracticalRunner attempt={attempt} locale={lang} />
      </div>
    );
  }

  const format = await getFormatter();
  const result = attempt.result;
  return (
    <div className="container stack">
      <p><Link href="/trainer/practical">← {t("practical.back")}</Link></p>
      <h1>{t("practical.title")}</h1>
      <section className={`alert ${result.passed ? "ok" : "error"}`} aria-labelledby="result-h" data-testid="practical-result">
        <h2 id="result-h" style={{ marginTop: 0 }}>{result.passed ? t("practical.result.passed") : t("practical.result.failed")}</h2>
        <p>{t("practical.result.summary", { score: result.score, max: result.maxScore, percent: result.percent })}</p>
        <p>{result.criticalSafe ? t("practical.result.criticalSafe") : t("practical.result.unsafeFound")}</p>
        <p className="small muted">
          {t("practical.passRule", { percent: result.passRule.percent })}
          {attempt.gradedAt && <> · {t("practical.result.graded", { date: format.dateTime(new Date(attempt.gradedAt), { dateStyle: "medium", timeStyle: "short" }) })}</>}
        </p>
      </section>
      {result.scenarios.map((r, i) => {
        const s = getScenario(r.scenarioId);
        const answer = attempt.responses[r.scenarioId];
        return (
          <section key={r.scenarioId} className="card stack" aria-labelledby={`case-${i}`}>
            <h2 id={`case-${i}`} className={styles.panelTitle}>
              {t("practical.case", { n: i + 1 })}: {s?.title[lang] ?? r.scenarioId} ·{" "}
              <span className={`badge ${r.credit === 1 ? "ok" : r.unsafe ? "danger" : "warn"}`}>{t("practical.result.credit")}: {r.credit}</span>
            </h2>
            <p className="small">{answer ? describeSubmission(answer, lang) : t("practical.result.noAnswer")}</p>
            {r.evaluation && (
              <p className="small">
                {t("practical.result.verdict")}: <strong className={r.evaluation.verdict === "safe" ? styles.good : styles.warn}>{t(`verdict.${r.evaluation.verdict}`)}</strong>
                {r.evaluation.violations.length > 0 && <> · {r.evaluation.violations.map((v) => `${v.rule} (${t(`severity.${v.severity}`)})`).join(", ")}</>}
              </p>
            )}
            {r.checks.length > 0 && (
              <ul className={styles.checks} aria-label={t("practical.result.checks")}>
                {r.checks.map((c) => (
                  <li key={c.id} className={c.passed ? styles.checkOk : styles.checkBad}>
                    <span aria-hidden="true">{c.passed ? "✓" : "✗"}</span> <span className="sr-only">{c.passed ? t("outcome.passed") : t("outcome.failed")}: </span>{c.label[lang]}
                  </li>
                ))}
              </ul>
            )}
            {s && (
              <>
                <p className={styles.debrief}><strong>{t("practical.result.debrief")}:</strong> {s.debrief[lang]}</p>
                <p className="small muted"><strong>{t("practical.result.reference")}:</strong> {describeSubmission(s.reference, lang)}</p>
                <div className={styles.scenarioMeta}>
                  {s.recommendations.map((id) => <Link key={id} href={`/recommendations/${id}`} className="badge">{id}</Link>)}
                </div>
              </>
            )}
          </section>
        );
      })}
    </div>
  );
}
