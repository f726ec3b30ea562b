"use client";

import { useState } from "react";
import { useTranslations } from "next-intl";
import { useRouter } from "@/i18n/navigation";

/** Starts (or resumes) an attempt through the API and opens it. */
export function StartAttemptButton({ assessmentId, locale, label, confirm }: { assessmentId: string; locale: "nl" | "en"; label: string; confirm?: string }) {
  const t = useTranslations("exam");
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [asking, setAsking] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const start = async () => {
    setBusy(true);
    setError(null);
    try {
      const res = await fetch("/api/v1/attempts", { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ assessmentId, locale }) });
      const body = (await res.json()) as { attempt?: { id: string }; message?: string };
      if (!res.ok || !body.attempt) throw new Error(body.message ?? res.statusText);
      router.push(`/exam/attempts/${body.attempt.id}`);
    } catch (err) {
      setError((err as Error).message);
      setBusy(false);
    }
  };
  return (
    <div className="stack">
      {confirm && asking ? (
        <div role="group" aria-label={label} className="stack">
          <p>{confirm}</p>
          <div className="row">
            <button type="button" className="button" autoFocus disabled={busy} onClick={() => void start()}>{label}</button>
            <button type="button" className="button secondary" onClick={() => setAsking(false)}>{t("exam.cancel")}</button>
          </div>
        </div>
      ) : (
        <div>
          <button type="button" className="button" disabled={busy} onClick={() => (confirm ? setAsking(true) : void start())}>{label}</button>
        </div>
      )}
      {error && <p role="alert" className="alert error">{t("errors.generic", { message: error })}</p>}
    </div>
  );
}
