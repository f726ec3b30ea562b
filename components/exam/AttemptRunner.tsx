"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import { useTranslations } from "next-intl";
import { useRouter } from "@/i18n/navigation";
import type { Answer } from "@/lib/exam/scoring";
import type { AttemptView, AttemptViewItem, ItemReview } from "@/lib/exam/view";
import { AnswerQueue } from "@/lib/exam/answer-queue";
import { ItemInput } from "./ItemInput";
import { ItemReviewPanel } from "./ItemReviewPanel";
import styles from "./exam.module.css";

type ApiError = { error: string; message: string };

async function call<T>(url: string, init: RequestInit): Promise<{ ok: true; data: T } | { ok: false; status: number; error: ApiError }> {
  try {
    const res = await fetch(url, { ...init, headers: { "Content-Type": "application/json", ...(init.headers ?? {}) } });
    const body = (await res.json().catch(() => ({ error: "invalid_response", message: res.statusText }))) as T & ApiError;
    return res.ok ? { ok: true, data: body } : { ok: false, status: res.status, error: body };
  } catch (err) {
    return { ok: false, status: 0, error: { error: "network", message: (err as Error).message } };
  }
}

type SaveState = "idle" | "saving" | "saved" | { failed: string };

/** Runs a started attempt: a module quiz one question at a time with feedback, or the timed exam on one page. */
export function AttemptRunner({ initial }: { initial: AttemptView }) {
  const t = useTranslations("exam");
  const router = useRouter();
  const [answers, setAnswers] = useState<Record<string, Answer | null>>(() => Object.fromEntries(initial.items.map((i) => [i.id, i.answer])));
  const [reviews, setReviews] = useState<Record<string, ItemReview | undefined>>(() => Object.fromEntries(initial.items.map((i) => [i.id, i.review])));
  const [saveState, setSaveState] = useState<Record<string, SaveState>>({});
  const [error, setError] = useState<string | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const isQuiz = initial.kind === "quiz";
  const base = `/api/v1/attempts/${initial.id}`;
  const finishRef = useRef<(reason: "submit" | "timeout") => Promise<void>>(async () => undefined);
  // answers waiting for their debounce (numeric typing), sent on submit rather than dropped
  const debounced = useRef(new Map<string, { timer: ReturnType<typeof setTimeout>; answer: Answer }>());
  const queueRef = useRef<AnswerQueue<Answer, Awaited<ReturnType<typeof call<{ review?: ItemReview }>>>> | null>(null);
  // created on first use (in an event handler), never during render
  const answerQueue = useCallback(() => {
    queueRef.current ??= new AnswerQueue(
      (itemId, answer) => call<{ review?: ItemReview }>(`${base}/answers/${itemId}`, { method: "PUT", body: JSON.stringify({ answer, locale: initial.locale }) }),
      (itemId, res, superseded) => {
        if (res.ok) {
          if (!superseded) setSaveState((s) => ({ ...s, [itemId]: "saved" }));
          if (res.data.review) setReviews((r) => ({ ...r, [itemId]: res.data.review }));
        } else {
          setSaveState((s) => ({ ...s, [itemId]: { failed: res.error.message } }));
          // the server says time is up: hand in what is there
          if (res.status === 410 || (res.status === 409 && res.error.error === "not_started")) void finishRef.current("timeout");
        }
      },
    );
    return queueRef.current;
  }, [base, initial.locale]);
  const save = useCallback(
    (itemId: string, answer: Answer) => {
      setSaveState((s) => ({ ...s, [itemId]: "saving" }));
      return answerQueue().save(itemId, answer);
    },
    [answerQueue],
  );

  const finish = useCallback(
    async (reason: "submit" | "timeout") => {
      setSubmitting(true);
      // send answers still waiting for their debounce now, then wait until every save has reached the server
      for (const [itemId, { timer, answer }] of debounced.current) {
        clearTimeout(timer);
        debounced.current.delete(itemId);
        if (reason === "submit") void save(itemId, answer);
      }
      await answerQueue().idle();
      const res = await call<unknown>(`${base}/submit`, { method: "POST" });
      // 409: already graded (e.g. the server auto-submitted at the deadline) — the review is there either way
      if (!res.ok && res.status !== 409 && reason === "submit") {
        setError(res.error.message);
        setSubmitting(false);
        return;
      }
      router.push(`/exam/attempts/${initial.id}`);
      router.refresh();
    },
    [answerQueue, base, initial.id, router, save],
  );
  useEffect(() => {
    finishRef.current = finish;
  }, [finish]);

  const change = (item: AttemptViewItem, answer: Answer | null) => {
    setAnswers((a) => ({ ...a, [item.id]: answer }));
    const existing = debounced.current.get(item.id);
    if (existing) clearTimeout(existing.timer);
    debounced.current.delete(item.id);
    if (isQuiz || answer === null) return; // quiz: saved with "Check answer"
    // typing a number should not send a request per keystroke
    const delay = item.type === "numeric" ? 500 : 0;
    const timer = setTimeout(() => {
      debounced.current.delete(item.id);
      void save(item.id, answer);
    }, delay);
    debounced.current.set(item.id, { timer, answer });
  };

  const cases = new Map(initial.cases.map((c) => [c.id, c.scenario]));
  const total = initial.items.length;

  // Quiz navigation state lives here (not in a nested component) so re-renders never reset it.
  const firstOpen = initial.items.findIndex((i) => !i.review);
  const [index, setIndex] = useState(firstOpen === -1 ? total - 1 : firstOpen);
  const feedbackRef = useRef<HTMLDivElement>(null);
  const currentReview = isQuiz ? reviews[initial.items[index]!.id] : undefined;
  useEffect(() => {
    if (currentReview) feedbackRef.current?.focus();
  }, [currentReview]);

  // Render helpers are called as functions, not mounted as components, so inputs keep focus across renders.
  return isQuiz ? quizFlow() : examFlow();

  function caseLabel(caseId: string) {
    const numbers = initial.items.flatMap((x, i) => (x.caseId === caseId ? [i + 1] : []));
    return t("attempt.caseFor", { from: numbers[0] ?? 0, to: numbers[numbers.length - 1] ?? 0 });
  }

  function caseBox(item: AttemptViewItem, index: number) {
    if (!item.caseId) return null;
    const previous = initial.items[index - 1];
    if (!isQuiz && previous?.caseId === item.caseId) return null;
    return (
      <div className={styles.case} role="group" aria-label={caseLabel(item.caseId)}>
        <p className="small"><strong>{caseLabel(item.caseId)}</strong></p>
        <p>{cases.get(item.caseId)}</p>
      </div>
    );
  }

  function itemBlock(item: AttemptViewItem, index: number, locked: boolean) {
    const state = saveState[item.id];
    return (
      <section key={item.id} className={styles.item} id={`q-${index + 1}`} aria-labelledby={`item-${item.id}-stem`} data-testid={`item-${item.id}`} data-item-type={item.type}>
        <p className={styles.number}>{t("attempt.question", { n: index + 1, total })}</p>
        <p className={styles.stem} id={`item-${item.id}-stem`}>{item.stem}</p>
        <ItemInput item={item} value={answers[item.id] ?? null} onChange={(a) => change(item, a)} disabled={locked || submitting} />
        {!isQuiz && state && (
          <p className={styles.saveState} aria-live="polite">
            {state === "saving" ? t("attempt.saving") : state === "saved" ? t("attempt.saved") : typeof state === "object" ? t("attempt.saveFailed", { message: state.failed }) : null}
          </p>
        )}
        {isQuiz && typeof state === "object" && <p role="alert" className="alert error">{t("attempt.saveFailed", { message: state.failed })}</p>}
      </section>
    );
  }

  function quizFlow() {
    const item = initial.items[index]!;
    const review = reviews[item.id];
    return (
      <div className="stack">
        <div className="progress" role="progressbar" aria-valuemin={0} aria-valuemax={total} aria-valuenow={Object.values(reviews).filter(Boolean).length} aria-label={t("attempt.navigation")}>
          <span style={{ width: `${(Object.values(reviews).filter(Boolean).length / total) * 100}%` }} />
        </div>
        {caseBox(item, index)}
        {itemBlock(item, index, Boolean(review))}
        {review ? (
          <div ref={feedbackRef} tabIndex={-1} aria-live="polite">
            <ItemReviewPanel item={item} review={review} />
          </div>
        ) : null}
        <div className="row">
          {!review && (
            <button type="button" className="button" disabled={answers[item.id] == null || saveState[item.id] === "saving"} onClick={() => void save(item.id, answers[item.id]!)}>
              {t("quiz.check")}
            </button>
          )}
          {review && index < total - 1 && (
            <button type="button" className="button" onClick={() => { setIndex(index + 1); requestAnimationFrame(() => document.getElementById(`item-${initial.items[index + 1]!.id}-stem`)?.scrollIntoView()); }}>
              {t("quiz.next")}
            </button>
          )}
          {review && index === total - 1 && (
            <button type="button" className="button" disabled={submitting} onClick={() => void finish("submit")}>
              {t("quiz.finish")}
            </button>
          )}
        </div>
        {error && <p role="alert" className="alert error">{t("attempt.error", { message: error })}</p>}
      </div>
    );
  }

  function examFlow() {
    const unanswered = initial.items.filter((i) => answers[i.id] == null).length;
    return (
      <div className="stack">
        <div className={styles.toolbar}>
          {initial.deadlineAt && <Timer deadlineAt={initial.deadlineAt} serverNow={initial.serverNow} onExpire={() => void finish("timeout")} />}
          <nav aria-label={t("attempt.navigation")}>
            <ul className={styles.nav}>
              {initial.items.map((i, n) => (
                <li key={i.id}>
                  <a href={`#q-${n + 1}`} className={answers[i.id] != null ? styles.navDone : undefined} aria-label={`${t("attempt.question", { n: n + 1, total })}, ${answers[i.id] != null ? t("attempt.answered") : t("attempt.notAnswered")}`}>
                    {n + 1}
                  </a>
                </li>
              ))}
            </ul>
          </nav>
        </div>
        {initial.items.map((item, index) => (
          <div key={item.id}>
            {caseBox(item, index)}
            {itemBlock(item, index, false)}
          </div>
        ))}
        <div className="card stack">
          <p aria-live="polite">{t("exam.unanswered", { count: unanswered })}</p>
          {!confirming ? (
            <button type="button" className="button" disabled={submitting} onClick={() => setConfirming(true)}>{t("exam.submit")}</button>
          ) : (
            <div role="group" aria-label={t("exam.submit")} className="stack">
              <p>{t("exam.confirmSubmit")}</p>
              <div className="row">
                <button type="button" className="button" autoFocus disabled={submitting} onClick={() => void finish("submit")}>{t("exam.submit")}</button>
                <button type="button" className="button secondary" onClick={() => setConfirming(false)}>{t("exam.cancel")}</button>
              </div>
            </div>
          )}
          {error && <p role="alert" className="alert error">{t("attempt.error", { message: error })}</p>}
        </div>
      </div>
    );
  }
}

/** Counts down to the server's deadline (corrected for the difference between server and browser clocks). */
function Timer({ deadlineAt, serverNow, onExpire }: { deadlineAt: string; serverNow: string; onExpire: () => void }) {
  const t = useTranslations("exam.attempt");
  const [skew] = useState(() => Date.parse(serverNow) - Date.now());
  const [left, setLeft] = useState(() => Date.parse(deadlineAt) - Date.parse(serverNow));
  const expired = useRef(false);
  useEffect(() => {
    const id = setInterval(() => {
      const ms = Date.parse(deadlineAt) - (Date.now() + skew);
      setLeft(ms);
      if (ms <= 0 && !expired.current) {
        expired.current = true;
        onExpire();
      }
    }, 1000);
    return () => clearInterval(id);
  }, [deadlineAt, skew, onExpire]);
  const s = Math.max(0, Math.floor(left / 1000));
  const text = `${Math.floor(s / 60)}:${String(s % 60).padStart(2, "0")}`;
  return (
    <div role="timer" aria-label={t("timeLeft")} className={`${styles.timer} ${s < 300 ? styles.timerLow : ""}`}>
      {t("timeLeft")}: {text}
      {s === 0 && <span className="sr-only" role="alert">{t("timeUp")}</span>}
    </div>
  );
}
