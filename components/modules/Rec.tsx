import { Link } from "@/i18n/navigation";
import { getRecommendation } from "@/lib/recommendations/registry";
import styles from "./modules.module.css";

/** A linked recommendation badge → /<locale>/recommendations/<id>. */
export function Rec({ id, locale }: { id: string; locale: "nl" | "en" }) {
  const rec = getRecommendation(id);
  if (!rec) {
    return (
      <span className="badge danger" role="alert">
        {id}?
      </span>
    );
  }
  return (
    <Link href={`/recommendations/${id}`} className="badge" title={rec.title[locale]} data-rec={id}>
      {id}
      <span className="sr-only">: {rec.title[locale]}</span>
    </Link>
  );
}

export function RecBadges({ ids, locale, label }: { ids: string[]; locale: "nl" | "en"; label: string }) {
  if (ids.length === 0) return null;
  return (
    <p className={styles.badges}>
      <span className="muted small">{label}:</span>
      {ids.map((id) => (
        <Rec key={id} id={id} locale={locale} />
      ))}
    </p>
  );
}
