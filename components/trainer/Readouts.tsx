"use client";

import { useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";
import type { ThoraxModel } from "@/lib/anatomy";
import type { EvaluateResponse } from "@/lib/trajectory";
import type { Outcome } from "@/lib/scenarios/outcome";
import styles from "./trainer.module.css";

type Props = {
  locale: "nl" | "en";
  model: ThoraxModel;
  result: EvaluateResponse | null;
  placed: boolean;
  declined: string | null;
  depthMm: number;
  /** practical assessment: geometry only, no verdict, rules or pleura distance */
  assessing: boolean;
  inputError: string | null;
  outcome: Outcome | null;
};

const RULE_LINKABLE = /^(ALG|TST|CMP|NEU|INF|PNX|TECH)-\d+$/;

export function Readouts({ locale, model, result, placed, declined, depthMm, assessing, inputError }: Props) {
  const t = useTranslations("trainer");
  const name = (structure: string) => {
    const found = model.structures.find((s) => s.id === structure);
    if (found) return found.label[locale];
    const [kind, rest] = structure.split(":");
    return rest ? `${t.has(`structureKind.${kind}`) ? t(`structureKind.${kind}`) : kind} ${rest}` : structure;
  };
  const mm = (n: number | null | undefined) => (n === null || n === undefined ? "—" : `${n.toFixed(1)} mm`);

  if (declined) return null;
  if (!placed) {
    return (
      <section className={styles.readouts} aria-labelledby="readouts-h">
        <h2 id="readouts-h" className={styles.panelTitle}>{t("readouts.title")}</h2>
        <p className="muted">{t("readouts.notPlaced")}</p>
      </section>
    );
  }
  return (
    <section className={styles.readouts} aria-labelledby="readouts-h" data-testid="readouts">
      <h2 id="readouts-h" className={styles.panelTitle}>{t("readouts.title")}</h2>
      {inputError && <p className={styles.warn} role="alert">{t("readouts.invalid")}: {inputError}</p>}
      {!result && !inputError && <p className="muted">{t("readouts.notInserted")}</p>}
      {result && (
        <>
          {!assessing && (
            <p className={result.verdict === "safe" ? styles.verdictSafe : styles.verdictUnsafe} data-testid="verdict">
              <strong>{t(`verdict.${result.verdict}`)}</strong> · {t("readouts.score", { score: Math.round(result.score) })}
            </p>
          )}
          <dl className={styles.metrics}>
            <div><dt>{t("readouts.depth")}</dt><dd data-testid="readout-depth">{mm(depthMm)}</dd></div>
            <div><dt>{t("readouts.angle")}</dt><dd>{result.angleToSkinDeg.toFixed(0)}°</dd></div>
            <div><dt>{t("readouts.downhill")}</dt><dd>{result.downhill === null ? "—" : result.downhill ? t("readouts.yes") : t("readouts.no")}</dd></div>
            <div><dt>{t("readouts.midline")}</dt><dd>{mm(result.midlineDistanceMm)}</dd></div>
            <div><dt>{t("readouts.fingers")}</dt><dd>{result.fingerWidths.toFixed(2)}</dd></div>
            {!assessing && (
              <>
                <div className={result.pleuraMarginMm <= 5 ? styles.metricWarn : undefined}><dt>{t("readouts.margin")}</dt><dd data-testid="readout-margin">{mm(result.pleuraMarginMm)}</dd></div>
                <div><dt>{t("readouts.skinToPleura")}</dt><dd>{result.skinToPleuraMm === null ? t("readouts.missesPleura") : mm(result.skinToPleuraMm)}</dd></div>
                <div><dt>{t("readouts.stoppedBy")}</dt><dd>{result.stoppedBy ? name(result.stoppedBy) : t("readouts.none")}</dd></div>
              </>
            )}
          </dl>
          {!assessing && (
            <>
              <h3 className={styles.subTitle}>{t("readouts.structures")}</h3>
              <ol className={styles.structures}>
                {result.penetrated.map((p, i) => (
                  <li key={`${p.structure}-${i}`}>
                    {name(p.structure)} <span className="muted">{t("readouts.at", { depth: p.depthMm.toFixed(1) })}</span>
                  </li>
                ))}
              </ol>
              <h3 className={styles.subTitle}>{t("readouts.rules")}</h3>
              {result.violations.length === 0 ? (
                <p className={styles.good}>{t("readouts.noViolations")}</p>
              ) : (
                <ul className={styles.violations} data-testid="violations">
                  {result.violations.map((v, i) => (
                    <li key={`${v.rule}-${i}`} className={styles[`sev_${v.severity}`]}>
                      {RULE_LINKABLE.test(v.rule) ? (
                        <Link href={`/recommendations/${v.rule}`} className={styles.ruleId}>{v.rule}</Link>
                      ) : (
                        <span className={styles.ruleId}>{v.rule}</span>
                      )}{" "}
                      <span className={styles.sevBadge}>{t(`severity.${v.severity}`)}</span> {v.message[locale]}
                    </li>
                  ))}
                </ul>
              )}
            </>
          )}
        </>
      )}
    </section>
  );
}
