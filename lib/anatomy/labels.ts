/** Dutch and English names of the model's structures. */
const MUSCLES: Record<string, [string, string]> = {
  "trapezius-upper": ["m. trapezius pars descendens", "upper trapezius"],
  "trapezius-middle": ["m. trapezius pars transversa", "middle trapezius"],
  "trapezius-lower": ["m. trapezius pars ascendens", "lower trapezius"],
  "rhomboid-major": ["m. rhomboideus major", "rhomboid major"],
  "rhomboid-minor": ["m. rhomboideus minor", "rhomboid minor"],
  "levator-scapulae": ["m. levator scapulae", "levator scapulae"],
  iliocostalis: ["m. iliocostalis", "iliocostalis"],
  longissimus: ["m. longissimus", "longissimus"],
  spinalis: ["m. spinalis", "spinalis"],
  multifidus: ["m. multifidus", "multifidus"],
  infraspinatus: ["m. infraspinatus", "infraspinatus"],
  supraspinatus: ["m. supraspinatus", "supraspinatus"],
  subscapularis: ["m. subscapularis en m. serratus anterior", "subscapularis and serratus anterior"],
  "latissimus-dorsi": ["m. latissimus dorsi", "latissimus dorsi"],
  "serratus-posterior-superior": ["m. serratus posterior superior", "serratus posterior superior"],
  "obliquus-capitis-inferior": ["m. obliquus capitis inferior", "obliquus capitis inferior"],
  "quadratus-lumborum": ["m. quadratus lumborum", "quadratus lumborum"],
  "pectoralis-major": ["m. pectoralis major", "pectoralis major"],
  "teres-major": ["m. teres major", "teres major"],
  "semispinalis-capitis": ["m. semispinalis capitis", "semispinalis capitis"],
  "splenius-capitis": ["m. splenius capitis", "splenius capitis"],
  intercostals: ["mm. intercostales", "intercostal muscles"],
  "shoulder-girdle": ["schoudergordel (vereenvoudigd)", "shoulder girdle (simplified)"],
};
const PARTS: Record<string, [string, string]> = {
  body: ["wervellichaam", "vertebral body"],
  spinous: ["processus spinosus", "spinous process"],
  lamina: ["lamina", "lamina"],
  pedicle: ["pediculus", "pedicle"],
  transverse: ["processus transversus", "transverse process"],
  articular: ["processus articularis (facetgewricht)", "articular process (facet joint)"],
};
const SIDE: Record<string, [string, string]> = { left: ["links", "left"], right: ["rechts", "right"] };

export function labelFor(id: string): { nl: string; en: string } {
  if (id === "skin") return { nl: "huid", en: "skin" };
  if (id === "subcutis") return { nl: "subcutis", en: "subcutis" };
  if (id === "pleura") return { nl: "pariëtale pleura", en: "parietal pleura" };
  if (id === "lung") return { nl: "long", en: "lung" };
  if (id === "spinal-canal") return { nl: "wervelkanaal", en: "spinal canal" };
  if (id === "bone:sternum") return { nl: "sternum", en: "sternum" };
  if (id === "deep-tissue") return { nl: "diep weefsel", en: "deep tissue" };
  const ic = /^vessel:intercostal-(\d+)-(left|right)$/.exec(id);
  if (ic) return { nl: `intercostale vaten en zenuw onder rib ${ic[1]} ${SIDE[ic[2]!]![0]}`, en: `${SIDE[ic[2]!]![1]} intercostal vessels and nerve below rib ${ic[1]}` };
  const va = /^vessel:vertebral-artery-(left|right)$/.exec(id);
  if (va) return { nl: `a. vertebralis ${SIDE[va[1]!]![0]}`, en: `${SIDE[va[1]!]![1]} vertebral artery` };
  const disc = /^disc:([CTL]\d+)-([CTL]\d+)$/.exec(id);
  if (disc) return { nl: `tussenwervelschijf ${disc[1]}–${disc[2]}`, en: `intervertebral disc ${disc[1]}–${disc[2]}` };
  if (id === "mediastinum") return { nl: "mediastinum", en: "mediastinum" };
  let m = /^muscle:(.+)$/.exec(id);
  if (m) {
    const n = MUSCLES[m[1]!];
    return n ? { nl: n[0], en: n[1] } : { nl: m[1]!, en: m[1]! };
  }
  m = /^bone:scapula-(left|right)$/.exec(id);
  if (m) return { nl: `scapula ${SIDE[m[1]!]![0]}`, en: `${SIDE[m[1]!]![1]} scapula` };
  m = /^bone:rib-(\d+)-(left|right)$/.exec(id);
  if (m) return { nl: `rib ${m[1]} ${SIDE[m[2]!]![0]}`, en: `${SIDE[m[2]!]![1]} rib ${m[1]}` };
  m = /^cartilage:costal-(\d+)-(left|right)$/.exec(id);
  if (m) return { nl: `ribkraakbeen ${m[1]} ${SIDE[m[2]!]![0]}`, en: `${SIDE[m[2]!]![1]} costal cartilage ${m[1]}` };
  m = /^bone:([CTL]\d+)-(body|spinous|lamina|pedicle|transverse|articular)(?:-(left|right))?$/.exec(id);
  if (m) {
    const part = PARTS[m[2]!]!;
    const side = m[3] ? SIDE[m[3]]! : null;
    return { nl: `${m[1]} ${part[0]}${side ? ` ${side[0]}` : ""}`, en: `${m[1]} ${side ? `${side[1]} ` : ""}${part[1]}` };
  }
  return { nl: id, en: id };
}
