import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { getDb } from "@/lib/db";
import { getModule, listModules } from "@/lib/modules";
import { getUserProgress } from "@/lib/progress";
import styles from "./modules.module.css";

/** Dashboard panel: a progress bar per module and a link to continue where the user left off. */
export async function ModuleProgress({ userId, locale }: { userId: string; locale: string }) {
  const lang = locale === "en" ? "en" : "nl";
  const t = await getTranslations({ locale, namespace: "modules.dashboard" });
  const progress = await getUserProgress(getDb(), userId);
  const modules = listModules();
  const target = progress.continueAt;
  const targetModule = target ? getModule(target.moduleSlug) : undefined;
  const targetSection = targetModule?.sections.find((s) => s.id === target?.sectionId);

  return (
    <section className="card" aria-labelledby="module-progress-title" data-testid="module-progress-panel">
      <h2 id="module-progress-title">{t("title")}</h2>
      {target && targetModule && targetSection ? (
        <p>
          <Link href={`/modules/${target.moduleSlug}#${target.sectionId}`} className="button" data-testid="continue-link">
            {target.reason === "start" ? t("start") : t("continue")}
          </Link>
          <br />
          <span className="small muted">{t("continueAt", { section: targetSection.title[lang], module: targetModule.meta[lang].title })}</span>
        </p>
      ) : (
        <p>{t("allDone")}</p>
      )}
      <ul style={{ listStyle: "none", padding: 0, margin: 0 }}>
        {progress.modules.map((p) => {
          const m = modules.find((x) => x.slug === p.slug)!;
          const id = `dash-progress-${p.slug}`;
          return (
            <li key={p.slug} className={styles.progressRow}>
              <Link href={`/modules/${p.slug}`} id={id} title={m.meta[lang].title}>
                {m.order}. {m.meta[lang].title}
              </Link>
              <div className="progress" role="progressbar" aria-labelledby={id} aria-valuemin={0} aria-valuemax={p.total} aria-valuenow={p.done}>
                <span style={{ width: `${p.percent}%` }} />
              </div>
              <span className="small muted" data-testid={`dash-count-${p.slug}`}>{t("progress", { done: p.done, total: p.total })}</span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
