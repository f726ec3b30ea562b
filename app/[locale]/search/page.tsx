import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import styles from "@/components/modules/modules.module.css";
import { listModules } from "@/lib/modules";
import { highlightParts, searchIndexFor } from "@/lib/modules/search";

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "modules.search" });
  return { title: t("title") };
}

export default async function SearchPage({ params, searchParams }: { params: Promise<{ locale: string }>; searchParams: Promise<{ q?: string | string[] }> }) {
  const { locale: rawLocale } = await params;
  setRequestLocale(rawLocale);
  const locale = rawLocale === "en" ? "en" : "nl";
  const t = await getTranslations("modules.search");
  const raw = (await searchParams).q;
  const q = (Array.isArray(raw) ? raw[0] : raw)?.slice(0, 200).trim() ?? "";
  const hits = q.length >= 2 ? searchIndexFor(listModules()).search(q, locale) : [];

  return (
    <div className="container narrow stack">
      <h1>{t("title")}</h1>
      <form method="get" aria-label={t("title")} className={styles.searchForm}>
        <div className="field">
          <label htmlFor="q">{t("label")}</label>
          <input id="q" name="q" type="search" defaultValue={q} aria-describedby="q-hint" />
        </div>
        <button type="submit" className="button">{t("submit")}</button>
      </form>
      <p className="muted small" id="q-hint" style={{ marginTop: "0.3rem" }}>{t("hint")}</p>
      {q.length === 1 && <p role="status">{t("tooShort")}</p>}
      {q.length >= 2 && (
        <section aria-labelledby="results-title">
          <h2 id="results-title" style={{ fontSize: "1.1rem" }}>
            <span role="status">{t("results", { count: hits.length, q })}</span>
          </h2>
          <ol style={{ listStyle: "none", padding: 0 }} data-testid="search-results">
            {hits.map((h) => (
              <li key={`${h.moduleSlug}#${h.sectionId}`} className={`card ${styles.hit}`}>
                <h3 style={{ margin: "0 0 0.2rem", fontSize: "1.1rem" }}>
                  <Link href={`/modules/${h.moduleSlug}#${h.sectionId}`}>{h.sectionTitle}</Link>
                </h3>
                <p className="muted small" style={{ margin: "0 0 0.4rem" }}>
                  {t("in", { module: `${h.moduleOrder}. ${h.moduleTitle}` })} · {h.recs.join(", ")}
                </p>
                <p style={{ margin: 0 }}>
                  {highlightParts(h.snippet, h.terms).map((part, i) => (part.hit ? <mark key={i}>{part.text}</mark> : <span key={i}>{part.text}</span>))}
                </p>
              </li>
            ))}
          </ol>
        </section>
      )}
    </div>
  );
}
