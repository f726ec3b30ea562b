import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { loadScenarios } from "@/lib/scenarios/load";
import styles from "@/components/trainer/trainer.module.css";

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "trainer" });
  return { title: t("list.title") };
}

/** The trainer's start page: free practice, the practice scenarios and the way to the practical. */
export default async function TrainerPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const lang = locale === "en" ? "en" : "nl";
  const t = await getTranslations("trainer");
  const scenarios = loadScenarios().filter((s) => s.use === "practice");
  return (
    <div className="container stack">
      <h1>{t("list.title")}</h1>
      <p className="muted" style={{ maxWidth: "52rem" }}>{t("list.intro")}</p>

      <div className="grid">
        <section className="card" aria-labelledby="sandbox-h">
          <h2 id="sandbox-h">{t("list.sandboxTitle")}</h2>
          <p>{t("list.sandboxBody")}</p>
          <Link href="/trainer/sandbox" className="button secondary">{t("list.sandboxLink")}</Link>
        </section>
        <section className="card" aria-labelledby="practical-h">
          <h2 id="practical-h">{t("list.practicalTitle")}</h2>
          <p>{t("list.practicalBody")}</p>
          <Link href="/trainer/practical" className="button">{t("list.practicalLink")}</Link>
        </section>
      </div>

      <h2>{t("list.scenarios")}</h2>
      <ul className={styles.scenarioGrid}>
        {scenarios.map((s) => (
          <li key={s.id}>
            <article className={`card ${styles.scenarioCard}`}>
              <h3>
                <Link href={`/trainer/${s.id}`}>{s.title[lang]}</Link>
              </h3>
              <div className={styles.scenarioMeta}>
                <span className="badge">{t("list.difficulty", { n: s.difficulty })}</span>
                <span className="badge">{s.region.level}</span>
                {s.recommendations.map((r) => (
                  <span key={r} className="badge ok">{r}</span>
                ))}
              </div>
              <p className="muted small">{s.targetMuscle ? t("list.target", { muscle: t(`muscle.${s.targetMuscle}`) }) : t("list.noTarget")}</p>
              <p className="small" style={{ flex: 1 }}>{firstSentence(s.brief[lang])}</p>
            </article>
          </li>
        ))}
      </ul>
    </div>
  );
}

function firstSentence(text: string): string {
  const m = /^(.+?[.!?])(\s|$)/.exec(text);
  return m ? m[1]! : text;
}
