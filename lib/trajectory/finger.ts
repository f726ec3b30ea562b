import type { PatientParams } from "@/lib/anatomy/types";
import { DEFAULT_HEIGHT_CM } from "@/lib/anatomy/model";

/**
 * The patient's own index-finger width (PNX-7 measures the paravertebral entry in it): breadth of the
 * index finger ≈ 16 mm in women and ≈ 18 mm in men at average stature (PHEASANT2006, hand dimensions;
 * the contract's example, 12 mm = 0.75 finger widths, matches 16 mm), scaled with stature because hand
 * dimensions grow roughly in proportion to body height.
 */
export function fingerWidthMm(p: Pick<PatientParams, "sex" | "heightCm">): number {
  const base = p.sex === "male" ? 18 : 16;
  const h = p.heightCm ?? DEFAULT_HEIGHT_CM[p.sex];
  return base * (h / DEFAULT_HEIGHT_CM[p.sex]);
}
