import { useId } from "react";
import { ArrowDefs, C, DiagramFrame, Label, Needle, type DiagramProps } from "./frame";
import { Vertebra, vertebraPoint } from "./vertebra";

const TEXT = {
  nl: {
    title: "Diepe paraspinale spieren: binnen één vingerbreedte, richting de lamina",
    desc:
      "Links een achteraanzicht van de thoracale processus spinosi. De naald wordt geplaatst binnen hooguit één wijsvingerbreedte van de patiënt, " +
      "direct lateraal van de processus spinosus, en gericht naar mediaal en caudaal. Rechts een dwarsdoorsnede: de naald gaat naar ventraal en mediaal " +
      "en eindigt op de lamina van de wervel, weg van de pleura. Een naald die te ver lateraal staat (rood) kan tussen de ribben door de pleura bereiken.",
    back: "achteraanzicht",
    section: "dwarsdoorsnede",
    band: "≤ 1 wijsvingerbreedte",
    band2: "(van de patiënt)",
    cranial: "craniaal",
    caudal: "caudaal",
    medial: "mediaal",
    spinous: "processus spinosus",
    lamina: "lamina",
    canal: "wervelkanaal",
    pleura: "pleura",
    lateral: "te lateraal",
    space: "tussenribruimte",
    dir: "ventraal · mediaal · caudaal",
    check: "Eerst de plaatsing controleren zonder de naald aan te raken; klopt die niet, opnieuw plaatsen.",
  },
  en: {
    title: "Deep paraspinal muscles: within one finger width, toward the lamina",
    desc:
      "Left, a back view of the thoracic spinous processes. The needle is placed within at most one of the patient's index-finger widths, " +
      "directly lateral of the spinous process, and aimed medially and caudally. Right, a transverse section: the needle travels ventrally and medially " +
      "and ends on the lamina of the vertebra, away from the pleura. A needle placed too far laterally (red) can reach the pleura between the ribs.",
    back: "back view",
    section: "transverse section",
    band: "≤ 1 index-finger width",
    band2: "(the patient's)",
    cranial: "cranial",
    caudal: "caudal",
    medial: "medial",
    spinous: "spinous process",
    lamina: "lamina",
    canal: "spinal canal",
    pleura: "pleura",
    lateral: "too lateral",
    space: "intercostal space",
    dir: "ventral · medial · caudal",
    check: "First check the placement without touching the needle; if it is wrong, place it again.",
  },
} as const;

export default function DeepParaspinal({ lang }: DiagramProps) {
  const t = TEXT[lang];
  const id = useId();
  const levels = ["T4", "T5", "T6", "T7", "T8"];
  const lamina = vertebraPoint(450, 300, 0, 1, [26, -62]);
  return (
    <DiagramFrame title={t.title} desc={t.desc}>
      <ArrowDefs id={id} colors={{ ok: C.safe, dark: C.text }} />
      <text x={20} y={24} fontWeight={600}>{t.back}</text>
      <text x={300} y={24} fontWeight={600}>{t.section}</text>
      {/* ---- back view ---- */}
      <rect x={20} y={36} width={250} height={310} fill={C.skin} rx={8} />
      <rect x={142} y={48} width={36} height={286} fill="#cfe8d6" />
      <line x1={178} y1={48} x2={178} y2={334} stroke={C.safe} strokeWidth={2} strokeDasharray="5 4" />
      {levels.map((lv, i) => (
        <g key={lv}>
          <rect x={122} y={62 + i * 56} width={20} height={32} rx={8} fill={C.bone} stroke={C.boneLine} strokeWidth={1.5} />
          <text x={112} y={83 + i * 56} textAnchor="end" fontSize={12} fill={C.muted}>{lv}</text>
        </g>
      ))}
      {/* the patient's index finger as the yardstick */}
      <rect x={144} y={232} width={32} height={96} rx={16} fill={C.hand} stroke={C.handLine} strokeWidth={1.5} opacity={0.85} />
      <circle cx={168} cy={184} r={6} fill={C.needle} />
      <line x1={168} y1={184} x2={146} y2={184} stroke={C.safe} strokeWidth={2.5} markerEnd={`url(#${id}-ok)`} />
      <line x1={168} y1={184} x2={168} y2={218} stroke={C.safe} strokeWidth={2.5} markerEnd={`url(#${id}-ok)`} />
      <Label x={186} y={70} text={t.band} size={12} weight={600} color={C.safe} />
      <Label x={186} y={86} text={t.band2} size={12} color={C.safe} />
      <Label x={186} y={176} text={t.medial} size={12} />
      <Label x={30} y={56} text={t.cranial} size={12} color={C.muted} />
      <Label x={30} y={340} text={t.caudal} size={12} color={C.muted} />
      <line x1={40} y1={70} x2={40} y2={320} stroke={C.muted} strokeWidth={1.5} markerEnd={`url(#${id}-dark)`} />
      {/* ---- transverse section ---- */}
      <path d="M530,250 C560,260 585,280 600,300 L600,360 L520,360 C525,320 530,290 530,250 Z" fill={C.lung} />
      <path d="M530,250 C560,260 585,280 600,300" fill="none" stroke={C.pleura} strokeWidth={3} />
      <path d="M370,250 C340,260 315,280 300,300 L300,360 L380,360 C375,320 370,290 370,250 Z" fill={C.lung} />
      <path d="M370,250 C340,260 315,280 300,300" fill="none" stroke={C.pleura} strokeWidth={3} />
      {/* the right half of the section passes between two ribs: intercostal muscle, no rib, so nothing stops a lateral needle */}
      <path d="M532,242 C555,240 578,248 600,262" fill="none" stroke={C.muscleDark} strokeWidth={8} strokeLinecap="round" />
      <path d="M375,242 C350,240 325,248 300,262" fill="none" stroke={C.boneLine} strokeWidth={12} strokeLinecap="round" />
      <path d="M375,242 C350,240 325,248 300,262" fill="none" stroke={C.bone} strokeWidth={8} strokeLinecap="round" />
      <path d="M300,176 L600,176 L600,232 C560,236 520,232 470,236 L430,236 C380,232 340,236 300,232 Z" fill={C.muscle} />
      <Vertebra cx={450} cy={300} />
      <rect x={300} y={166} width={300} height={10} fill={C.skin} stroke={C.skinLine} strokeWidth={1} />
      {/* correct needle: entry just lateral of the spinous process, onto the lamina */}
      <Needle x1={lamina[0]} y1={lamina[1]} x2={490} y2={150} handle={24} />
      <Label x={590} y={140} text={t.dir} anchor="end" color={C.safe} weight={600} size={12} />
      {/* too lateral */}
      <Needle x1={566} y1={286} x2={560} y2={156} handle={18} color={C.danger} dashed />
      <g stroke={C.danger} strokeWidth={3}>
        <line x1={558} y1={278} x2={574} y2={294} />
        <line x1={558} y1={294} x2={574} y2={278} />
      </g>
      <Label x={590} y={330} text={t.lateral} anchor="end" color={C.danger} weight={600} size={12} />
      <Label x={596} y={350} text={t.space} anchor="end" size={11} color={C.muscleDark} to={[588, 258]} />
      <Label x={392} y={150} text={t.spinous} anchor="end" size={12} to={[448, 190]} />
      <Label x={392} y={208} text={t.lamina} anchor="end" size={12} weight={600} to={[lamina[0] - 2, lamina[1]]} />
      <Label x={395} y={352} text={t.canal} anchor="end" size={12} color={C.canalLine} to={[440, 258]} />
      <Label x={310} y={290} text={t.pleura} size={12} color={C.pleura} weight={600} />
      <text x={20} y={372} fontSize={12} fill={C.muted}>{t.check}</text>
    </DiagramFrame>
  );
}
