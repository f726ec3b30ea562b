"use client";

import { useId, type ReactNode } from "react";
import { useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";
import styles from "../modules.module.css";

/** Frame shared by the four exercises: title, intro, case navigation, and a polite live region for feedback. */
export function CaseShell({
  kind,
  title,
  intro,
  index,
  total,
  onIndex,
  children,
}: {
  kind: string;
  title: string;
  intro: string;
  index: number;
  total: number;
  onIndex: (i: number) => void;
  children: ReactNode;
}) {
  const t = useTranslations("modules.exercise");
  const headingId = useId();
  return (
    <section className={styles.exercise} aria-labelledby={headingId} data-exercise={kind}>
      <p className={styles.kicker}>{t("label")}</p>
      <h3 id={headingId}>{title}</h3>
      <p>{intro}</p>
      <div className={styles.caseNav}>
        <button type="button" className="button secondary" onClick={() => onIndex((index - 1 + total) % total)} aria-label={t("previousCase")}>
          ←
        </button>
        <span aria-live="polite" data-testid="case-counter">{t("caseOf", { n: index + 1, total })}</span>
        <button type="button" className="button secondary" onClick={() => onIndex((index + 1) % total)} aria-label={t("nextCase")}>
          →
        </button>
      </div>
      {children}
    </section>
  );
}

export function Verdict({ correct }: { correct: boolean }) {
  const t = useTranslations("modules.exercise");
  return <p className={correct ? styles.ok : styles.bad}><strong>{correct ? t("correct") : t("notQuite")}</strong></p>;
}

export function RecList({ recs }: { recs: string[] }) {
  const t = useTranslations("modules.exercise");
  if (recs.length === 0) return null;
  return (
    <p className="small">
      {t("see")}: {recs.map((r, i) => (
        <span key={r}>
          {i > 0 && " "}
          <Link href={`/recommendations/${r}`} className="badge">{r}</Link>
        </span>
      ))}
    </p>
  );
}
