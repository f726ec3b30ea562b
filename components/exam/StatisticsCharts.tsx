import type { CohortSummary, ItemStatistics } from "@/lib/exam/statistics";
import styles from "./exam.module.css";

const pct = (v: number | null) => (v === null ? "—" : `${Math.round(v * 100)} %`);
const num = (v: number | null) => (v === null ? "—" : v.toFixed(2));

/** Score distribution as an SVG bar chart; the same numbers follow in a table for screen readers and keyboard users. */
export function ScoreHistogram({ summary, title, desc, bandLabel, countLabel, passPercent }: { summary: CohortSummary; title: string; desc: string; bandLabel: string; countLabel: string; passPercent: number }) {
  const W = 560;
  const H = 240;
  const pad = { l: 40, r: 10, t: 10, b: 40 };
  const max = Math.max(1, ...summary.histogram);
  const bw = (W - pad.l - pad.r) / 10;
  const y = (v: number) => pad.t + (H - pad.t - pad.b) * (1 - v / max);
  const passX = pad.l + (passPercent / 100) * (W - pad.l - pad.r);
  return (
    <figure className="stack">
      <div className={styles.chartWrap}>
        <svg viewBox={`0 0 ${W} ${H}`} className={styles.chart} role="img" aria-labelledby="hist-title hist-desc" data-testid="score-histogram">
          <title id="hist-title">{title}</title>
          <desc id="hist-desc">{desc}</desc>
          <line x1={pad.l} y1={H - pad.b} x2={W - pad.r} y2={H - pad.b} stroke="#4a5565" />
          <line x1={pad.l} y1={pad.t} x2={pad.l} y2={H - pad.b} stroke="#4a5565" />
          {[0, Math.ceil(max / 2), max].map((v) => (
            <text key={v} x={pad.l - 6} y={y(v) + 4} fontSize={11} textAnchor="end" fill="#4a5565">{v}</text>
          ))}
          {summary.histogram.map((count, i) => (
            <g key={i}>
              <rect x={pad.l + i * bw + 3} y={y(count)} width={bw - 6} height={H - pad.b - y(count)} fill={i * 10 >= passPercent ? "#1e7b34" : "#0b6e69"} opacity={i * 10 >= passPercent ? 0.9 : 0.6} />
              {count > 0 && <text x={pad.l + i * bw + bw / 2} y={y(count) - 4} fontSize={11} textAnchor="middle">{count}</text>}
              <text x={pad.l + i * bw + bw / 2} y={H - pad.b + 16} fontSize={11} textAnchor="middle" fill="#4a5565">{i * 10}</text>
            </g>
          ))}
          <line x1={passX} y1={pad.t} x2={passX} y2={H - pad.b} stroke="#b42318" strokeDasharray="5 4" strokeWidth={2} />
          <text x={passX + 4} y={pad.t + 12} fontSize={11} fill="#b42318">{passPercent} %</text>
          <text x={(W + pad.l) / 2} y={H - 6} fontSize={12} textAnchor="middle" fill="#4a5565">%</text>
        </svg>
      </div>
      <details>
        <summary>{title}</summary>
        <table>
          <thead>
            <tr><th scope="col">{bandLabel}</th><th scope="col">{countLabel}</th></tr>
          </thead>
          <tbody>
            {summary.histogram.map((count, i) => (
              <tr key={i}><td>{i * 10}–{i === 9 ? 100 : i * 10 + 9} %</td><td>{count}</td></tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}

/**
 * One row per item: facility as a bar (0–1) on the left, discrimination (point-biserial, else D) as a dot
 * on a −0.5…1 scale on the right; flagged items in red. Reference lines at the flag thresholds.
 */
export function ItemChart({ items, title, desc, legendFacility, legendDiscrimination }: { items: ItemStatistics[]; title: string; desc: string; legendFacility: string; legendDiscrimination: string }) {
  const row = 18;
  const labelW = 80;
  const panel = 220;
  const gap = 30;
  const top = 30;
  const W = labelW + panel * 2 + gap + 10;
  const H = top + items.length * row + 10;
  const fx = (v: number) => labelW + v * panel;
  const dx = (v: number) => labelW + panel + gap + ((Math.max(-0.5, Math.min(1, v)) + 0.5) / 1.5) * panel;
  return (
    <div className={styles.chartWrap}>
      <svg viewBox={`0 0 ${W} ${H}`} className={styles.chart} role="img" aria-labelledby="items-title items-desc" data-testid="item-chart">
        <title id="items-title">{title}</title>
        <desc id="items-desc">{desc}</desc>
        <text x={labelW} y={14} fontSize={12} fontWeight={700}>{legendFacility}</text>
        <text x={labelW + panel + gap} y={14} fontSize={12} fontWeight={700}>{legendDiscrimination}</text>
        {[0.2, 0.95].map((v) => (
          <line key={v} x1={fx(v)} y1={top - 6} x2={fx(v)} y2={H - 6} stroke="#8a5a00" strokeDasharray="3 3" />
        ))}
        <line x1={dx(0)} y1={top - 6} x2={dx(0)} y2={H - 6} stroke="#4a5565" />
        <line x1={dx(0.2)} y1={top - 6} x2={dx(0.2)} y2={H - 6} stroke="#8a5a00" strokeDasharray="3 3" />
        {[0, 0.5, 1].map((v) => (
          <text key={`f${v}`} x={fx(v)} y={top - 8} fontSize={10} textAnchor="middle" fill="#4a5565">{v}</text>
        ))}
        {[-0.5, 0, 0.5, 1].map((v) => (
          <text key={`d${v}`} x={dx(v)} y={top - 8} fontSize={10} textAnchor="middle" fill="#4a5565">{v}</text>
        ))}
        {items.map((s, i) => {
          const y = top + i * row;
          const flagged = s.flags.length > 0;
          const disc = s.pointBiserial ?? s.upperLower;
          return (
            <g key={s.itemId}>
              <text x={labelW - 6} y={y + 12} fontSize={11} textAnchor="end" fill={flagged ? "#b42318" : "#1b2430"}>{s.itemId}</text>
              <rect x={labelW} y={y + 3} width={panel} height={row - 6} fill="#eef1f4" />
              {s.facility !== null && <rect x={labelW} y={y + 3} width={s.facility * panel} height={row - 6} fill={flagged ? "#b42318" : "#0b6e69"} opacity={0.8} />}
              {disc !== null && <circle cx={dx(disc)} cy={y + row / 2} r={5} fill={disc < 0.2 ? "#b42318" : "#1e7b34"} />}
            </g>
          );
        })}
      </svg>
    </div>
  );
}

/** Option choice shares as small bars, the key marked — for the item table. */
export function DistractorBars({ stats, keyLabel }: { stats: ItemStatistics; keyLabel: string }) {
  if (stats.distractors.length === 0) return <span className="muted">—</span>;
  return (
    <ul className="small" style={{ listStyle: "none", padding: 0, margin: 0 }}>
      {stats.distractors.map((d) => (
        <li key={d.option} style={{ display: "flex", gap: "0.4rem", alignItems: "center" }}>
          <span style={{ minWidth: "2.6rem" }}>{d.option}{d.isKey ? " ✓" : ""}</span>
          <svg width={80} height={10} aria-hidden="true">
            <rect width={80} height={10} fill="#eef1f4" />
            <rect width={d.share * 80} height={10} fill={d.isKey ? "#1e7b34" : d.nonFunctioning ? "#b42318" : "#0b6e69"} />
          </svg>
          <span>{pct(d.share)} ({d.count}){d.isKey ? <span className="sr-only"> {keyLabel}</span> : null}</span>
        </li>
      ))}
    </ul>
  );
}

export { pct, num };
