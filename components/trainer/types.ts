/** Shared client-side types of the trainer viewer. */
export type Vec3 = [number, number, number];

export const LAYER_GROUPS = ["skin", "subcutis", "muscle", "bone", "pleura", "canal"] as const;
export type LayerGroup = (typeof LAYER_GROUPS)[number];
export type LayerState = Record<LayerGroup, { visible: boolean; opacity: number }>;

/** Which layer toggle a mesh group belongs to (cartilage with bone, lungs with the pleura). */
export function layerOf(group: string): LayerGroup {
  if (group === "cartilage") return "bone";
  if (group === "lung") return "pleura";
  return (LAYER_GROUPS as readonly string[]).includes(group) ? (group as LayerGroup) : "muscle";
}

export const GROUP_COLORS: Record<string, string> = {
  skin: "#e2b49a",
  subcutis: "#f1d48a",
  muscle: "#b4463f",
  bone: "#eee6d2",
  cartilage: "#bfd9de",
  pleura: "#6fa3dc",
  lung: "#f0a7b8",
  canal: "#f2c94c",
};

export const DEFAULT_LAYERS: LayerState = {
  skin: { visible: true, opacity: 0.35 },
  subcutis: { visible: false, opacity: 0.5 },
  muscle: { visible: true, opacity: 0.85 },
  bone: { visible: true, opacity: 1 },
  pleura: { visible: true, opacity: 0.55 },
  canal: { visible: true, opacity: 1 },
};

export type NeedleView = {
  entry: Vec3;
  /** unit vector into the body */
  dir: Vec3;
  depthMm: number;
  lengthMm: number;
  /** where the tip actually is (a bone stop may hold it back) */
  tip: Vec3;
  unsafe: boolean;
};

export type CameraApi = {
  rotate: (azimuthDeg: number, polarDeg: number) => void;
  zoom: (factor: number) => void;
  reset: () => void;
  focus: (point: Vec3) => void;
};

export const add = (a: Vec3, b: Vec3): Vec3 => [a[0] + b[0], a[1] + b[1], a[2] + b[2]];
export const sub = (a: Vec3, b: Vec3): Vec3 => [a[0] - b[0], a[1] - b[1], a[2] - b[2]];
export const scale = (a: Vec3, s: number): Vec3 => [a[0] * s, a[1] * s, a[2] * s];
export const dot = (a: Vec3, b: Vec3) => a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
export const norm = (a: Vec3) => Math.hypot(a[0], a[1], a[2]);
export const normalize = (a: Vec3): Vec3 => {
  const n = norm(a);
  return n > 0 ? scale(a, 1 / n) : [0, 0, 1];
};
