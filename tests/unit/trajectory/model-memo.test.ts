import { describe, expect, it } from "vitest";
import { getAnatomy } from "@/lib/anatomy";
import { buildBody } from "@/lib/anatomy/body";
import { buildSkeleton } from "@/lib/anatomy/skeleton";
import { normaliseParams } from "@/lib/anatomy/model";
import { REFERENCE_STATURE_CM } from "@/lib/anatomy/column";
import type { PatientParams } from "@/lib/anatomy/types";
import { evaluateRequestSchema, evaluateTrajectory } from "@/lib/trajectory";

const base: PatientParams = { sex: "male", bmi: 24, scoliosis: true, shoulderRetraction: false, position: "prone", heightCm: 183 };

describe("the query model behind the viewer's live evaluation", () => {
  it("a BMI, towel or position change reuses the skeleton of the same sex, stature and scoliosis (no full rebuild)", () => {
    const a = getAnatomy(base);
    for (const change of [{ bmi: 33 }, { shoulderRetraction: true }, { position: "side-lying" as const }]) {
      const b = getAnatomy({ ...base, ...change });
      expect(b).not.toBe(a);
      expect(b.skeleton).toBe(a.skeleton);
      expect(b.column).toBe(a.column);
    }
    expect(getAnatomy({ ...base, scoliosis: false }).skeleton).not.toBe(a.skeleton);
    expect(getAnatomy({ ...base, heightCm: 170 }).skeleton).not.toBe(a.skeleton);
  });
  it("the shared skeleton is identical to one built from that patient's own body (results unchanged)", () => {
    getAnatomy(base);
    const p = normaliseParams({ ...base, bmi: 41, shoulderRetraction: true });
    const shared = getAnatomy(p);
    const s = p.heightCm / REFERENCE_STATURE_CM;
    const byLevel = new Map(shared.column.map((v) => [v.level as string, v]));
    const ownBody = buildBody(p, s, shared.profile, (l) => byLevel.get(l)!.c[1], (l) => byLevel.get(l)!.spTip[1]);
    const own = buildSkeleton(shared.column, shared.profile, ownBody, s);
    expect(own.ribs.length).toBe(shared.skeleton.ribs.length);
    own.ribs.forEach((r, i) => {
      const q = shared.skeleton.ribs[i]!;
      expect(Array.from(q.rTab)).toEqual(Array.from(r.rTab));
      expect(Array.from(q.yTab)).toEqual(Array.from(r.yTab));
      expect(q.angle).toEqual(r.angle);
    });
    for (let y = -260; y <= 200; y += 13)
      for (let x = -140; x <= 140; x += 11)
        for (let z = -80; z <= 120; z += 17) {
          const sl = ownBody.sliceAt(y);
          const th = Math.atan2(x, -(z - sl.zc));
          const r = Math.hypot(x, z - sl.zc);
          expect(shared.skeleton.boneAt(x, y, z, th, r)).toBe(own.boneAt(x, y, z, th, r));
        }
    const req = evaluateRequestSchema.parse({ patient: { sex: "male", bmi: 41, scoliosis: true, shoulderRetraction: true }, technique: "other", entry: { level: "T5", side: "right", lateralMm: 48 }, direction: { ventral: 1, medial: 0, caudal: 0 }, depthMm: 60, needleLengthMm: 75 });
    expect(evaluateTrajectory(req).penetrated.length).toBeGreaterThan(3);
  });
});
