"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { useRouter } from "@/i18n/navigation";

/** Starts (or resumes) a practical attempt through the API and opens it. */
export function StartPractical({ resume }: { resume: boolean }) {
  const t = useTranslations("trainer.practical");
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const start = async () => {
    setBusy(true);
    setError(null);
    try {
      const res = await fetch("/api/v1/practicals", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ assessmentId: "practical:thoracic" }) });
      const body = await res.json();
      if (!res.ok) throw new Error(body.message ?? res.statusText);
      router.push(`/trainer/practical/${body.attempt.id}`);
    } catch (err) {
      setError((err as Error).message);
      setBusy(false);
    }
  };
  return (
    <div className="stack">
      <button type="button" className="button" onClick={start} disabled={busy} data-testid="start-practical">
        {busy ? t("starting") : resume ? t("resume") : t("start")}
      </button>
      {error && <p className="alert error" role="alert">{t("startError", { message: error })}</p>}
    </div>
  );
}
