import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import styles from "@/components/modules/modules.module.css";
import { loadGlossary, searchGlossary } from "@/lib/glossary";

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "modules.glossary" });
  return { title: t("title") };
}

export default async function GlossaryPage({ params, searchParams }: { params: Promise<{ locale: string }>; searchParams: Promise<{ q?: string | string[] }> }) {
  const { locale: rawLocale } = await params;
  setRequestLocale(rawLocale);
  const locale = rawLocale === "en" ? "en" : "nl";
  const other = locale === "nl" ? "en" : "nl";
  const t = await getTranslations("modules.glossary");
  const raw = (await searchParams).q;
  const q = (Array.isArray(raw) ? raw[0] : raw)?.slice(0, 100).trim() ?? "";
  const entries = loadGlossary();

  return (
    <div className="container narrow stack">
      <h1>{t("title")}</h1>
      <p className="lead muted">{t("lead")}</p>
      {!entries ? (
        <p className="alert info">{t("unavailable")}</p>
      ) : (
        <>
          <form method="get" aria-label={t("search")} className={styles.searchForm}>
            <div className="field">
              <label htmlFor="glossary-q">{t("search")}</label>
              <input id="glossary-q" name="q" type="search" defaultValue={q} />
            </div>
            <button type="submit" className="button">{t("submit")}</button>
            {q && <Link href="/glossary" className="button secondary">{t("clear")}</Link>}
          </form>
          {(() => {
            const shown = q ? searchGlossary(entries, q, locale) : [...entries].sort((a, b) => a[locale].localeCompare(b[locale], locale));
            return (
              <>
                <p role="status" className="muted">{t("count", { count: shown.length })}</p>
                <dl className={styles.glossary} data-testid="glossary">
                  {shown.map((e) => (
                    <div key={e.id} id={e.id}>
                      <dt>{e[locale]}</dt>
                      <dd className="small muted">
                        <span lang={other}>{t(other === "en" ? "english" : "dutch")}: {e[other]}</span>
                        {e.latin && (
                          <>
                            {" · "}
                            <span lang="la"><em>{t("latin")}: {e.latin}</em></span>
                          </>
                        )}
                      </dd>
                      <dd>{e.definition[locale]}</dd>
                    </div>
                  ))}
                </dl>
              </>
            );
          })()}
        </>
      )}
    </div>
  );
}
