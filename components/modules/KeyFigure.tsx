import { RecBadges } from "./Rec";
import styles from "./modules.module.css";

export function KeyFigure({ value, label, recs = [], locale, kicker }: { value: string; label: string; recs?: string[]; locale: "nl" | "en"; kicker: string }) {
  return (
    <figure className={styles.keyFigure} aria-label={`${kicker}: ${value} — ${label}`}>
      <span className={styles.keyValue} aria-hidden="true">{value}</span>
      <figcaption>
        <p className={styles.keyLabel}>{label}</p>
        {recs.length > 0 && <RecBadges ids={recs} locale={locale} label={kicker} />}
      </figcaption>
    </figure>
  );
}
