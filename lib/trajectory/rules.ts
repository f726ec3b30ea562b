/**
 * The guideline's geometric rules as data, each with its recommendation ID, severity and bilingual
 * message(s), and a check over the evaluated needle. PLEURA and SPINAL-CANAL are the critical outcomes.
 */
import type { AnatomyModel } from "@/lib/anatomy/model";
import { upVector, type MuscleId, type Vec3 } from "@/lib/anatomy/types";
import type { EvaluateRequest, RuleId, Severity, Violation } from "./schema";
import type { Trace } from "./geometry";

export type RuleContext = {
  req: EvaluateRequest;
  model: AnatomyModel;
  entry: Vec3;
  tip: Vec3;
  dir: Vec3;
  normal: Vec3;
  trace: Trace;
  angleToSkinDeg: number;
  downhill: boolean | null;
  midlineDistanceMm: number;
  fingerWidths: number;
  /** Anatomical components of the direction (ventral, medial, caudal). */
  components: { ventral: number; medial: number; caudal: number };
};

type Msg = { nl: string; en: string };
export type Rule = {
  id: RuleId;
  title: Msg;
  /** Which trajectories the rule looks at. */
  scope: Msg;
  check: (c: RuleContext) => { severity: Severity; message: Msg }[];
};

/** Muscles the guideline names for the pincer grip (TECH-1): pectoralis major, upper trapezius, teres major. */
export const PINCER_MUSCLES: readonly MuscleId[] = ["pectoralis-major", "trapezius-upper", "teres-major"];
/**
 * What a pincer grip lifts between thumb and fingers: skin, subcutis and the muscle's fold. The upper
 * trapezius fold is continuous with the middle part at the base of the neck (the model's split between
 * the parts is a line, not a fascia); teres major is lifted together with latissimus dorsi in the
 * posterior axillary fold (MOORE2014).
 */
const PINCER_FOLDS: Record<string, readonly string[]> = {
  "trapezius-upper": ["trapezius-upper", "trapezius-middle"],
  "teres-major": ["teres-major", "latissimus-dorsi"],
  "pectoralis-major": ["pectoralis-major"],
};
export function pincerFold(muscle: string | undefined): Set<string> {
  const muscles = muscle ? (PINCER_FOLDS[muscle] ?? [muscle]) : PINCER_MUSCLES;
  return new Set(["skin", "subcutis", ...muscles.flatMap((m) => PINCER_FOLDS[m] ?? [m]).map((m) => `muscle:${m}`)]);
}
export const PARASPINAL_MUSCLES: readonly MuscleId[] = ["multifidus", "longissimus", "iliocostalis"];
/** TECH-6: the muscles where shoulder retraction was measured to increase the depth to the pleura. */
export const PERISCAPULAR_MUSCLES: readonly MuscleId[] = ["levator-scapulae", "rhomboid-major", "rhomboid-minor", "trapezius-lower"];
const PARASPINAL_STRUCTURES = new Set(["muscle:multifidus", "muscle:longissimus", "muscle:iliocostalis", "muscle:spinalis"]);

const reached = (c: RuleContext, id: string) => c.trace.penetrated.some((p) => p.structure === id);
const levelNumber = (l: string) => Number(l.slice(1));
function thoracicEntry(c: RuleContext): boolean {
  const y = c.entry[1];
  const m = c.model;
  const t1 = m.column.find((v) => v.level === "T1")!;
  const t12 = m.column.find((v) => v.level === "T12")!;
  return y <= t1.c[1] + 0.5 * t1.seg && y >= t12.c[1] - 0.5 * t12.seg;
}
const v = (severity: Severity, nl: string, en: string) => ({ severity, message: { nl, en } });

export const RULES: readonly Rule[] = [
  {
    id: "PLEURA",
    title: { nl: "Pleura of long bereikt", en: "Pleura or lung reached" },
    scope: { nl: "Elke naald", en: "Every needle" },
    check: (c) =>
      reached(c, "pleura") || reached(c, "lung")
        ? [v("critical", "De naaldpunt komt door de pariëtale pleura: kans op een pneumothorax.", "The needle tip passes the parietal pleura: risk of a pneumothorax.")]
        : [],
  },
  {
    id: "SPINAL-CANAL",
    title: { nl: "Wervelkanaal bereikt", en: "Spinal canal reached" },
    scope: { nl: "Elke naald", en: "Every needle" },
    check: (c) =>
      reached(c, "spinal-canal")
        ? [v("critical", "De naald komt in het wervelkanaal: risico op letsel van myelum of hersenstam.", "The needle enters the spinal canal: risk of injury to the spinal cord or brainstem.")]
        : [],
  },
  {
    id: "NEU-5",
    title: { nl: "Niet diep craniaal van C2", en: "Nothing deep cranial of C2" },
    scope: { nl: "Naaldpunt boven C2", en: "Needle tip above C2" },
    check: (c) => {
      const m = c.model;
      const c1 = m.column[0]!, c2 = m.column[1]!;
      const boundary = (c1.c[1] + c2.c[1]) / 2;
      if (c.tip[1] <= boundary && c.entry[1] <= boundary) return [];
      const superficial = new Set(["skin", "subcutis", "muscle:trapezius-upper"]);
      const deepOnes = c.trace.penetrated.filter((p) => !superficial.has(p.structure));
      if (deepOnes.length === 0) return [];
      // The exception: a needle that ends in obliquus capitis inferior, having passed only the neck muscles over it.
      const onlyMuscle = deepOnes.every((p) => p.structure.startsWith("muscle:"));
      if (c.req.muscle === "obliquus-capitis-inferior" && onlyMuscle && c.trace.tipStructure === "muscle:obliquus-capitis-inferior") return [];
      return [v("critical", "Diep needlen craniaal van C2 is niet toegestaan (alleen de m. obliquus capitis inferior is een uitzondering).", "Deep needling cranial of C2 is not allowed (only obliquus capitis inferior is an exception).")];
    },
  },
  {
    id: "PNX-4",
    title: { nl: "Scoliose: niet paraspinaal", en: "Scoliosis: no paraspinal needling" },
    scope: { nl: "Patiënt met scoliose, thoracaal", en: "Patient with scoliosis, thoracic region" },
    check: (c) => {
      if (!c.req.patient.scoliosis || !thoracicEntry(c)) return [];
      const paraspinal =
        c.req.technique === "paraspinal-wall" ||
        c.req.technique === "paravertebral-deep" ||
        (c.req.muscle !== undefined && PARASPINAL_MUSCLES.includes(c.req.muscle)) ||
        c.trace.penetrated.some((p) => PARASPINAL_STRUCTURES.has(p.structure));
      return paraspinal
        ? [v("major", "Bij scoliose wordt thoracaal niet paraspinaal genaald: door de rotatie kan een processus transversus voor een processus spinosus worden aangezien.", "With scoliosis, do not needle the thoracic paraspinal region: rotation can make a transverse process feel like a spinous process.")]
        : [];
    },
  },
  {
    id: "PNX-5",
    title: { nl: "Pincetgreep waar het kan", en: "Pincer grip where possible" },
    scope: { nl: "Spieren die je kunt oppakken", en: "Muscles that can be picked up" },
    check: (c) =>
      c.req.muscle && PINCER_MUSCLES.includes(c.req.muscle) && c.req.technique !== "pincer"
        ? [v("major", "Deze spier kun je tussen duim en vingers oppakken: gebruik de pincetgreep.", "This muscle can be lifted between thumb and fingers: use the pincer grip.")]
        : [],
  },
  {
    id: "TECH-1",
    title: { nl: "Pincetgreep correct uitgevoerd", en: "Pincer grip done correctly" },
    scope: { nl: "Techniek pincetgreep", en: "Pincer technique" },
    check: (c) => {
      if (c.req.technique !== "pincer") return [];
      const out = [];
      if (c.req.muscle && !PINCER_MUSCLES.includes(c.req.muscle))
        out.push(v("major", "Deze spier laat zich niet betrouwbaar oppakken; de pincetgreep geeft hier schijnveiligheid.", "This muscle cannot reliably be lifted; a pincer grip gives false safety here."));
      if (c.angleToSkinDeg > 45)
        out.push(v("major", "Bij de pincetgreep prik je van vingers naar duim, ongeveer evenwijdig aan de borstwand, niet de diepte in.", "With the pincer grip the needle runs from fingers to thumb, roughly parallel to the chest wall, not into the depth."));
      // The grip lifts skin, subcutis and the muscle's own fold; anything else on the shaft (deeper muscle,
      // bone, the chest wall, deep tissue) means the needle left the fold. Before, only rib/intercostals
      // counted, so a pincer needle through the upper trapezius into multifidus and the lamina was "safe".
      const fold = pincerFold(c.req.muscle);
      const chestWall = c.trace.penetrated.some((p) => p.structure.startsWith("bone:rib") || p.structure === "muscle:intercostals");
      const outside = c.trace.penetrated.find((p) => !fold.has(p.structure));
      if (chestWall)
        out.push(v("major", "De naald verlaat de opgepakte spier en bereikt de borstwand.", "The needle leaves the lifted muscle and reaches the chest wall."));
      else if (outside) {
        const what = outside.structure.replace(/^(muscle|bone):/, "");
        out.push(v("major", `De naald verlaat de opgepakte plooi en bereikt ${what}: bij de pincetgreep blijft de naald in de opgetilde spier.`, `The needle leaves the lifted fold and reaches ${what}: with the pincer grip the needle stays in the lifted muscle.`));
      }
      return out;
    },
  },
  {
    id: "PNX-6",
    title: { nl: "Alleen op een goed palpabele rib", en: "Only onto a clearly palpable rib" },
    scope: { nl: "Techniek 1 (op de rib)", en: "Technique 1 (onto the rib)" },
    check: (c) => {
      if (c.req.technique !== "flat-over-rib") return [];
      const out = [];
      const ax = Math.abs(c.entry[0]);
      if (c.model.body.scapulaFootprint(ax, c.entry[1]) > 0)
        out.push(v("major", "Onder de scapula zijn de ribben niet te palperen: niet op de rib needlen.", "Under the scapula the ribs cannot be palpated: do not needle onto the rib."));
      if (c.req.patient.bmi >= 30)
        out.push(v("major", "Bij dit BMI zijn de ribben niet duidelijk te palperen (zelfs periscapulair lukt dat maar in 73,3%): bij twijfel niet op de rib needlen.", "At this BMI the ribs are not clearly palpable (even periscapular palpation is right only 73.3% of the time): when in doubt, do not needle onto the rib."));
      return out;
    },
  },
  {
    id: "TECH-2",
    title: { nl: "Techniek 1: in het verloop van de rib, boven de rib blijven", en: "Technique 1: along the rib, staying over it" },
    scope: { nl: "Techniek 1 (op de rib)", en: "Technique 1 (onto the rib)" },
    check: (c) => {
      if (c.req.technique !== "flat-over-rib") return [];
      const out = [];
      const sk = c.model.skeleton;
      const m = c.model;
      // Every point of the shaft below the subcutis must lie over a rib.
      let leaves = false;
      let underRib: { k: number } | null = null;
      const n = Math.max(2, Math.ceil(c.trace.tipT));
      for (let i = 1; i <= n; i++) {
        const t = (c.trace.tipT * i) / n;
        const p: Vec3 = [c.entry[0] + c.dir[0] * t, c.entry[1] + c.dir[1] * t, c.entry[2] + c.dir[2] * t];
        const sl = m.body.sliceAt(p[1]);
        const th = Math.atan2(p[0], -(p[2] - sl.zc));
        const rib = sk.nearestRib(p[0], p[1], th);
        if (!rib || Math.abs(rib.dy) > rib.rh + 1) leaves = true;
        else underRib = { k: rib.k };
      }
      if (leaves)
        out.push(v("major", "De naald verlaat het gebied recht boven de rib en komt boven een intercostale ruimte.", "The needle leaves the area straight over the rib and ends up over an intercostal space."));
      // Heading along the rib's course: compare with the rib's tangent at the entry.
      const k = underRib?.k;
      if (k) {
        const sl = m.body.sliceAt(c.entry[1]);
        const th = Math.atan2(c.entry[0], -(c.entry[2] - sl.zc));
        const rib = sk.ribs.find((r) => r.k === k && r.side === (c.entry[0] >= 0 ? "left" : "right"))!;
        const tangent = ribTangent(c, rib, th);
        const kdn = c.dir[0] * c.normal[0] + c.dir[1] * c.normal[1] + c.dir[2] * c.normal[2];
        const h: Vec3 = [c.dir[0] - kdn * c.normal[0], c.dir[1] - kdn * c.normal[1], c.dir[2] - kdn * c.normal[2]];
        const hl = Math.hypot(...h);
        if (tangent && hl > 0.05) {
          // compare within the skin's tangent plane
          const kt = tangent[0] * c.normal[0] + tangent[1] * c.normal[1] + tangent[2] * c.normal[2];
          const tp: Vec3 = [tangent[0] - kt * c.normal[0], tangent[1] - kt * c.normal[1], tangent[2] - kt * c.normal[2]];
          const tl = Math.hypot(...tp) || 1;
          const cos = Math.abs(h[0] * tp[0] + h[1] * tp[1] + h[2] * tp[2]) / (hl * tl);
          if (cos < Math.cos((30 * Math.PI) / 180))
            out.push(v("major", "Bij techniek 1 prik je in het verloop van de rib, niet dwars erop.", "With technique 1 the needle follows the course of the rib, not across it."));
        }
      }
      return out;
    },
  },
  {
    id: "TECH-3",
    title: { nl: "Techniek 2: Th1–Th7/8, ≤ 30°, downhill, naald ≥ 50 mm", en: "Technique 2: T1–T7/8, ≤ 30°, downhill, needle ≥ 50 mm" },
    scope: { nl: "Techniek 2 (dwars op de rib)", en: "Technique 2 (across the rib)" },
    check: (c) => {
      if (c.req.technique !== "flat-across-rib") return [];
      const out = [];
      const lvl = c.req.entry.level;
      if (!(lvl.startsWith("T") && levelNumber(lvl) <= 8))
        out.push(v("major", "Techniek 2 is alleen bedoeld voor de regio Th1 tot Th7/8.", "Technique 2 is meant only for the region T1 to T7/8."));
      if (c.angleToSkinDeg > 30)
        out.push(v("major", `De naald staat ${c.angleToSkinDeg.toFixed(0)}° op de huid; bij techniek 2 is dat hooguit 15–30°.`, `The needle is at ${c.angleToSkinDeg.toFixed(0)}° to the skin; technique 2 allows at most 15–30°.`));
      if (c.downhill !== true)
        out.push(v("major", "Prik bij techniek 2 altijd ‘downhill’: van hoog naar laag over de welving van de thorax.", "With technique 2 always needle ‘downhill’: from high to low over the curve of the thorax."));
      if (c.req.needleLengthMm < 50)
        out.push(v("minor", "Gebruik bij techniek 2 een naald van 50 mm of langer; met een kortere naald wordt de hoek snel te steil.", "Use a needle of 50 mm or longer for technique 2; a shorter one tempts you into too steep an angle."));
      return out;
    },
  },
  {
    id: "TECH-4",
    title: { nl: "Muurtje: horizontaal, punt niet onder de vingertoppen", en: "Wall technique: horizontal, tip never below the fingertips" },
    scope: { nl: "Oppervlakkige paraspinale techniek", en: "Superficial paraspinal technique" },
    check: (c) => {
      if (c.req.technique !== "paraspinal-wall") return [];
      const out = [];
      if (c.req.patient.position !== "prone")
        out.push(v("minor", "De muurtjestechniek is beschreven voor een patiënt in buikligging.", "The wall technique is described for a patient lying prone."));
      // "Horizontal" = parallel to the table: no component along the up direction of this position.
      const up = upVector(c.req.patient.position, c.req.entry.side);
      const upDir = c.dir[0] * up[0] + c.dir[1] * up[1] + c.dir[2] * up[2];
      const tilt = (Math.asin(Math.min(1, Math.abs(upDir))) * 180) / Math.PI;
      if (tilt > 10)
        out.push(v("major", `De naald wijkt ${tilt.toFixed(0)}° af van het horizontale vlak; prik evenwijdig aan de behandeltafel.`, `The needle deviates ${tilt.toFixed(0)}° from the horizontal plane; needle parallel to the table.`));
      const drop = (c.entry[0] - c.tip[0]) * up[0] + (c.entry[1] - c.tip[1]) * up[1] + (c.entry[2] - c.tip[2]) * up[2];
      if (drop > 3)
        out.push(v("major", "De naaldpunt komt onder het niveau van de vingertoppen.", "The needle tip goes below the level of the fingertips."));
      return out;
    },
  },
  {
    id: "PNX-7",
    title: { nl: "Paravertebraal: binnen één vingerbreedte, ventraal-mediaal-caudaal", en: "Paravertebral: within one finger width, ventral-medial-caudal" },
    scope: { nl: "Diepe paraspinale techniek", en: "Deep paraspinal technique" },
    check: (c) => {
      if (c.req.technique !== "paravertebral-deep") return [];
      const out = [];
      if (c.fingerWidths > 1)
        out.push(v("major", `De insteek ligt ${c.fingerWidths.toFixed(2)} vingerbreedte van de processus spinosus; maximaal één vingerbreedte (van de patiënt).`, `The entry lies ${c.fingerWidths.toFixed(2)} finger widths from the spinous process; at most one (the patient's) finger width.`));
      const { ventral, medial, caudal } = c.components;
      if (!(ventral > 0.05 && medial > 0.05 && caudal > 0.05))
        out.push(v("major", "Richt de naald tegelijk naar ventraal, mediaal en caudaal, naar de lamina.", "Aim the needle ventrally, medially and caudally at once, toward the lamina."));
      return out;
    },
  },
  {
    id: "TECH-5",
    title: { nl: "Diep paraspinaal: plaatsing controleren, gericht op de lamina", en: "Deep paraspinal: check placement, aim at the lamina" },
    scope: { nl: "Diepe paraspinale techniek", en: "Deep paraspinal technique" },
    check: (c) => {
      if (c.req.technique !== "paravertebral-deep") return [];
      const out = [];
      if (c.fingerWidths < 0.25)
        out.push(v("minor", "De insteek ligt te mediaal, op de processus spinosus; plaats de naald opnieuw.", "The entry is too medial, on the spinous process; re-place the needle."));
      const fb = c.trace.firstBoneOnLine;
      if (!fb)
        out.push(v("major", "Op deze lijn ligt geen lamina als botstop: de naald kan de pleura of het wervelkanaal bereiken.", "There is no lamina on this line to stop the needle: it can reach the pleura or the spinal canal."));
      // The lamina and the facet column beside it form the posterior bony arch: both are the intended backstop.
      else if (!fb.id.includes("-lamina-") && !fb.id.includes("-articular-")) {
        const serious = fb.id.includes(":rib-");
        out.push(
          v(
            serious ? "major" : "minor",
            `De naald is niet op de lamina gericht maar op ${fb.id.replace("bone:", "")}.`,
            `The needle is not aimed at the lamina but at ${fb.id.replace("bone:", "")}.`,
          ),
        );
      }
      return out;
    },
  },
  {
    id: "NEU-4",
    title: { nl: "Paravertebraal in buikligging", en: "Paravertebral needling prone" },
    scope: { nl: "Diepe paraspinale techniek", en: "Deep paraspinal technique" },
    check: (c) =>
      c.req.technique === "paravertebral-deep" && c.req.patient.position !== "prone"
        ? [v("major", "Paravertebraal needlen gebeurt met de patiënt in buikligging, zonder flexie van de wervelkolom.", "Paravertebral needling is done with the patient prone, without flexing the spine.")]
        : [],
  },
  {
    id: "TECH-6",
    title: { nl: "Schouder in retractie (handdoek) of zijligging", en: "Shoulder retraction (towel) or side-lying" },
    scope: { nl: "Levator scapulae, rhomboidei, trapezius pars ascendens", en: "Levator scapulae, rhomboids, lower trapezius" },
    check: (c) =>
      c.req.muscle && PERISCAPULAR_MUSCLES.includes(c.req.muscle) && c.req.patient.position === "prone" && !c.req.patient.shoulderRetraction && c.req.technique !== "pincer"
        ? [v("minor", "Leg een opgerolde handdoek onder de schouder (retractie): de afstand tot de pleura neemt gemiddeld 8 mm (man) of 5 mm (vrouw) toe. Zijligging kan ook.", "Put a rolled towel under the shoulder (retraction): the distance to the pleura grows by about 8 mm (men) or 5 mm (women). Side-lying is an alternative.")]
        : [],
  },
];

function ribTangent(c: RuleContext, rib: { yTab: Float64Array; rTab: Float64Array; thA: number; thBone: number; side: string }, th: number): Vec3 | null {
  const ath = Math.abs(th);
  const bins = rib.yTab.length - 1;
  const b = Math.round((ath / Math.PI) * bins);
  const b0 = Math.max(0, b - 2), b1 = Math.min(bins, b + 2);
  const y0 = rib.yTab[b0]!, y1 = rib.yTab[b1]!;
  if (Number.isNaN(y0) || Number.isNaN(y1)) {
    // medial part (angle → tubercle): essentially lateral
    return [1, 0, 0];
  }
  const sg = rib.side === "left" ? 1 : -1;
  const m = c.model;
  const pt = (bb: number, y: number): Vec3 => {
    const th2 = (sg * bb * Math.PI) / bins;
    const sl = m.body.sliceAt(y);
    const r = rib.rTab[bb]!;
    return [r * Math.sin(th2), y, sl.zc - r * Math.cos(th2)];
  };
  const p0 = pt(b0, y0), p1 = pt(b1, y1);
  const d: Vec3 = [p1[0] - p0[0], p1[1] - p0[1], p1[2] - p0[2]];
  const l = Math.hypot(...d) || 1;
  return [d[0] / l, d[1] / l, d[2] / l];
}

export function runRules(c: RuleContext): Violation[] {
  const out: Violation[] = [];
  for (const r of RULES) for (const f of r.check(c)) out.push({ rule: r.id, severity: f.severity, message: f.message });
  return out;
}
