import type { Metadata } from "next";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { AuthorisationPanel } from "@/components/authorisation/DashboardPanel";
import { getDashboardSummary } from "@/lib/dashboard";
import { getDb } from "@/lib/db";
import { requireUser } from "@/server/guards";
import { ModuleProgress } from "@/components/modules/ModuleProgress";

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "dashboard" });
  return { title: t("title") };
}

export default async function DashboardPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const user = await requireUser();
  const t = await getTranslations("dashboard");
  const tc = await getTranslations("common");
  const format = await getFormatter();
  const summary = await getDashboardSummary(getDb(), user.id);
  return (
    <div className="container stack">
      <h1>{t("welcome", { name: user.name })}</h1>
      <p className="muted">{t("roleNote", { role: tc(`account.role.${user.role}`) })}</p>

      <ModuleProgress userId={user.id} locale={locale} />

      <div className="grid">
        <section className="card" aria-labelledby="learning-title">
          <h2 id="learning-title">{t("learning.title")}</h2>
          {summary.sectionsCompleted === 0 ? (
            <p data-testid="learning-empty">{t("learning.empty")}</p>
          ) : (
            <>
              <p>{t("learning.count", { count: summary.sectionsCompleted })}</p>
              {summary.lastSection && <p className="muted small">{t("learning.last", { section: summary.lastSection.sectionId, module: summary.lastSection.moduleSlug })}</p>}
            </>
          )}
        </section>

        <section className="card" aria-labelledby="assessments-title">
          <h2 id="assessments-title">{t("assessments.title")}</h2>
          {summary.attempts.length === 0 ? (
            <p data-testid="assessments-empty">{t("assessments.empty")}</p>
          ) : (
            <ul>
              {summary.attempts.map((a) => (
                <li key={a.id}>
                  {t.has(`assessments.kind.${a.kind}`) ? t(`assessments.kind.${a.kind}` as "assessments.kind.quiz") : a.kind} · {a.assessmentId} ·{" "}
                  {format.dateTime(a.startedAt, { dateStyle: "medium" })} ·{" "}
                  {a.status === "graded" ? `${Math.round(a.percent ?? 0)} % (${a.passed ? t("assessments.passed") : t("assessments.failed")})` : t(`assessments.status.${a.status}` as "assessments.status.started")}
                </li>
              ))}
            </ul>
          )}
        </section>

      </div>

      <AuthorisationPanel userId={user.id} locale={locale} />
    </div>
  );
}
