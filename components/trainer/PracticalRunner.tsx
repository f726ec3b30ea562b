"use client";

import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import { useRouter } from "@/i18n/navigation";
import type { PracticalAttemptView } from "@/lib/practical/service";
import type { Submission } from "@/lib/scenarios/schema";
import TrainerLoader from "./TrainerLoader";
import styles from "./trainer.module.css";

type Props = { attempt: PracticalAttemptView; locale: "nl" | "en" };

function useCountdown(deadline: string | null) {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(timer);
  }, []);
  if (!deadline) return null;
  const left = Math.max(0, new Date(deadline).getTime() - now);
  const m = Math.floor(left / 60_000);
  const s = Math.floor((left % 60_000) / 1000);
  return { left, text: `${m}:${String(s).padStart(2, "0")}` };
}

/** Runs an open practical attempt: one case at a time, answers saved to the server, then submit. */
export function PracticalRunner({ attempt, locale }: Props) {
  const t = useTranslations("trainer");
  const router = useRouter();
  const [index, setIndex] = useState(0);
  const [saved, setSaved] = useState<Record<string, Submission>>(attempt.responses);
  const [status, setStatus] = useState<{ kind: "idle" | "saving" | "saved" | "error"; message?: string }>({ kind: "idle" });
  const [confirming, setConfirming] = useState(false);
  const [submitting, setSubmitting] = useState(false);
  const [submitError, setSubmitError] = useState<string | null>(null);
  const countdown = useCountdown(attempt.deadlineAt);
  const scenario = attempt.scenarios[index]!;
  const done = attempt.scenarios.filter((s) => saved[s.id]).length;

  useEffect(() => {
    // Time is up: the server grades what was saved; show its result.
    if (countdown && countdown.left === 0) router.refresh();
  }, [countdown, router]);

  const save = async (submission: Submission | null) => {
    if (!submission) {
      setStatus({ kind: "error", message: t("practical.nothingToSave") });
      return;
    }
    setStatus({ kind: "saving" });
    try {
      const res = await fetch(`/api/v1/practicals/${attempt.id}/responses/${scenario.id}`, {
        method: "PUT",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(submission),
      });
      const body = await res.json();
      if (!res.ok) throw new Error(body.message ?? res.statusText);
      setSaved((prev) => ({ ...prev, [scenario.id]: submission }));
      setStatus({ kind: "saved" });
    } catch (err) {
      setStatus({ kind: "error", message: t("practical.saveError", { message: (err as Error).message }) });
    }
  };

  const submit = async () => {
    setSubmitting(true);
    setSubmitError(null);
    try {
      const res = await fetch(`/api/v1/practicals/${attempt.id}/submit`, { method: "POST", headers: { "content-type": "application/json" }, body: "{}" });
      const body = await res.json();
      // 409: already submitted elsewhere (another tab): the stored result is what counts.
      if (!res.ok && res.status !== 409) throw new Error(body.message ?? res.statusText);
      router.refresh();
    } catch (err) {
      setSubmitError((err as Error).message);
      setSubmitting(false);
    }
  };

  const p = scenario.patient;
  return (
    <div className="stack">
      <div className="row" style={{ justifyContent: "space-between" }}>
        <p className="muted" aria-live="polite">{t("practical.progress", { done, total: attempt.scenarios.length })}</p>
        {countdown && <p className={styles.timer}>{t("practical.deadline", { time: countdown.text })}</p>}
      </div>
      <nav aria-label={t("scenario.brief")}>
        <ul className={styles.tabs}>
          {attempt.scenarios.map((s, i) => (
            <li key={s.id}>
              <button
                type="button"
                className={`${i === index ? styles.tabOn : styles.tab} ${saved[s.id] ? styles.tabDone : ""}`}
                aria-current={i === index ? "step" : undefined}
                onClick={() => {
                  setIndex(i);
                  setStatus({ kind: "idle" });
                }}
              >
                {t("practical.case", { n: i + 1 })}
                <span className="sr-only"> ({saved[s.id] ? t("practical.answered") : t("practical.notAnswered")})</span>
              </button>
            </li>
          ))}
        </ul>
      </nav>

      <div className={styles.brief}>
        <section className="card" aria-labelledby="case-h">
          <h2 id="case-h" className={styles.panelTitle}>{t("practical.case", { n: index + 1 })}: {scenario.title[locale]}</h2>
          <p>{scenario.brief[locale]}</p>
        </section>
        <section className={`card ${styles.patientCard}`} aria-labelledby="case-patient-h">
          <h2 id="case-patient-h" className={styles.panelTitle}>{t("scenario.patient")}</h2>
          <dl>
            <dt>{t("patient.sex")}</dt><dd>{t(`patient.${p.sex}`)}</dd>
            <dt>BMI</dt><dd>{p.bmi}</dd>
            <dt>{t("patient.position")}</dt><dd>{t(`patient.positions.${p.position}`)}</dd>
            <dt>{t("scenario.level")}</dt><dd>{scenario.region.level} {t(`side.${scenario.region.side}`)}</dd>
            {scenario.targetMuscle && (<><dt>{t("scenario.target")}</dt><dd>{t(`muscle.${scenario.targetMuscle}`)}</dd></>)}
          </dl>
        </section>
      </div>

      <TrainerLoader
        key={scenario.id}
        mode="practical"
        locale={locale}
        scenario={scenario}
        initial={saved[scenario.id] ?? null}
        actions={(current) => (
          <div className={styles.fieldset} style={{ borderColor: "var(--brand)" }}>
            <div className={styles.row}>
              <button type="button" className="button" onClick={() => save(current)} disabled={status.kind === "saving"} data-testid="save-answer">
                {status.kind === "saving" ? t("practical.saving") : t("practical.save")}
              </button>
              <span role="status" className={status.kind === "error" ? styles.warn : styles.good}>
                {status.kind === "saved" ? t("practical.saved") : status.kind === "error" ? status.message : ""}
              </span>
            </div>
          </div>
        )}
      />

      <section className="card" aria-labelledby="submit-h">
        <h2 id="submit-h" className={styles.panelTitle}>{t("practical.submit")}</h2>
        <p className="muted small">{t("practical.progress", { done, total: attempt.scenarios.length })}</p>
        {!confirming ? (
          <button type="button" className="button" onClick={() => setConfirming(true)} data-testid="submit-practical">{t("practical.submit")}</button>
        ) : (
          <div className="stack" role="group" aria-labelledby="confirm-text">
            <p id="confirm-text">{t("practical.confirmSubmit")}</p>
            <div className="row">
              <button type="button" className="button" onClick={submit} disabled={submitting} autoFocus data-testid="confirm-submit">
                {submitting ? t("practical.submitting") : t("practical.confirmYes")}
              </button>
              <button type="button" className="button secondary" onClick={() => setConfirming(false)} disabled={submitting}>{t("practical.confirmNo")}</button>
            </div>
          </div>
        )}
        {submitError && <p className="alert error" role="alert">{t("practical.submitError", { message: submitError })}</p>}
      </section>
    </div>
  );
}
