import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import styles from "@/components/modules/modules.module.css";
import { getDb } from "@/lib/db";
import { listModules } from "@/lib/modules";
import { getUserProgress } from "@/lib/progress";
import { currentUser } from "@/server/guards";

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "modules.list" });
  return { title: t("title") };
}

export default async function ModulesPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale: rawLocale } = await params;
  setRequestLocale(rawLocale);
  const locale = rawLocale === "en" ? "en" : "nl";
  const t = await getTranslations("modules.list");
  const modules = listModules();
  const user = await currentUser();
  const progress = user ? await getUserProgress(getDb(), user.id) : null;

  return (
    <div className="container stack">
      <h1>{t("title")}</h1>
      <p className="lead muted" style={{ maxWidth: "48rem" }}>{t("lead")}</p>
      {!user && (
        <p className="alert info">
          <Link href="/sign-in">{t("signInForProgress")}</Link>
        </p>
      )}
      <ol className="grid" style={{ listStyle: "none", padding: 0 }}>
        {modules.map((m) => {
          const meta = m.meta[locale];
          const p = progress?.modules.find((x) => x.slug === m.slug);
          const progressId = `progress-${m.slug}`;
          return (
            <li key={m.slug} className={`card ${styles.moduleCard}`} data-module-card={m.slug}>
              <p className="muted small" style={{ margin: 0 }}>{t("moduleNumber", { order: m.order })}</p>
              <h2>
                <Link href={`/modules/${m.slug}`}>{meta.title}</Link>
              </h2>
              <p style={{ margin: 0 }}>{meta.summary}</p>
              <p className="muted small" style={{ margin: 0 }}>
                {t("minutes", { minutes: m.minutes })} · {t("sections", { count: m.sections.length })} · {t("recs", { count: m.recommendations.length })}
              </p>
              {p && (
                <>
                  <p className="small" id={progressId} style={{ margin: 0 }}>{t("progress", { done: p.done, total: p.total })}</p>
                  <div className="progress" role="progressbar" aria-labelledby={progressId} aria-valuemin={0} aria-valuemax={p.total} aria-valuenow={p.done}>
                    <span style={{ width: `${p.percent}%` }} />
                  </div>
                </>
              )}
            </li>
          );
        })}
      </ol>
    </div>
  );
}
