import { useTranslations } from "next-intl";
import type { AttemptViewItem, ItemReview } from "@/lib/exam/view";
import styles from "./exam.module.css";

/** What was right or wrong about one answer, and why. Only rendered once the server has sent the review. */
export function ItemReviewPanel({ item, review }: { item: AttemptViewItem; review: ItemReview }) {
  const t = useTranslations("exam.review");
  const ti = useTranslations("exam.input");
  const verdict = review.correct ? t("correct") : review.credit > 0 ? t("partly", { credit: Math.round(review.credit * 100) / 100 }) : t("wrong");
  const optionText = (id: string) => ("options" in item ? item.options.find((o) => o.id === id)?.text : undefined) ?? id;
  const d = review.detail;
  return (
    <div className={`${styles.review} ${review.correct ? styles.right : review.credit > 0 ? styles.partly : styles.wrong}`} data-testid={`review-${item.id}`}>
      <p className={styles.verdict}>
        <span aria-hidden="true">{review.correct ? "✓ " : "✗ "}</span>
        {verdict}
      </p>
      {(d.type === "single" || d.type === "multiple") && "options" in item && (
        <ul className={styles.reviewOptions}>
          {item.options.map((o) => {
            const isKey = d.key.includes(o.id);
            const chosen = d.chosen.includes(o.id);
            return (
              <li key={o.id} className={isKey ? styles.keyOption : chosen ? styles.wrongOption : undefined}>
                {o.text}
                {chosen && <span className="badge">{t("chosen")}</span>} {isKey && <span className="badge ok">{t("key")}</span>}
              </li>
            );
          })}
        </ul>
      )}
      {(d.type === "single" || d.type === "multiple") && d.chosen.length === 0 && <p>{t("yourAnswer")}: {t("noAnswer")}</p>}
      {d.type === "multiple" && <p className="small muted">{t("ruleMultiple")}</p>}
      {d.type === "truefalse" && (
        <dl className={styles.pairs}>
          <dt>{t("yourAnswer")}</dt>
          <dd>{d.chosen === null ? t("noAnswer") : d.chosen ? ti("true") : ti("false")}</dd>
          <dt>{t("correctAnswer")}</dt>
          <dd>{d.key ? ti("true") : ti("false")}</dd>
        </dl>
      )}
      {d.type === "numeric" && item.type === "numeric" && (
        <dl className={styles.pairs}>
          <dt>{t("yourAnswer")}</dt>
          <dd>{d.given ? `${d.given.value} ${d.given.unit === item.unit ? item.unitLabel : d.given.unit}` : t("noAnswer")}</dd>
          <dt>{t("correctAnswer")}</dt>
          <dd>{t("ruleNumeric", { value: d.key.value, unit: item.unitLabel, tolerance: d.key.tolerance })}</dd>
        </dl>
      )}
      {d.type === "ordering" && (
        <div className={styles.pairsGrid}>
          <div>
            <p className="small"><strong>{t("yourAnswer")}</strong></p>
            {d.given ? (
              <ol>
                {d.given.map((id, i) => (
                  <li key={id}>
                    {optionText(id)} <span aria-hidden="true">{d.positionsRight?.[i] ? "✓" : "✗"}</span>
                  </li>
                ))}
              </ol>
            ) : (
              <p>{t("noAnswer")}</p>
            )}
          </div>
          <div>
            <p className="small"><strong>{t("correctAnswer")}</strong></p>
            <ol>{d.key.map((id) => <li key={id}>{optionText(id)}</li>)}</ol>
          </div>
          <p className="small muted">{t("ruleOrdering")}</p>
        </div>
      )}
      {d.type === "hotspot" && item.type === "hotspot" && (
        <div>
          <svg viewBox="0 0 400 500" className={styles.hotspotSvg} role="img" aria-label={t("ruleHotspot")}>
            <image href={`/api/v1/figures/${item.figure}`} x={0} y={0} width={400} height={500} />
            {d.keyRegions.map((r) =>
              r.shape === "circle" ? (
                <circle key={r.id} cx={r.cx} cy={r.cy} r={r.r} fill="rgb(30 123 52 / 35%)" stroke="#1e7b34" strokeWidth={2} />
              ) : (
                <rect key={r.id} x={r.x} y={r.y} width={r.w} height={r.h} fill="rgb(30 123 52 / 35%)" stroke="#1e7b34" strokeWidth={2} />
              ),
            )}
            {d.given && (
              <g stroke="#b42318" strokeWidth={4}>
                <line x1={d.given.x - 10} y1={d.given.y - 10} x2={d.given.x + 10} y2={d.given.y + 10} />
                <line x1={d.given.x - 10} y1={d.given.y + 10} x2={d.given.x + 10} y2={d.given.y - 10} />
              </g>
            )}
          </svg>
          <p className="small muted">{t("ruleHotspot")}{!d.given && ` (${t("noAnswer")})`}</p>
        </div>
      )}
      <div className={styles.why}>
        <p>
          <strong>{t("why")}: </strong>
          {review.explanation}
        </p>
        <p className="small muted">
          {t("recs")}: {review.recs.map((r) => <span key={r} className="badge">{r}</span>)}
        </p>
      </div>
    </div>
  );
}
