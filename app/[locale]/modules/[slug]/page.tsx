import type { Metadata } from "next";
import type { ComponentType } from "react";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import type { MDXComponents } from "mdx/types";
import { Link } from "@/i18n/navigation";
import { routing } from "@/i18n/routing";
import { ReferenceList } from "@/components/modules/Cite";
import { moduleComponents } from "@/components/modules/mdx";
import { RecBadges } from "@/components/modules/Rec";
import styles from "@/components/modules/modules.module.css";
import { getDb } from "@/lib/db";
import { getModule, listModules, moduleNeighbours } from "@/lib/modules";
import { currentUser } from "@/server/guards";

type Params = { locale: string; slug: string };

// Building the pages validates every module (unknown recommendation IDs, nl/en section mismatch … fail the build).
export function generateStaticParams() {
  const modules = listModules();
  return routing.locales.flatMap((locale) => modules.map((m) => ({ locale, slug: m.slug })));
}

export async function generateMetadata({ params }: { params: Promise<Params> }): Promise<Metadata> {
  const { locale, slug } = await params;
  const mod = getModule(slug);
  if (!mod) return {};
  const meta = mod.meta[locale === "en" ? "en" : "nl"];
  return { title: meta.title, description: meta.summary };
}

async function loadContent(slug: string, locale: "nl" | "en"): Promise<ComponentType<{ components?: MDXComponents }>> {
  const mod = (await import(`@/content/modules/${slug}/${locale}.mdx`)) as { default: ComponentType<{ components?: MDXComponents }> };
  return mod.default;
}

export default async function ModulePage({ params }: { params: Promise<Params> }) {
  const { locale: rawLocale, slug } = await params;
  setRequestLocale(rawLocale);
  const locale = rawLocale === "en" ? "en" : "nl";
  const mod = getModule(slug);
  if (!mod) notFound();
  const t = await getTranslations("modules.module");
  const tl = await getTranslations("modules.list");
  const tr = await getTranslations("modules.recs");
  const meta = mod.meta[locale];
  const user = await currentUser();
  const doneIds = new Set(
    user ? (await getDb().sectionProgress.findMany({ where: { userId: user.id, moduleSlug: slug }, select: { sectionId: true } })).map((r) => r.sectionId) : [],
  );
  const doneCount = mod.sections.filter((s) => doneIds.has(s.id)).length;
  const Content = await loadContent(slug, locale);
  const { prev, next } = moduleNeighbours(slug);
  const components = moduleComponents({
    locale,
    moduleSlug: slug,
    signedIn: !!user,
    doneIds,
    references: meta.references,
    labels: {
      teaches: t("teaches"),
      anchor: t("sectionAnchor"),
      signInToTrack: t("signInToTrack"),
      keyFigure: t("keyFigure"),
      reflect: t("reflect"),
      reflectShow: t("reflectShow"),
      modelAnswer: t("modelAnswer"),
      callout: { info: t("callout.info"), warning: t("callout.warning"), tip: t("callout.tip") },
      cite: (n) => t("cite", { n }),
      unknownDiagram: (name) => t("unknownDiagram", { name }),
    },
  });

  return (
    <div className="container">
      <nav aria-label={tr("breadcrumb")} className="small">
        <Link href="/modules">{t("backToList")}</Link>
      </nav>
      {/* The title comes before the contents list, so the page starts with its h1 (heading order) and
          phone readers see what the module is before its table of contents. */}
      <header lang={locale}>
        <p className="muted small" style={{ margin: "1rem 0 0" }}>{tl("moduleNumber", { order: mod.order })}</p>
        <h1 style={{ marginTop: "0.2rem" }}>{meta.title}</h1>
      </header>
      <div className={styles.layout}>
        <aside className={styles.toc} aria-labelledby="toc-title">
          <h2 id="toc-title" style={{ fontSize: "1rem", marginTop: "1rem" }}>{t("contents")}</h2>
          <ol>
            {mod.sections.map((s) => (
              <li key={s.id}>
                <a href={`#${s.id}`}>{s.title[locale]}</a>
                {doneIds.has(s.id) && (
                  <span className={styles.tocDone}>
                    <span aria-hidden="true">✓</span>
                    <span className="sr-only"> ({t("sectionDone")})</span>
                  </span>
                )}
              </li>
            ))}
            {meta.references.length > 0 && (
              <li>
                <a href="#references-title">{t("references")}</a>
              </li>
            )}
          </ol>
        </aside>
        <article className={styles.article} data-module={slug} lang={locale}>
          <p className="lead">{meta.summary}</p>
          <div className={styles.meta}>
            <span>{tl("minutes", { minutes: mod.minutes })}</span>
            <span>{tl("sections", { count: mod.sections.length })}</span>
          </div>
          <RecBadges ids={mod.recommendations} locale={locale} label={t("teaches")} />
          {user && (
            <div className="stack" style={{ "--stack-gap": "0.3rem" } as React.CSSProperties}>
              <p className="small" id="module-progress-label" data-testid="module-progress">{t("yourProgress", { done: doneCount, total: mod.sections.length })}</p>
              <div className="progress" role="progressbar" aria-labelledby="module-progress-label" aria-valuemin={0} aria-valuemax={mod.sections.length} aria-valuenow={doneCount}>
                <span style={{ width: `${(doneCount / Math.max(1, mod.sections.length)) * 100}%` }} />
              </div>
            </div>
          )}
          <Content components={components} />
          <aside className="card" aria-labelledby="quiz-cta-title" style={{ marginBlock: "1.5rem" }}>
            <h2 id="quiz-cta-title">{t("quizCta.title")}</h2>
            <p>{t("quizCta.body")}</p>
            <Link href={`/modules/${slug}/quiz`} className="button">{t("quizCta.button")}</Link>
          </aside>
          <ReferenceList references={meta.references} heading={t("references")} />
          <nav className={styles.pager} aria-label={tl("title")}>
            {prev ? (
              <Link href={`/modules/${prev.slug}`} className="button secondary" rel="prev">
                ← {t("previous")}: {prev.meta[locale].title}
              </Link>
            ) : <span />}
            {next && (
              <Link href={`/modules/${next.slug}`} className="button" rel="next">
                {t("next")}: {next.meta[locale].title} →
              </Link>
            )}
          </nav>
        </article>
      </div>
    </div>
  );
}
