import type { ReactNode } from "react";
import styles from "./modules.module.css";

export type CalloutType = "info" | "warning" | "tip";

export function Callout({ type = "info", title, children, fallbackTitle }: { type?: CalloutType; title?: string; children?: ReactNode; fallbackTitle: string }) {
  const kind: CalloutType = type === "warning" || type === "tip" ? type : "info";
  return (
    <aside className={`${styles.callout} ${kind !== "info" ? styles[kind] : ""}`} aria-label={title ?? fallbackTitle} data-callout={kind}>
      <p className={styles.calloutTitle}>{title ?? fallbackTitle}</p>
      {children}
    </aside>
  );
}
