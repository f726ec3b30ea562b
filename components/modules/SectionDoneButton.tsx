"use client";

import { useRouter } from "next/navigation";
import { useState, useSyncExternalStore, useTransition } from "react";
import { useTranslations } from "next-intl";
import styles from "./modules.module.css";

const noopSubscribe = () => () => {};

/** "Mark as done" / "Done ✓" for one section; stores the state on the server (POST /api/v1/progress). */
export function SectionDoneButton({ moduleSlug, sectionId, initialDone, title }: { moduleSlug: string; sectionId: string; initialDone: boolean; title: string }) {
  const t = useTranslations("modules.module");
  const router = useRouter();
  const [done, setDone] = useState(initialDone);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [, startTransition] = useTransition();
  // Disabled until hydrated, so a click never lands on a button without its handler.
  const ready = useSyncExternalStore(noopSubscribe, () => true, () => false);

  async function toggle() {
    setBusy(true);
    setError(null);
    try {
      const res = await fetch("/api/v1/progress", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ moduleSlug, sectionId, done: !done }),
      });
      if (!res.ok) throw new Error(String(res.status));
      const body = (await res.json()) as { done: boolean };
      setDone(body.done);
      // The table of contents and the progress bar are server-rendered: refresh them.
      startTransition(() => router.refresh());
    } catch {
      setError(t("saveFailed"));
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <button
        type="button"
        className={`button secondary ${styles.doneButton}`}
        aria-pressed={done}
        aria-describedby={`${sectionId}-title`}
        onClick={toggle}
        disabled={busy || !ready}
        data-testid={`done-${sectionId}`}
        title={done ? t("doneHint") : undefined}
      >
        {busy ? t("saving") : done ? t("done") : t("markDone")}
        <span className="sr-only"> — {title}</span>
      </button>
      <span role="status" aria-live="polite" className="small">
        {error ? <span className="bad">{error}</span> : null}
      </span>
    </>
  );
}
