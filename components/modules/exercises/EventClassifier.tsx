"use client";

import { useId, useState } from "react";
import { useLocale, useTranslations } from "next-intl";
import { checkEventAnswer, EVENT_CASES, type EventAnswer, type EventClass, type EventFeedback, type IgjDeadline } from "@/lib/exercises/adverse-events";
import { formatDate } from "@/lib/exercises/working-days";
import { CaseShell, RecList, Verdict } from "./CaseShell";
import styles from "../modules.module.css";

const CLASSES: EventClass[] = ["complication", "incident", "calamity"];
const DEADLINES: IgjDeadline[] = ["none", "24-hours", "3-working-days", "6-weeks"];
const EMPTY: EventAnswer = { cls: null, igj: null, vim: null };

export function EventClassifier() {
  const t = useTranslations("modules.exercise");
  const te = useTranslations("modules.exercise.eventClassifier");
  const lang = useLocale() === "en" ? "en" : "nl";
  const name = useId();
  const [index, setIndex] = useState(0);
  const [answer, setAnswer] = useState<EventAnswer>(EMPTY);
  const [feedback, setFeedback] = useState<EventFeedback | null>(null);
  const [incomplete, setIncomplete] = useState(false);
  const c = EVENT_CASES[index]!;

  const go = (i: number) => {
    setIndex(i);
    setAnswer(EMPTY);
    setFeedback(null);
    setIncomplete(false);
  };
  const check = () => {
    if (answer.cls === null || answer.igj === null || answer.vim === null) {
      setIncomplete(true);
      return;
    }
    setIncomplete(false);
    setFeedback(checkEventAnswer(c.facts, answer));
  };

  return (
    <CaseShell kind="event-classifier" title={te("title")} intro={te("intro")} index={index} total={EVENT_CASES.length} onIndex={go}>
      <p className={styles.story} data-testid="case-story">{c.story[lang]}</p>
      <form onSubmit={(e) => { e.preventDefault(); check(); }}>
        <fieldset>
          <legend>{te("classQuestion")}</legend>
          {CLASSES.map((cls) => (
            <label key={cls} className={styles.choice}>
              <input type="radio" name={`${name}-cls`} value={cls} checked={answer.cls === cls} onChange={() => setAnswer({ ...answer, cls })} />
              {te(`class.${cls}`)}
            </label>
          ))}
        </fieldset>
        <fieldset>
          <legend>{te("igjQuestion")}</legend>
          {DEADLINES.map((igj) => (
            <label key={igj} className={styles.choice}>
              <input type="radio" name={`${name}-igj`} value={igj} checked={answer.igj === igj} onChange={() => setAnswer({ ...answer, igj })} />
              {te(`igj.${igj}`)}
            </label>
          ))}
        </fieldset>
        <fieldset>
          <legend>{te("vimQuestion")}</legend>
          {(["yes", "no"] as const).map((v) => (
            <label key={v} className={styles.choice}>
              <input type="radio" name={`${name}-vim`} value={v} checked={answer.vim === (v === "yes")} onChange={() => setAnswer({ ...answer, vim: v === "yes" })} />
              {te(`vim.${v}`)}
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
            {!feedback.correct && (
              <ul>
                {(["cls", "igj", "vim"] as const).filter((p) => !feedback.parts[p]).map((p) => <li key={p}>{te(`partWrong.${p}`)}</li>)}
              </ul>
            )}
            <p>
              {te("expected", {
                cls: te(`class.${feedback.expected.cls}`),
                igj: te(`igj.${feedback.expected.igj}`),
                vim: te(`vim.${feedback.expected.vim ? "yes" : "no"}`),
              })}
            </p>
            {feedback.expected.igjDueBy && <p>{te("dueBy", { date: formatDate(feedback.expected.igjDueBy, lang) })}</p>}
            <p><strong>{t("whyLabel")}:</strong> {c.why[lang]}</p>
            <RecList recs={feedback.expected.recs} />
          </>
        )}
      </div>
    </CaseShell>
  );
}
