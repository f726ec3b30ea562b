"use client";

import { useId, useState } from "react";
import { useLocale, useTranslations } from "next-intl";
import { checkPnxAnswer, PNX_ACTIONS, PNX_CASES, SYMPTOMS, type PnxAction, type PnxFeedback, type SymptomId } from "@/lib/exercises/pneumothorax";
import { CaseShell, RecList, Verdict } from "./CaseShell";
import styles from "../modules.module.css";

export function PneumothoraxSymptoms() {
  const t = useTranslations("modules.exercise");
  const tp = useTranslations("modules.exercise.pneumothorax");
  const lang = useLocale() === "en" ? "en" : "nl";
  const name = useId();
  const [index, setIndex] = useState(0);
  const [flagged, setFlagged] = useState<SymptomId[]>([]);
  const [action, setAction] = useState<PnxAction | null>(null);
  const [feedback, setFeedback] = useState<PnxFeedback | null>(null);
  const [incomplete, setIncomplete] = useState(false);
  const c = PNX_CASES[index]!;

  const go = (i: number) => {
    setIndex(i);
    setFlagged([]);
    setAction(null);
    setFeedback(null);
    setIncomplete(false);
  };
  const toggle = (s: SymptomId) => setFlagged((f) => (f.includes(s) ? f.filter((x) => x !== s) : [...f, s]));
  const label = (s: SymptomId) => SYMPTOMS[s].label[lang];

  return (
    <CaseShell kind="pneumothorax-symptoms" title={tp("title")} intro={tp("intro")} index={index} total={PNX_CASES.length} onIndex={go}>
      <p className={styles.story} data-testid="case-story">{c.story[lang]}</p>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (!action) return setIncomplete(true);
          setIncomplete(false);
          setFeedback(checkPnxAnswer(c, { flagged, action }));
        }}
      >
        <fieldset>
          <legend>{tp("signsQuestion")}</legend>
          {c.observations.map((s) => (
            <label key={s} className={styles.choice}>
              <input type="checkbox" checked={flagged.includes(s)} onChange={() => toggle(s)} />
              {label(s)}
            </label>
          ))}
        </fieldset>
        <fieldset>
          <legend>{tp("actionQuestion")}</legend>
          {PNX_ACTIONS.map((a) => (
            <label key={a} className={styles.choice}>
              <input type="radio" name={`${name}-action`} value={a} checked={action === a} onChange={() => setAction(a)} />
              {tp(`action.${a}`)}
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
            <p>{tp("expected", { action: tp(`action.${feedback.expectedAction}`) })}</p>
            {feedback.missed.length > 0 && <p>{tp("missed", { items: feedback.missed.map(label).join("; ") })}</p>}
            {feedback.wronglyFlagged.length > 0 && <p>{tp("wronglyFlagged", { items: feedback.wronglyFlagged.map(label).join("; ") })}</p>}
            <p className="small">{tp("delayed")}</p>
            <RecList recs={feedback.recs} />
          </>
        )}
      </div>
    </CaseShell>
  );
}
