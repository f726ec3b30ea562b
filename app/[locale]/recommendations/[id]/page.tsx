import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { getRecommendation, RECOMMENDATION_IDS } from "@/lib/recommendations/registry";
import { traceRecommendation, type TraceKind } from "@/lib/traceability";

export function generateStaticParams() {
  return RECOMMENDATION_IDS.map((id) => ({ id }));
}

export async function generateMetadata({ params }: { params: Promise<{ locale: string; id: string }> }): Promise<Metadata> {
  const { locale, id } = await params;
  const rec = getRecommendation(id);
  return rec ? { title: `${rec.id} ${rec.title[locale === "en" ? "en" : "nl"]}` } : {};
}

export default async function RecommendationPage({ params }: { params: Promise<{ locale: string; id: string }> }) {
  const { locale: rawLocale, id } = await params;
  setRequestLocale(rawLocale);
  const locale = rawLocale === "en" ? "en" : "nl";
  const rec = getRecommendation(id);
  if (!rec) notFound();
  const t = await getTranslations("modules.recs");
  const trace = traceRecommendation(rec.id);
  const other = locale === "nl" ? "en" : "nl";

  const placeholder = (kind: Exclude<TraceKind, "taught">) =>
    trace[kind].connected ? (trace[kind].entries.length === 0 ? <p className="muted">{t("noneFound")}</p> : null) : <p className="muted">{t("notYetConnected", { feature: t(`feature.${kind}`) })}</p>;

  return (
    <div className="container narrow stack">
      <nav aria-label={t("breadcrumb")} className="small">
        <Link href="/recommendations">{t("back")}</Link>
      </nav>
      <p style={{ margin: 0 }}>
        <span className="badge">{rec.id}</span> <span className="muted small">{t(`chapter.${rec.chapter}`)}</span>
      </p>
      <h1 style={{ marginTop: "0.3rem" }}>{rec.title[locale]}</h1>
      <p className="muted small" lang={other}>{t("otherLanguage")}: {rec.title[other]}</p>

      <section aria-labelledby="taught-title" className="card">
        <h2 id="taught-title">{t("taught")}</h2>
        {trace.taught.entries.length === 0 ? (
          <p className="alert error" data-testid="not-taught">{t("notTaught")}</p>
        ) : (
          <ul data-testid="taught-list">
            {trace.taught.entries.map((e) =>
              e.kind === "taught" ? (
                <li key={`${e.moduleSlug}#${e.sectionId}`}>
                  <Link href={`/modules/${e.moduleSlug}#${e.sectionId}`}>{t("section", { module: e.moduleTitle[locale], section: e.sectionTitle[locale] })}</Link>
                </li>
              ) : null,
            )}
          </ul>
        )}
      </section>

      <section aria-labelledby="tested-title" className="card">
        <h2 id="tested-title">{t("tested")}</h2>
        {placeholder("tested")}
        {trace.tested.entries.length > 0 && (
          <ul>
            {trace.tested.entries.map((e) => (e.kind === "tested" ? <li key={e.itemId}>{t("testedItem", { id: e.itemId, pools: e.pools.map((pool) => t(`pool.${pool}`)).join(", ") })}</li> : null))}
          </ul>
        )}
      </section>

      <section aria-labelledby="enforced-title" className="card">
        <h2 id="enforced-title">{t("enforced")}</h2>
        {placeholder("enforced")}
        {trace.enforced.entries.length > 0 && (
          <ul>
            {trace.enforced.entries.map((e) => (e.kind === "enforced" ? <li key={e.ruleId}><code>{e.ruleId}</code> {e.label[locale]}</li> : null))}
          </ul>
        )}
      </section>
    </div>
  );
}
