import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { AttemptError, getAttemptView } from "@/lib/attempts/service";
import { nowFor } from "@/lib/clock";
import { parseAssessmentId } from "@/lib/exam/config";
import { moduleLabel } from "@/lib/exam/labels";
import { getDb } from "@/lib/db";
import { AttemptRunner } from "@/components/exam/AttemptRunner";
import { ItemReviewPanel } from "@/components/exam/ItemReviewPanel";
import styles from "@/components/exam/exam.module.css";
import { requireUser } from "@/server/guards";

type Params = { params: Promise<{ locale: string; id: string }> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "exam" });
  return { title: t("exam.review") };
}

export const dynamic = "force-dynamic";

export default async function AttemptPage({ params }: Params) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const user = await requireUser();
  const t = await getTranslations("exam");
  if (!/^[A-Za-z0-9_-]{1,64}$/.test(id)) notFound();
  let view;
  try {
    view = await getAttemptView(getDb(), { attemptId: id, userId: user.id, locale: locale === "en" ? "en" : "nl", now: nowFor(user.id) });
  } catch (err) {
    if (err instanceof AttemptError && err.code === "not-found") notFound();
    throw err;
  }
  const parsed = parseAssessmentId(view.assessmentId);
  const title = parsed?.kind === "quiz" ? t("quiz.title", { module: moduleLabel(parsed.module) }) : t("exam.title");
  const back =
    parsed?.kind === "quiz" ? (
      <Link href={`/modules/${parsed.module}/quiz`}>← {t("review.backToModule")}</Link>
    ) : (
      <Link href="/exam">← {t("review.backToExam")}</Link>
    );

  if (view.status !== "graded" || !view.result) {
    return (
      <div className="narrow stack">
        <h1>{title}</h1>
        <AttemptRunner initial={view} />
      </div>
    );
  }
  const r = view.result;
  const items = view.items;
  const caseLabel = (caseId: string) => {
    const numbers = items.flatMap((x, i) => (x.caseId === caseId ? [i + 1] : []));
    return t("attempt.caseFor", { from: numbers[0] ?? 0, to: numbers[numbers.length - 1] ?? 0 });
  };
  return (
    <div className="narrow stack">
      <p>{back}</p>
      <h1>
        {title} — {t("review.title")}
      </h1>
      <section className="card stack" data-testid="result-summary" aria-live="polite">
        <p className={r.passed ? "alert ok" : "alert error"}>
          <strong>{r.passed ? t("review.passed") : t("review.failed")}</strong> · {t("review.score", { score: r.score, max: r.maxScore, percent: r.percent })} ·{" "}
          {t("review.passMark", { percent: r.passPercent })}
        </p>
        {r.durationSec !== null && <p>{t("review.duration", { minutes: Math.floor(r.durationSec / 60), seconds: r.durationSec % 60 })}</p>}
        {r.late && <p className="alert info">{t("review.late")}</p>}
      </section>
      {view.items.map((item, index) => {
        const caseText = item.caseId && view.items[index - 1]?.caseId !== item.caseId ? view.cases.find((c) => c.id === item.caseId)?.scenario : null;
        return (
          <div key={item.id}>
            {caseText && (
              <div className={styles.case} role="group" aria-label={caseLabel(item.caseId!)}>
                <p className="small"><strong>{caseLabel(item.caseId!)}</strong></p>
                <p>{caseText}</p>
              </div>
            )}
            <section className={styles.item} aria-labelledby={`rv-${item.id}`}>
              <p className={styles.number}>{t("attempt.question", { n: index + 1, total: view.items.length })}</p>
              <p className={styles.stem} id={`rv-${item.id}`}>{item.stem}</p>
              {item.review && <ItemReviewPanel item={item} review={item.review} />}
            </section>
          </div>
        );
      })}
      <p>{back}</p>
    </div>
  );
}
