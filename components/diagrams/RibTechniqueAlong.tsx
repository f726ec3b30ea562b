import { useId } from "react";
import { ArrowDefs, C, DiagramFrame, Label, Needle, type DiagramProps } from "./frame";

const TEXT = {
  nl: {
    title: "Vlakke palpatie, techniek 1: prikken in het verloop van de rib",
    desc:
      "Links een bovenaanzicht: wijs- en middelvinger liggen in de tussenribruimtes boven en onder de rib en dekken die af. " +
      "De naald wordt schuin naar het triggerpoint gericht dat recht boven de rib ligt, in de lengterichting van de rib. " +
      "Rechts een zijaanzicht langs de rib: over de hele lengte van de naald ligt de rib eronder, tussen naald en pleura.",
    top: "bovenaanzicht",
    side: "zijaanzicht langs de rib",
    finger1: "wijsvinger",
    finger2: "middelvinger",
    spaces: "vingers in de tussenribruimtes",
    rib: "rib",
    trp: "triggerpoint boven de rib",
    along: "naald volgt de rib",
    pleura: "pleura",
    under: "rib ligt onder de hele naald",
    note1: "Alleen bij duidelijk palpeerbare ribben, ruime ervaring",
    note2: "en geaccrediteerde scholing met toets (Cushman 2021: 73,3%).",
  },
  en: {
    title: "Flat palpation, technique 1: needling along the course of the rib",
    desc:
      "Left, a top view: index and middle finger lie in the intercostal spaces above and below the rib and cover them. " +
      "The needle is aimed obliquely at a trigger point lying directly over the rib, in the rib's long direction. " +
      "Right, a side view along the rib: the rib lies beneath the whole length of the needle, between the needle and the pleura.",
    top: "top view",
    side: "side view along the rib",
    finger1: "index finger",
    finger2: "middle finger",
    spaces: "fingers in the intercostal spaces",
    rib: "rib",
    trp: "trigger point over the rib",
    along: "needle follows the rib",
    pleura: "pleura",
    under: "rib lies under the whole needle",
    note1: "Only with clearly palpable ribs, ample experience",
    note2: "and accredited training with a test (Cushman 2021: 73.3%).",
  },
} as const;

export default function RibTechniqueAlong({ lang }: DiagramProps) {
  const t = TEXT[lang];
  const id = useId();
  return (
    <DiagramFrame title={t.title} desc={t.desc}>
      <ArrowDefs id={id} colors={{ ok: C.safe }} />
      <text x={20} y={18} fontWeight={600}>{t.top}</text>
      <text x={320} y={18} fontWeight={600}>{t.side}</text>
      {/* ---- top view ---- */}
      <g>
        <rect x={20} y={40} width={270} height={290} fill={C.muscleLight} rx={6} />
        {/* three ribs running slightly obliquely */}
        {[95, 185, 275].map((y) => (
          <path
            key={y}
            d={`M20,${y - 14} L290,${y + 6} L290,${y + 34} L20,${y + 14} Z`}
            fill={C.bone}
            stroke={C.boneLine}
            strokeWidth={1.2}
          />
        ))}
        {/* fingers covering the spaces above and below the middle rib */}
        <rect x={140} y={144} width={160} height={26} rx={13} fill={C.hand} stroke={C.handLine} strokeWidth={1.5} transform="rotate(4 220 157)" />
        <rect x={140} y={220} width={160} height={26} rx={13} fill={C.hand} stroke={C.handLine} strokeWidth={1.5} transform="rotate(4 220 233)" />
        {/* trigger point over the middle rib */}
        <circle cx={110} cy={192} r={8} fill={C.muscleDark} stroke="#fff" strokeWidth={2} />
        {/* needle along the rib axis, from caudal-lateral toward the point */}
        <Needle x1={116} y1={192.5} x2={36} y2={186.5} handle={16} />
        <Label x={40} y={352} text={t.along} color={C.safe} weight={600} to={[70, 196]} />
        <Label x={22} y={123} text={t.rib} to={[60, 110]} />
        <text x={228} y={166} textAnchor="middle" fontSize={11} fill={C.text} transform="rotate(4 228 162)">{t.finger1}</text>
        <text x={228} y={242} textAnchor="middle" fontSize={11} fill={C.text} transform="rotate(4 228 238)">{t.finger2}</text>
        <Label x={20} y={34 + 0} text={t.spaces} size={11} color={C.muted} />
        <Label x={120} y={214} text={t.trp} size={12} color={C.muscleDark} weight={600} />
      </g>
      {/* ---- side view ---- */}
      <g>
        <rect x={320} y={70} width={260} height={16} fill={C.skin} stroke={C.skinLine} />
        <rect x={320} y={86} width={260} height={70} fill={C.muscle} />
        <rect x={320} y={156} width={260} height={30} fill={C.bone} stroke={C.boneLine} strokeWidth={1.2} />
        <rect x={320} y={186} width={260} height={10} fill={C.muscleLight} />
        <line x1={320} y1={200} x2={580} y2={200} stroke={C.pleura} strokeWidth={3} />
        <rect x={320} y={202} width={260} height={60} fill={C.lung} />
        <circle cx={480} cy={136} r={8} fill={C.muscleDark} stroke="#fff" strokeWidth={2} />
        <Needle x1={476} y1={134} x2={372} y2={66} handle={24} />
        <line x1={372} y1={150} x2={480} y2={150} stroke={C.safe} strokeWidth={2} markerStart={`url(#${id}-ok)`} markerEnd={`url(#${id}-ok)`} />
        <Label x={330} y={176} text={t.rib} />
        <Label x={330} y={218} text={t.pleura} color={C.pleura} weight={600} />
        <Label x={330} y={290} text={t.under} color={C.safe} weight={600} />
        <line x1={420} y1={282} x2={430} y2={170} stroke={C.muted} />
      </g>
      <text x={20} y={378} fontSize={12} fill={C.muted}>{t.note1}</text>
      <text x={20} y={394} fontSize={12} fill={C.muted}>{t.note2}</text>
    </DiagramFrame>
  );
}
