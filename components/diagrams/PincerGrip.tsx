import { useId } from "react";
import { ArrowDefs, C, DiagramFrame, Label, Needle, type DiagramProps } from "./frame";

const TEXT = {
  nl: {
    title: "Pincetgreep",
    desc:
      "Doorsnede van de borstwand. Een plooi van huid en spier is tussen duim en vingers opgetild, weg van de ribben en de pleura. " +
      "De naald gaat horizontaal door de plooi, van de vingers naar de duim (of andersom), zodat de punt nooit richting de borstholte wijst.",
    fold: "opgetilde spierplooi (bijv. m. pectoralis major)",
    thumb: "duim",
    fingers: "vingers",
    dir: "naaldrichting: vingers ↔ duim",
    rib: "rib",
    pleura: "pleura",
    lung: "long",
    gap: "ruime afstand tot de pleura",
  },
  en: {
    title: "Pincer grip",
    desc:
      "Cross-section of the chest wall. A fold of skin and muscle is lifted between thumb and fingers, away from the ribs and the pleura. " +
      "The needle passes horizontally through the fold, from the fingers toward the thumb (or the other way), so the tip never points into the chest.",
    fold: "lifted muscle fold (e.g. pectoralis major)",
    thumb: "thumb",
    fingers: "fingers",
    dir: "needle direction: fingers ↔ thumb",
    rib: "rib",
    pleura: "pleura",
    lung: "lung",
    gap: "ample distance to the pleura",
  },
} as const;

export default function PincerGrip({ lang }: DiagramProps) {
  const t = TEXT[lang];
  const id = useId();
  return (
    <DiagramFrame title={t.title} desc={t.desc}>
      <ArrowDefs id={id} colors={{ dir: C.safe, dim: C.muted }} />
      {/* lung and pleura */}
      <rect x={0} y={348} width={600} height={52} fill={C.lung} />
      <line x1={0} y1={346} x2={600} y2={346} stroke={C.pleura} strokeWidth={3} />
      {/* intercostal layer with ribs */}
      <rect x={0} y={300} width={600} height={44} fill={C.muscleLight} />
      {[60, 170, 280, 390, 500].map((x) => (
        <ellipse key={x} cx={x} cy={322} rx={30} ry={15} fill={C.bone} stroke={C.boneLine} strokeWidth={1.5} />
      ))}
      {/* skin and subcutis lifted into a fold */}
      <path
        d="M0,258 L195,258 C228,258 218,124 258,116 C282,111 318,111 342,116 C382,124 372,258 405,258 L600,258 L600,302 L0,302 Z"
        fill={C.skin}
        stroke={C.skinLine}
        strokeWidth={1.5}
      />
      {/* muscle inside the fold */}
      <path
        d="M0,270 L205,270 C236,270 230,142 264,132 C286,126 314,126 336,132 C370,142 364,270 395,270 L600,270 L600,302 L0,302 Z"
        fill={C.muscle}
      />
      {/* thumb (left) and two fingers (right) pinching the fold */}
      <ellipse cx={212} cy={196} rx={20} ry={38} fill={C.hand} stroke={C.handLine} strokeWidth={1.5} />
      <ellipse cx={392} cy={160} rx={26} ry={15} fill={C.hand} stroke={C.handLine} strokeWidth={1.5} />
      <ellipse cx={392} cy={230} rx={26} ry={15} fill={C.hand} stroke={C.handLine} strokeWidth={1.5} />
      {/* needle between the fingers toward the thumb */}
      <Needle x1={250} y1={195} x2={386} y2={195} handle={34} />
      {/* direction arrow */}
      <line
        x1={255}
        y1={88}
        x2={365}
        y2={88}
        stroke={C.safe}
        strokeWidth={2.5}
        markerStart={`url(#${id}-dir)`}
        markerEnd={`url(#${id}-dir)`}
      />
      <Label x={310} y={76} text={t.dir} anchor="middle" color={C.safe} weight={600} />
      {/* distance from needle to pleura */}
      <line
        x1={540}
        y1={200}
        x2={540}
        y2={342}
        stroke={C.muted}
        strokeWidth={1.5}
        markerStart={`url(#${id}-dim)`}
        markerEnd={`url(#${id}-dim)`}
      />
      <line x1={405} y1={195} x2={548} y2={195} stroke={C.muted} strokeDasharray="3 3" />
      <Label x={590} y={120} text={t.gap} anchor="end" />
      <Label x={20} y={40} text={t.fold} to={[262, 128]} />
      <Label x={120} y={200} text={t.thumb} to={[191, 200]} weight={600} />
      <Label x={424} y={240} text={t.fingers} weight={600} />
      <Label x={80} y={292} text={t.rib} to={[65, 312]} />
      <Label x={12} y={362} text={t.pleura} color={C.pleura} weight={600} />
      <Label x={12} y={388} text={t.lung} color={C.muted} />
    </DiagramFrame>
  );
}
