import { C, DiagramFrame, Label, type DiagramProps } from "./frame";
import { Vertebra, vertebraPoint } from "./vertebra";

const TEXT = {
  nl: {
    title: "Scoliose: de geroteerde processus transversus",
    desc:
      "Links een achteraanzicht van een wervelkolom met een thoracale scoliose. In het midden een normale wervel in dwarsdoorsnede: " +
      "het meest dorsale, voelbare punt is de processus spinosus. Rechts dezelfde wervel geroteerd: de processus transversus komt " +
      "dorsaal te liggen, dicht bij de verwachte middellijn, en kan bij palpatie voor de processus spinosus worden aangezien.",
    back: "achteraanzicht",
    normal: "normaal",
    rotated: "geroteerd (scoliose)",
    spinous: "processus spinosus",
    transverse: "processus transversus",
    mistaken: "voelt als ‘processus spinosus’",
    midline: "verwachte middellijn",
    test1: "Screen iedere patiënt vóór thoracaal needlen:",
    test2: "buktest, eventueel een scoliometer-app.",
    rule: "Scoliose → thoracaal geen paraspinale dry needling.",
  },
  en: {
    title: "Scoliosis: the rotated transverse process",
    desc:
      "Left, a back view of a spine with a thoracic scoliosis. Middle, a normal vertebra in transverse section: the most dorsal, " +
      "palpable point is the spinous process. Right, the same vertebra rotated: a transverse process now lies dorsally, close to the " +
      "expected midline, and can be mistaken for the spinous process on palpation.",
    back: "back view",
    normal: "normal",
    rotated: "rotated (scoliosis)",
    spinous: "spinous process",
    transverse: "transverse process",
    mistaken: "feels like the ‘spinous process’",
    midline: "expected midline",
    test1: "Screen every patient before thoracic needling:",
    test2: "forward-bend test; a scoliometer app can help.",
    rule: "Scoliosis → no paraspinal dry needling in the thoracic region.",
  },
} as const;

export default function ScoliosisRotation({ lang }: DiagramProps) {
  const t = TEXT[lang];
  // spinous processes along a thoracic curve convex to the patient's right
  const spine = Array.from({ length: 12 }, (_, i) => {
    const y = 62 + i * 22;
    const x = 85 + 30 * Math.sin(((y - 62) / 242) * Math.PI);
    return [x, y] as const;
  });
  const rot = -30;
  const s = 0.9;
  const spinTip = vertebraPoint(495, 300, rot, s, [0, -112]);
  const tpTip = vertebraPoint(495, 300, rot, s, [80, -60]);
  return (
    <DiagramFrame title={t.title} desc={t.desc}>
      <text x={20} y={24} fontWeight={600}>{t.back}</text>
      <text x={280} y={24} fontWeight={600} textAnchor="middle">{t.normal}</text>
      <text x={495} y={24} fontWeight={600} textAnchor="middle">{t.rotated}</text>
      {/* ---- back view ---- */}
      <rect x={20} y={40} width={140} height={280} rx={30} fill={C.skin} />
      <path d={`M${spine.map(([x, y]) => `${x},${y}`).join(" L")}`} fill="none" stroke={C.boneLine} strokeWidth={2} />
      {spine.map(([x, y], i) => (
        <rect key={i} x={x - 8} y={y - 7} width={16} height={14} rx={4} fill={C.bone} stroke={C.boneLine} strokeWidth={1.2} />
      ))}
      <line x1={85} y1={44} x2={85} y2={316} stroke={C.muted} strokeDasharray="4 4" />
      {/* ---- normal vertebra ---- */}
      <rect x={180} y={160} width={200} height={10} fill={C.skin} stroke={C.skinLine} />
      <Vertebra cx={280} cy={300} scale={s} />
      <ellipse cx={280} cy={150} rx={14} ry={10} fill={C.hand} stroke={C.handLine} strokeWidth={1.5} />
      <Label x={372} y={118} text={t.spinous} anchor="end" size={12} weight={600} to={[282, 200]} />
      {/* ---- rotated vertebra ---- */}
      <rect x={400} y={196} width={200} height={10} fill={C.skin} stroke={C.skinLine} />
      <line x1={495} y1={60} x2={495} y2={350} stroke={C.muted} strokeDasharray="4 4" />
      <Label x={490} y={355} text={t.midline} anchor="end" size={11} color={C.muted} />
      <Vertebra cx={495} cy={300} scale={s} rotation={rot} />
      <ellipse cx={tpTip[0]} cy={186} rx={14} ry={10} fill={C.hand} stroke={C.danger} strokeWidth={2} />
      <Label x={594} y={76} text={t.transverse} anchor="end" size={12} weight={600} color={C.danger} to={[tpTip[0] - 2, tpTip[1] + 4]} />
      <Label x={594} y={92} text={t.mistaken} anchor="end" size={11} color={C.danger} />
      <Label x={410} y={150} text={t.spinous} size={12} to={[spinTip[0], spinTip[1] + 4]} />
      {/* ---- screening note ---- */}
      <text x={20} y={360} fontSize={12}>{t.test1}</text>
      <text x={20} y={376} fontSize={12}>{t.test2}</text>
      <text x={20} y={394} fontSize={12} fontWeight={700} fill={C.danger}>{t.rule}</text>
    </DiagramFrame>
  );
}
