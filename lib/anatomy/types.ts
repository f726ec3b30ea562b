/**
 * Public types of the parametric thorax. Frame (see README.md): millimetres, x = patient's left,
 * y = cranial, z = ventral; origin on the midsagittal plane at the dorsal tip of the T6 spinous process
 * of the patient without scoliosis.
 */
export type Vec3 = [number, number, number];

export type Sex = "female" | "male";
export type Position = "prone" | "side-lying" | "supine";

export type PatientParams = {
  sex: Sex;
  /** Body-mass index, 16..45 (soft-tissue thickness). */
  bmi: number;
  scoliosis: boolean;
  /** Rolled towel under the shoulder while prone (TECH-6). */
  shoulderRetraction: boolean;
  position: Position;
  /** Body height; defaults per sex (see constants.ts). */
  heightCm?: number;
};

export type StructureGroup = "skin" | "subcutis" | "muscle" | "bone" | "cartilage" | "pleura" | "lung" | "canal";

export type StructureMesh = {
  /** "skin", "subcutis", "muscle:rhomboid-major", "bone:T6-spinous", "bone:rib-6-left", "pleura", "lung", "spinal-canal" … */
  id: string;
  group: StructureGroup;
  label: { nl: string; en: string };
  /** xyz triples in mm (model frame). */
  positions: Float32Array;
  /** Triangles, counter-clockwise seen from outside. */
  indices: Uint32Array;
};

export const LEVELS = [
  "C1", "C2", "C3", "C4", "C5", "C6", "C7",
  "T1", "T2", "T3", "T4", "T5", "T6", "T7", "T8", "T9", "T10", "T11", "T12",
  "L1", "L2", "L3", "L4", "L5",
] as const;
export type Level = (typeof LEVELS)[number];

export const MUSCLE_IDS = [
  "trapezius-upper", "trapezius-middle", "trapezius-lower", "rhomboid-major", "rhomboid-minor",
  "levator-scapulae", "iliocostalis", "longissimus", "multifidus", "infraspinatus", "latissimus-dorsi",
  "serratus-posterior-superior", "obliquus-capitis-inferior", "quadratus-lumborum", "pectoralis-major",
  "teres-major",
] as const;
export type MuscleId = (typeof MUSCLE_IDS)[number];

export type ThoraxModel = {
  params: Required<PatientParams>;
  /** Unit vector away from the table for `params.position` (prone: dorsal; supine: ventral; side-lying: lying on the right side, so the left is up). */
  up: Vec3;
  structures: StructureMesh[];
  landmarks: {
    /** Dorsal tip of each spinous process (C1: posterior tubercle), C1..L5. */
    spinousTips: Record<string, Vec3>;
    /** Tip of each transverse process, keyed "T6-left". */
    transverseTips: Record<string, Vec3>;
    /** Posterior-most point (angle) of each rib on the outer surface, keyed "6-left". */
    ribAngles: Record<string, Vec3>;
  };
};

/** Direction away from the table; side-lying assumes the treated (or, by default, the left) side up. */
export function upVector(position: Position, upSide: "left" | "right" = "left"): Vec3 {
  if (position === "prone") return [0, 0, -1];
  if (position === "supine") return [0, 0, 1];
  return upSide === "left" ? [1, 0, 0] : [-1, 0, 0];
}
