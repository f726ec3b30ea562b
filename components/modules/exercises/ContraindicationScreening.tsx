"use client";

import { useId, useState } from "react";
import { useLocale, useTranslations } from "next-intl";
import { checkScreening, SCREENING_CASES, VERDICTS, type ScreeningFeedback, type Verdict as VerdictId } from "@/lib/exercises/contraindications";
import { CaseShell, RecList, Verdict } from "./CaseShell";
import styles from "../modules.module.css";

export function ContraindicationScreening() {
  const t = useTranslations("modules.exercise");
  const ts = useTranslations("modules.exercise.screening");
  const lang = useLocale() === "en" ? "en" : "nl";
  const name = useId();
  const [index, setIndex] = useState(0);
  const [flagged, setFlagged] = useState<number[]>([]);
  const [verdict, setVerdict] = useState<VerdictId | null>(null);
  const [feedback, setFeedback] = useState<ScreeningFeedback | null>(null);
  const [incomplete, setIncomplete] = useState(false);
  const c = SCREENING_CASES[index]!;

  const go = (i: number) => {
    setIndex(i);
    setFlagged([]);
    setVerdict(null);
    setFeedback(null);
    setIncomplete(false);
  };
  const toggle = (i: number) => setFlagged((f) => (f.includes(i) ? f.filter((x) => x !== i) : [...f, i]));
  const check = () => {
    if (!verdict) return setIncomplete(true);
    setIncomplete(false);
    setFeedback(checkScreening(c, { verdict, flagged }));
  };
  const lineText = (i: number) => c.lines[i]!.text[lang];

  return (
    <CaseShell kind="contraindication-screening" title={ts("title")} intro={ts("intro")} index={index} total={SCREENING_CASES.length} onIndex={go}>
      <div className={styles.story} data-testid="case-story">
        <p><strong>{ts("plan")}:</strong> {c.plan[lang]}</p>
      </div>
      <form onSubmit={(e) => { e.preventDefault(); check(); }}>
        <fieldset>
          <legend>{ts("findingsQuestion")}</legend>
          {c.lines.map((line, i) => (
            <label key={i} className={styles.choice}>
              <input type="checkbox" checked={flagged.includes(i)} onChange={() => toggle(i)} />
              {line.text[lang]}
            </label>
          ))}
        </fieldset>
        <fieldset>
          <legend>{ts("verdictQuestion")}</legend>
          {VERDICTS.map((v) => (
            <label key={v} className={styles.choice}>
              <input type="radio" name={`${name}-verdict`} value={v} checked={verdict === v} onChange={() => setVerdict(v)} />
              {ts(`verdict.${v}`)}
            </label>
          ))}
        </fieldset>
        <button type="submit" className="button">{t("check")}</button>
      </form>
      <div className={styles.feedback} role="status" aria-live="polite" data-testid="exercise-feedback">
        {incomplete && <p className={styles.bad}>{t("chooseFirst")}</p>}
        {feedback && (
          <>
            <Verdict correct={feedback.correct} />
            <p>{ts("expected", { verdict: ts(`verdict.${feedback.expectedVerdict}`) })}</p>
            {feedback.missed.length > 0 && <p>{ts("missed", { items: feedback.missed.map(lineText).join("; ") })}</p>}
            {feedback.wronglyFlagged.length > 0 && <p>{ts("wronglyFlagged", { items: feedback.wronglyFlagged.map(lineText).join("; ") })}</p>}
            <p><strong>{ts("relevant")}:</strong></p>
            {feedback.relevant.length === 0 ? (
              <p>{ts("noneRelevant")}</p>
            ) : (
              <ul>
                {feedback.relevant.map((r) => (
                  <li key={r.index}>
                    <em>{lineText(r.index)}</em> → {ts(`verdict.${r.verdict}`)}. {r.reason?.[lang]}
                  </li>
                ))}
              </ul>
            )}
            <RecList recs={[...new Set(feedback.relevant.flatMap((r) => r.recs))]} />
          </>
        )}
      </div>
    </CaseShell>
  );
}
