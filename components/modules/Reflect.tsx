import type { ReactNode } from "react";
import styles from "./modules.module.css";

/** A self-check question; the model answer stays folded until the reader opens it (native <details>, keyboard-operable). */
export function Reflect({ question, children, labels }: { question: string; children?: ReactNode; labels: { reflect: string; show: string; model: string } }) {
  return (
    <details className={styles.reflect}>
      <summary>
        <span className={styles.reflectKicker}>{labels.reflect}</span>
        {question}
        <span className="sr-only"> — {labels.show}</span>
      </summary>
      <div className={styles.reflectBody}>
        <p className="muted small" style={{ marginTop: "0.6rem" }}>{labels.model}</p>
        {children}
      </div>
    </details>
  );
}
