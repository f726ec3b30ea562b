"use client";

import { useId, useState } from "react";
import { useLocale, useTranslations } from "next-intl";
import { checkConsentNote, CONSENT_CASES, type ConsentCheck } from "@/lib/exercises/consent-note";
import { CaseShell, RecList, Verdict } from "./CaseShell";
import styles from "../modules.module.css";

export function ConsentNote() {
  const t = useTranslations("modules.exercise");
  const tc = useTranslations("modules.exercise.consent");
  const lang = useLocale() === "en" ? "en" : "nl";
  const fieldId = useId();
  const [index, setIndex] = useState(0);
  const [note, setNote] = useState("");
  const [result, setResult] = useState<ConsentCheck | null>(null);
  const c = CONSENT_CASES[index]!;

  const go = (i: number) => {
    setIndex(i);
    setNote("");
    setResult(null);
  };

  return (
    <CaseShell kind="consent-note" title={tc("title")} intro={tc("intro")} index={index} total={CONSENT_CASES.length} onIndex={go}>
      <p className={styles.story} data-testid="case-story"><strong>{tc("scenario")}:</strong> {c.scenario[lang]}</p>
      <form onSubmit={(e) => { e.preventDefault(); setResult(checkConsentNote(note, c.extras)); }}>
        <div className="field">
          <label htmlFor={fieldId}>{tc("noteLabel")}</label>
          <textarea id={fieldId} value={note} onChange={(e) => setNote(e.target.value)} aria-describedby={`${fieldId}-hint`} rows={6} />
          <p className="hint" id={`${fieldId}-hint`}>{tc("noteHint")}</p>
        </div>
        <button type="submit" className="button">{t("check")}</button>
      </form>
      <div className={styles.feedback} role="status" aria-live="polite" data-testid="exercise-feedback">
        {result && (
          <>
            <Verdict correct={result.complete} />
            <p>{tc("score", { score: result.score, max: result.max })}</p>
            <ul>
              {result.elements.map((e) => (
                <li key={e.id}>
                  <span className={e.present ? styles.ok : styles.bad}>
                    <span aria-hidden="true">{e.present ? "✓ " : "✗ "}</span>
                    <span className="sr-only">{e.present ? tc("found") : tc("missing")}: </span>
                    {e.label[lang]}
                  </span>{" "}
                  {e.present ? <span className="muted small">({tc("evidence", { words: e.evidence ?? "" })})</span> : <span className="small">— {e.hint[lang]}</span>}
                  {!e.present && <RecList recs={e.recs} />}
                </li>
              ))}
            </ul>
            {result.complete && <p>{tc("complete")}</p>}
            <p className="muted small">{tc("limits")}</p>
            <details>
              <summary>{tc("showModel")}</summary>
              <p><strong>{tc("model")}:</strong> {c.modelNote[lang]}</p>
            </details>
          </>
        )}
      </div>
    </CaseShell>
  );
}
