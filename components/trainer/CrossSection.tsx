"use client";

import { useMemo } from "react";
import type { ThoraxModel } from "@/lib/anatomy";
import { closeOutlines, outlinePath, sliceMesh, type Axis } from "@/lib/section/slice";
import { GROUP_COLORS, type NeedleView, type Vec3 } from "./types";
import styles from "./trainer.module.css";

/**
 * A 2D section through the entry point, computed from the same meshes as the 3D view:
 * transverse (seen from the feet, dorsal side up, as the prone patient lies) or sagittal (cranial up,
 * dorsal to the left). The needle is drawn projected onto the section plane.
 */
export type SectionKind = "transverse" | "sagittal";

type Props = {
  model: ThoraxModel;
  kind: SectionKind;
  at: Vec3;
  needle: NeedleView | null;
  title: string;
  labels: { dorsal: string; ventral: string; left: string; right: string; cranial: string; caudal: string; projected: string };
};

const ORDER = ["skin", "subcutis", "muscle", "lung", "pleura", "bone", "cartilage", "canal"];

export default function CrossSection({ model, kind, at, needle, title, labels }: Props) {
  const axis: Axis = kind === "transverse" ? "y" : "x";
  const value = kind === "transverse" ? at[1] : at[0];
  // Screen coordinates: transverse (−x, z): patient's left on the viewer's left, dorsal up;
  // sagittal (z, −y): dorsal left, cranial up.
  const toScreen = useMemo(
    () => (p: Vec3): [number, number] => (kind === "transverse" ? [-p[0], p[2]] : [p[2], -p[1]]),
    [kind],
  );

  const shapes = useMemo(() => {
    const out: { id: string; group: string; filled: string; open: string }[] = [];
    const structures = [...model.structures].sort((a, b) => ORDER.indexOf(a.group) - ORDER.indexOf(b.group));
    for (const s of structures) {
      const outlines = closeOutlines(sliceMesh(s.positions, s.indices, axis, value, 0.01));
      if (outlines.length === 0) continue;
      // sliceMesh gives (x, z) for a transverse cut and (z, y) for a sagittal one; map to the screen.
      const mapped = outlines.map((o) => ({
        // Lungs are cut open at the hilum; closing the outline with a straight edge is good enough to fill.
        closed: o.closed || s.group === "lung",
        points: o.points.map(([u, v]) => (kind === "transverse" ? ([-u, v] as [number, number]) : ([u, -v] as [number, number]))),
      }));
      out.push({ id: s.id, group: s.group, filled: outlinePath(mapped.filter((o) => o.closed)), open: outlinePath(mapped.filter((o) => !o.closed)) });
    }
    return out;
  }, [model, axis, value, kind]);

  const view = useMemo(() => {
    // Frame the section on the region around the entry point (the whole trunk would make the pleura tiny).
    const c = toScreen(at);
    const half = kind === "transverse" ? 95 : 85;
    return { x: c[0] - half, y: c[1] - half * 0.55, w: half * 2, h: half * 1.55 };
  }, [at, kind, toScreen]);

  const needleLines = useMemo(() => {
    if (!needle) return null;
    const inserted = Math.min(needle.depthMm, Math.hypot(needle.tip[0] - needle.entry[0], needle.tip[1] - needle.entry[1], needle.tip[2] - needle.entry[2]));
    const outside = needle.lengthMm - inserted;
    const hub: Vec3 = [needle.entry[0] - needle.dir[0] * outside, needle.entry[1] - needle.dir[1] * outside, needle.entry[2] - needle.dir[2] * outside];
    const end: Vec3 = [needle.entry[0] + needle.dir[0] * needle.lengthMm, needle.entry[1] + needle.dir[1] * needle.lengthMm, needle.entry[2] + needle.dir[2] * needle.lengthMm];
    return { hub: toScreen(hub), entry: toScreen(needle.entry), tip: toScreen(needle.tip), end: toScreen(end) };
  }, [needle, toScreen]);

  const describedBy = `section-desc-${kind}`;
  const orientation =
    kind === "transverse"
      ? { top: labels.dorsal, bottom: labels.ventral, left: labels.left, right: labels.right }
      : { top: labels.cranial, bottom: labels.caudal, left: labels.dorsal, right: labels.ventral };

  return (
    <figure className={styles.section}>
      <svg viewBox={`${view.x} ${view.y} ${view.w} ${view.h}`} role="img" aria-labelledby={`${describedBy}-title`} preserveAspectRatio="xMidYMid meet">
        <title id={`${describedBy}-title`}>{title}</title>
        <rect x={view.x} y={view.y} width={view.w} height={view.h} fill="#0f172a" />
        <defs>
          <clipPath id={`${describedBy}-clip`}>
            <rect x={view.x} y={view.y} width={view.w} height={view.h} rx={3} />
          </clipPath>
        </defs>
        <g clipPath={`url(#${describedBy}-clip)`}>
        {shapes.map((s) => {
          const color = GROUP_COLORS[s.group] ?? "#999";
          const stroke = s.group === "pleura" ? "#93c5fd" : s.group === "muscle" ? "#7f1d1d" : color;
          return (
            <g key={s.id}>
              {s.filled && (
                <path
                  d={s.filled}
                  fill={s.group === "pleura" ? "none" : color}
                  fillOpacity={s.group === "skin" ? 0.95 : s.group === "lung" ? 0.6 : 0.9}
                  fillRule="evenodd"
                  stroke={stroke}
                  strokeOpacity={0.9}
                  strokeWidth={s.group === "pleura" ? 1.2 : 0.6}
                  vectorEffect="non-scaling-stroke"
                />
              )}
              {s.open && <path d={s.open} fill="none" stroke={stroke} strokeWidth={s.group === "pleura" ? 1.2 : 0.8} vectorEffect="non-scaling-stroke" />}
            </g>
          );
        })}
        {needleLines && (
          <g strokeLinecap="round">
            <line x1={needleLines.tip[0]} y1={needleLines.tip[1]} x2={needleLines.end[0]} y2={needleLines.end[1]} stroke="#38bdf8" strokeWidth={0.6} strokeDasharray="2 2" />
            <line x1={needleLines.hub[0]} y1={needleLines.hub[1]} x2={needleLines.entry[0]} y2={needleLines.entry[1]} stroke="#e5e7eb" strokeWidth={1.1} />
            <line x1={needleLines.entry[0]} y1={needleLines.entry[1]} x2={needleLines.tip[0]} y2={needleLines.tip[1]} stroke={needle?.unsafe ? "#f87171" : "#f8fafc"} strokeWidth={1.3} />
            <circle cx={needleLines.entry[0]} cy={needleLines.entry[1]} r={1.6} fill="#0ea5e9" />
            <circle cx={needleLines.tip[0]} cy={needleLines.tip[1]} r={1.3} fill={needle?.unsafe ? "#ef4444" : "#facc15"} />
          </g>
        )}
        </g>
        <g fontSize={6} fill="#cbd5e1" fontFamily="system-ui, sans-serif">
          <text x={view.x + view.w / 2} y={view.y + 7} textAnchor="middle">{orientation.top}</text>
          <text x={view.x + view.w / 2} y={view.y + view.h - 3} textAnchor="middle">{orientation.bottom}</text>
          <text x={view.x + 3} y={view.y + view.h / 2}>{orientation.left}</text>
          <text x={view.x + view.w - 3} y={view.y + view.h / 2} textAnchor="end">{orientation.right}</text>
          {/* 10 mm scale bar */}
          <line x1={view.x + 6} y1={view.y + view.h - 10} x2={view.x + 16} y2={view.y + view.h - 10} stroke="#cbd5e1" strokeWidth={0.8} />
          <text x={view.x + 6} y={view.y + view.h - 13} fontSize={4.5}>10 mm</text>
        </g>
      </svg>
      <figcaption className={styles.sectionCaption}>
        {title} · {labels.projected}
      </figcaption>
    </figure>
  );
}
