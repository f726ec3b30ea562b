import { C } from "./frame";

/**
 * A schematic thoracic vertebra in transverse section, dorsal side up, centred on its body.
 * rotation (degrees, SVG clockwise) turns it about the body's centre, as in a scoliotic segment.
 */
export function Vertebra({ cx, cy, scale = 1, rotation = 0, canal = true }: { cx: number; cy: number; scale?: number; rotation?: number; canal?: boolean }) {
  const s = scale;
  return (
    <g transform={`translate(${cx} ${cy}) rotate(${rotation}) scale(${s})`}>
      {/* body */}
      <ellipse cx={0} cy={0} rx={46} ry={34} fill={C.bone} stroke={C.boneLine} strokeWidth={1.5 / s} />
      {/* pedicles, laminae and spinous process around the canal */}
      <path
        d="M-30,-22 L-34,-52 L-20,-74 L-6,-112 L6,-112 L20,-74 L34,-52 L30,-22 L18,-28 L20,-50 L10,-64 L-10,-64 L-20,-50 L-18,-28 Z"
        fill={C.bone}
        stroke={C.boneLine}
        strokeWidth={1.5 / s}
        strokeLinejoin="round"
      />
      {/* transverse processes */}
      <path d="M-30,-52 L-78,-66 L-82,-54 L-34,-40 Z" fill={C.bone} stroke={C.boneLine} strokeWidth={1.5 / s} />
      <path d="M30,-52 L78,-66 L82,-54 L34,-40 Z" fill={C.bone} stroke={C.boneLine} strokeWidth={1.5 / s} />
      {canal ? <circle cx={0} cy={-44} r={15} fill={C.canal} stroke={C.canalLine} strokeWidth={1.5 / s} /> : null}
    </g>
  );
}

/** Where a point given in the vertebra's own frame ends up after translate/rotate/scale. */
export function vertebraPoint(cx: number, cy: number, rotation: number, scale: number, p: [number, number]): [number, number] {
  const a = (rotation * Math.PI) / 180;
  const x = p[0] * scale;
  const y = p[1] * scale;
  return [cx + x * Math.cos(a) - y * Math.sin(a), cy + x * Math.sin(a) + y * Math.cos(a)];
}
