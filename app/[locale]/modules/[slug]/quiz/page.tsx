import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { bestQuizScores, listAttempts } from "@/lib/attempts/service";
import { DEFAULT_QUIZ_CONFIG, quizId } from "@/lib/exam/config";
import { moduleLabel } from "@/lib/exam/labels";
import { getModule } from "@/lib/modules";
import { getDb } from "@/lib/db";
import { itemsFor } from "@/lib/questions/bank";
import { MODULE_SLUGS, type ModuleSlug } from "@/lib/questions/schema";
import { StartAttemptButton } from "@/components/exam/StartAttemptButton";
import { requireUser } from "@/server/guards";

type Params = { params: Promise<{ locale: string; slug: string }> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { locale, slug } = await params;
  const t = await getTranslations({ locale, namespace: "exam" });
  return { title: t("quiz.title", { module: moduleLabel(slug) }) };
}

export default async function ModuleQuizPage({ params }: Params) {
  const { locale, slug } = await params;
  setRequestLocale(locale);
  if (!(MODULE_SLUGS as readonly string[]).includes(slug)) notFound();
  const user = await requireUser();
  const t = await getTranslations("exam");
  const moduleSlug = slug as ModuleSlug;
  const db = getDb();
  const [best, attempts] = await Promise.all([bestQuizScores(db, user.id), listAttempts(db, user.id, quizId(moduleSlug))]);
  const mine = best.find((b) => b.slug === moduleSlug)!;
  const open = attempts.find((a) => a.status === "started");
  const hasItems = itemsFor({ module: moduleSlug, pool: "quiz" }).length > 0;
  return (
    <div className="narrow stack">
      <p><Link href={`/modules/${moduleSlug}`}>← {t("quiz.backToModule")}</Link></p>
      <h1>{t("quiz.titleWithName", { module: moduleLabel(moduleSlug), title: getModule(moduleSlug)?.meta[locale === "en" ? "en" : "nl"].title ?? "" })}</h1>
      <p>{t("quiz.lead", { passPercent: DEFAULT_QUIZ_CONFIG.passPercent })}</p>
      <section className="card stack" aria-label={t("quiz.best", { percent: mine.bestPercent ?? 0 })} data-testid="quiz-best">
        {mine.bestPercent === null ? <p>{t("quiz.bestNone")}</p> : <p>{t("quiz.best", { percent: mine.bestPercent })}</p>}
        <p>
          <span className={mine.passed ? "badge ok" : "badge warn"}>{mine.passed ? t("quiz.passed") : t("quiz.notPassed")}</span>
        </p>
      </section>
      {!hasItems ? (
        <p className="alert info">{t("quiz.noItems")}</p>
      ) : open ? (
        <Link className="button" href={`/exam/attempts/${open.id}`}>{t("quiz.resume")}</Link>
      ) : (
        <StartAttemptButton assessmentId={quizId(moduleSlug)} locale={locale === "en" ? "en" : "nl"} label={mine.attempts > 0 ? t("quiz.again") : t("quiz.start")} />
      )}
      {attempts.some((a) => a.status === "graded") && (
        <section>
          <h2>{t("exam.previous")}</h2>
          <ul>
            {attempts
              .filter((a) => a.status === "graded")
              .map((a) => (
                <li key={a.id}>
                  <Link href={`/exam/attempts/${a.id}`}>
                    {new Date(a.submittedAt ?? a.startedAt).toLocaleString(locale, { dateStyle: "medium", timeStyle: "short", timeZone: "Europe/Amsterdam" })} — {a.percent} %
                  </Link>
                </li>
              ))}
          </ul>
        </section>
      )}
    </div>
  );
}
