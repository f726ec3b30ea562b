import type { Metadata } from "next";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { AuthorisationPanel } from "@/components/authorisation/DashboardPanel";
import { getDashboardSummary } from "@/lib/dashboard";
import { getDb } from "@/lib/db";
import { requireUser } from "@/server/guards";
import { Link } from "@/i18n/navigation";
import { ModuleProgress } from "@/components/modules/ModuleProgress";
import { parseAssessmentId } from "@/lib/exam/config";
import { moduleLabel } from "@/lib/exam/labels";
import { getModule } from "@/lib/modules";

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

      <section className="card" aria-labelledby="assessments-title">
        <h2 id="assessments-title">{t("assessments.title")}</h2>
        {summary.attempts.length === 0 ? (
          <p data-testid="assessments-empty">{t("assessments.empty")}</p>
        ) : (
          <ul>
            {summary.attempts.map((a) => {
              // Name the module ("Practice quiz · M2 Informed consent"), never the raw assessment id.
              const parsed = parseAssessmentId(a.assessmentId);
              const detail = parsed?.kind === "quiz" ? ` · ${moduleLabel(parsed.module)} ${getModule(parsed.module)?.meta[locale === "en" ? "en" : "nl"].title ?? ""}` : "";
              const label = `${t.has(`assessments.kind.${a.kind}`) ? t(`assessments.kind.${a.kind}` as "assessments.kind.quiz") : a.kind}${detail}`;
              const state = a.status === "graded" ? `${Math.round(a.percent ?? 0)} % (${a.passed ? t("assessments.passed") : t("assessments.failed")})` : t(`assessments.status.${a.status}` as "assessments.status.started");
              return (
                <li key={a.id}>
                  {a.kind === "practical" ? label : <Link href={`/exam/attempts/${a.id}`}>{label}</Link>} · {format.dateTime(a.startedAt, { dateStyle: "medium" })} · {state}
                </li>
              );
            })}
          </ul>
        )}
      </section>

      <AuthorisationPanel userId={user.id} locale={locale} />
    </div>
  );
}
