import { useId, type ReactNode } from "react";

export type Lang = "nl" | "en";
export type DiagramProps = { lang: Lang };

/** One palette for every diagram, so skin, muscle, bone and pleura look the same across M7. */
export const C = {
  skin: "#f4c9a3",
  skinLine: "#b87a4b",
  fat: "#fbe6b8",
  muscle: "#d9736b",
  muscleDark: "#b24f48",
  muscleLight: "#eaa49c",
  bone: "#f5f0e1",
  boneLine: "#7d7259",
  pleura: "#2f6fc4",
  lung: "#d7e6f8",
  canal: "#f6d5e6",
  canalLine: "#a0457a",
  needle: "#2b2f36",
  handle: "#8a93a0",
  safe: "#1f8a4c",
  danger: "#c0392b",
  hand: "#e9b48c",
  handLine: "#9a6a44",
  text: "#1f2937",
  muted: "#5b6472",
  table: "#cbd2dc",
  towel: "#8fb8a8",
} as const;

export const FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif";

/**
 * Wraps a diagram in an accessible <svg>: role="img" with a <title> and <desc> in the page's language,
 * referenced through aria-labelledby. useId keeps ids unique when several diagrams share a page.
 */
export function DiagramFrame({
  title,
  desc,
  width = 600,
  height = 400,
  children,
}: {
  title: string;
  desc: string;
  width?: number;
  height?: number;
  children: ReactNode;
}) {
  const id = useId();
  const titleId = `${id}-title`;
  const descId = `${id}-desc`;
  return (
    <svg
      role="img"
      aria-labelledby={`${titleId} ${descId}`}
      viewBox={`0 0 ${width} ${height}`}
      width="100%"
      style={{ maxWidth: width, height: "auto", display: "block" }}
      fontFamily={FONT}
      fontSize={13}
      xmlns="http://www.w3.org/2000/svg"
    >
      <title id={titleId}>{title}</title>
      <desc id={descId}>{desc}</desc>
      <rect x={0} y={0} width={width} height={height} fill="#ffffff" />
      {children}
    </svg>
  );
}

/** A straight acupuncture needle: a thin shaft from tip to hub and a short grey handle behind it. */
export function Needle({
  x1,
  y1,
  x2,
  y2,
  handle = 22,
  color = C.needle,
  dashed = false,
}: {
  /** tip */
  x1: number;
  y1: number;
  /** where the shaft meets the handle */
  x2: number;
  y2: number;
  handle?: number;
  color?: string;
  dashed?: boolean;
}) {
  const len = Math.hypot(x2 - x1, y2 - y1) || 1;
  const ux = (x2 - x1) / len;
  const uy = (y2 - y1) / len;
  return (
    <g>
      <line x1={x1} y1={y1} x2={x2} y2={y2} stroke={color} strokeWidth={2} strokeDasharray={dashed ? "5 4" : undefined} />
      <line
        x1={x2}
        y1={y2}
        x2={x2 + ux * handle}
        y2={y2 + uy * handle}
        stroke={dashed ? color : C.handle}
        strokeWidth={6}
        strokeLinecap="round"
        opacity={dashed ? 0.5 : 1}
      />
    </g>
  );
}

/** Arrow marker definitions; ids are derived from the diagram's own id so they never clash. */
export function ArrowDefs({ id, colors }: { id: string; colors: Record<string, string> }) {
  return (
    <defs>
      {Object.entries(colors).map(([name, color]) => (
        <marker
          key={name}
          id={`${id}-${name}`}
          viewBox="0 0 10 10"
          refX={9}
          refY={5}
          markerWidth={7}
          markerHeight={7}
          orient="auto-start-reverse"
        >
          <path d="M0,0 L10,5 L0,10 z" fill={color} />
        </marker>
      ))}
    </defs>
  );
}

/** A label with an optional leader line to the point it names. */
export function Label({
  x,
  y,
  text,
  to,
  anchor = "start",
  color = C.text,
  weight,
  size,
}: {
  x: number;
  y: number;
  text: string;
  to?: [number, number];
  anchor?: "start" | "middle" | "end";
  color?: string;
  weight?: number;
  size?: number;
}) {
  return (
    <g>
      {to ? (
        <line
          x1={x}
          y1={y + 4}
          x2={to[0]}
          y2={to[1]}
          stroke={C.muted}
          strokeWidth={1}
        />
      ) : null}
      <text
        x={x}
        y={y}
        textAnchor={anchor}
        fill={color}
        fontWeight={weight}
        fontSize={size}
        stroke={color === "#fff" ? undefined : "#ffffff"}
        strokeWidth={3}
        strokeLinejoin="round"
        paintOrder="stroke"
      >
        {text}
      </text>
    </g>
  );
}
