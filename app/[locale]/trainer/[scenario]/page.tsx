import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { getScenario } from "@/lib/scenarios/load";
import type { Scenario } from "@/lib/scenarios/schema";
import TrainerLoader from "@/components/trainer/TrainerLoader";
import styles from "@/components/trainer/trainer.module.css";

type Params = { params: Promise<{ locale: string; scenario: string }> };

/** Practice scenarios only: the practical's cases stay unseen until the assessment. */
function practiceScenario(id: string): Scenario | null {
  const s = getScenario(id);
  return s && s.use === "practice" ? s : null;
}

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { locale, scenario } = await params;
  const t = await getTranslations({ locale, namespace: "trainer" });
  if (scenario === "sandbox") return { title: t("scenario.sandboxTitle") };
  const s = practiceScenario(scenario);
  return { title: s ? s.title[locale === "en" ? "en" : "nl"] : t("list.title") };
}

export default async function ScenarioPage({ params }: Params) {
  const { locale, scenario: id } = await params;
  setRequestLocale(locale);
  const lang = locale === "en" ? "en" : "nl";
  const t = await getTranslations("trainer");

  if (id === "sandbox") {
    return (
      <div className="container stack" style={{ width: "min(1400px, 100% - 2rem)" }}>
        <p><Link href="/trainer">← {t("scenario.back")}</Link></p>
        <h1>{t("scenario.sandboxTitle")}</h1>
        <p className="muted">{t("scenario.sandboxIntro")}</p>
        <TrainerLoader mode="sandbox" locale={lang} />
      </div>
    );
  }

  const scenario = practiceScenario(id);
  if (!scenario) notFound();
  const p = scenario.patient;
  return (
    <div className="container stack" style={{ width: "min(1400px, 100% - 2rem)" }}>
      <p><Link href="/trainer">← {t("scenario.back")}</Link></p>
      <h1>{scenario.title[lang]}</h1>
      <div className={styles.brief}>
        <section className="card" aria-labelledby="brief-h">
          <h2 id="brief-h" className={styles.panelTitle}>{t("scenario.brief")}</h2>
          <p>{scenario.brief[lang]}</p>
          <div className={styles.scenarioMeta}>
            <span className="muted small">{t("scenario.recommendations")}:</span>
            {scenario.recommendations.map((r) => (
              <Link key={r} href={`/recommendations/${r}`} className="badge">{r}</Link>
            ))}
          </div>
        </section>
        <section className={`card ${styles.patientCard}`} aria-labelledby="patient-h">
          <h2 id="patient-h" className={styles.panelTitle}>{t("scenario.patient")}</h2>
          <dl>
            <dt>{t("patient.sex")}</dt><dd>{t(`patient.${p.sex}`)}</dd>
            <dt>BMI</dt><dd>{p.bmi}</dd>
            <dt>{t("patient.position")}</dt><dd>{t(`patient.positions.${p.position}`)}</dd>
            <dt>{t("patient.scoliosis")}</dt><dd>{p.scoliosis ? t("readouts.yes") : t("readouts.no")}</dd>
            <dt>{t("scenario.level")}</dt><dd>{scenario.region.level} {t(`side.${scenario.region.side}`)}</dd>
            {scenario.targetMuscle && (<><dt>{t("scenario.target")}</dt><dd>{t(`muscle.${scenario.targetMuscle}`)}</dd></>)}
            <dt>{t("scenario.techniques")}</dt><dd>{scenario.allowedTechniques.map((k) => t(`technique.${k}`)).join("; ")}</dd>
          </dl>
        </section>
      </div>
      <TrainerLoader mode="practice" locale={lang} scenario={scenario} />
    </div>
  );
}
