import { useId } from "react";
import { ArrowDefs, C, DiagramFrame, Label, Needle, type DiagramProps } from "./frame";
import { Vertebra } from "./vertebra";

const TEXT = {
  nl: {
    title: "Oppervlakkige paraspinale spieren: het ‘muurtje’",
    desc:
      "Dwarsdoorsnede van de thoracale rug, patiënt in buikligging op de behandeltafel. De vingers palperen dwars op de vezels en trekken de m. longissimus " +
      "richting de processus spinosi, zodat er een opgestuwde ‘muur’ van spier ontstaat. De naald gaat horizontaal, evenwijdig aan de tafel, de muur in, " +
      "richting de duim erachter. De naaldpunt komt nooit lager dan het niveau van de vingertoppen, dus de naald blijft boven de thorax.",
    wall: "‘muurtje’ (m. longissimus)",
    pull: "trekken richting processus spinosi",
    thumb: "duim",
    fingers: "vingertoppen",
    level: "naaldpunt nooit onder dit niveau",
    horizontal: "naald horizontaal, evenwijdig aan de tafel",
    spinous: "processus spinosus",
    rib: "rib",
    pleura: "pleura",
    lung: "long",
    table: "behandeltafel (buikligging)",
  },
  en: {
    title: "Superficial paraspinal muscles: the ‘wall’",
    desc:
      "Transverse section of the thoracic back, patient prone on the table. The fingers palpate across the fibres and pull the longissimus muscle " +
      "toward the spinous processes, so the muscle bunches up into a ‘wall’. The needle goes horizontally, parallel to the table, into the wall, " +
      "toward the thumb behind it. The tip never goes below the level of the fingertips, so the needle stays above the thorax.",
    wall: "‘wall’ (longissimus)",
    pull: "pull toward the spinous processes",
    thumb: "thumb",
    fingers: "fingertips",
    level: "needle tip never below this level",
    horizontal: "needle horizontal, parallel to the table",
    spinous: "spinous process",
    rib: "rib",
    pleura: "pleura",
    lung: "lung",
    table: "treatment table (prone)",
  },
} as const;

export default function ParaspinalWall({ lang }: DiagramProps) {
  const t = TEXT[lang];
  const id = useId();
  return (
    <DiagramFrame title={t.title} desc={t.desc}>
      <ArrowDefs id={id} colors={{ pull: C.safe }} />
      {/* lungs and pleura either side of the spine */}
      <path d="M330,290 C380,262 470,262 560,300 L600,330 L600,372 L320,372 Z" fill={C.lung} stroke={C.pleura} strokeWidth={3} />
      <path d="M270,290 C220,262 130,262 40,300 L0,330 L0,372 L280,372 Z" fill={C.lung} stroke={C.pleura} strokeWidth={3} />
      {/* ribs curving laterally from the transverse processes */}
      <path d="M372,230 C430,232 500,248 590,290" fill="none" stroke={C.boneLine} strokeWidth={16} strokeLinecap="round" />
      <path d="M372,230 C430,232 500,248 590,290" fill="none" stroke={C.bone} strokeWidth={12} strokeLinecap="round" />
      <path d="M228,230 C170,232 100,248 10,290" fill="none" stroke={C.boneLine} strokeWidth={16} strokeLinecap="round" />
      <path d="M228,230 C170,232 100,248 10,290" fill="none" stroke={C.bone} strokeWidth={12} strokeLinecap="round" />
      <Vertebra cx={300} cy={300} />
      {/* paraspinal muscle mass: left side at rest, right side pushed up into a wall */}
      <path d="M292,190 L292,232 C250,238 160,236 60,262 L40,232 C120,200 220,186 292,190 Z" fill={C.muscle} />
      <path d="M308,190 C330,140 360,108 392,106 C420,106 430,150 440,206 C480,214 540,230 570,250 L580,262 C520,244 440,238 372,236 L308,232 Z" fill={C.muscle} />
      {/* skin over both sides */}
      <path d="M40,232 C120,200 220,186 292,190 L308,190 C330,140 360,108 392,106 C420,106 430,150 440,206 C480,214 540,230 570,250" transform="translate(0 -3)" fill="none" stroke={C.skinLine} strokeWidth={9} strokeLinejoin="round" />
      <path d="M40,232 C120,200 220,186 292,190 L308,190 C330,140 360,108 392,106 C420,106 430,150 440,206 C480,214 540,230 570,250" transform="translate(0 -3)" fill="none" stroke={C.skin} strokeWidth={6} strokeLinejoin="round" />
      {/* thumb on the medial side of the wall, fingertips lateral */}
      <ellipse cx={318} cy={150} rx={14} ry={26} fill={C.hand} stroke={C.handLine} strokeWidth={1.5} transform="rotate(20 318 150)" />
      <ellipse cx={470} cy={186} rx={30} ry={13} fill={C.hand} stroke={C.handLine} strokeWidth={1.5} />
      <ellipse cx={478} cy={160} rx={30} ry={13} fill={C.hand} stroke={C.handLine} strokeWidth={1.5} />
      {/* pull arrow toward the midline */}
      <line x1={590} y1={70} x2={500} y2={70} stroke={C.safe} strokeWidth={2.5} markerEnd={`url(#${id}-pull)`} />
      <Label x={590} y={58} text={t.pull} anchor="end" color={C.safe} weight={600} size={12} />
      {/* fingertip level and the horizontal needle above it */}
      <line x1={200} y1={196} x2={600} y2={196} stroke={C.danger} strokeDasharray="6 4" strokeWidth={1.5} />
      <Label x={596} y={214} text={t.level} anchor="end" color={C.danger} weight={600} size={12} />
      <Needle x1={346} y1={150} x2={452} y2={150} handle={30} />
      <Label x={20} y={30} text={t.horizontal} weight={600} to={[360, 147]} />
      <Label x={60} y={130} text={t.wall} to={[360, 200]} weight={600} />
      <Label x={250} y={160} text={t.thumb} anchor="end" to={[304, 150]} />
      <Label x={590} y={178} text={t.fingers} anchor="end" />
      <Label x={210} y={206} text={t.spinous} anchor="end" size={12} to={[296, 196]} />
      <Label x={40} y={284} text={t.rib} size={12} />
      <Label x={80} y={352} text={t.pleura} color={C.pleura} weight={600} />
      <Label x={150} y={352} text={t.lung} color={C.muted} />
      <rect x={0} y={376} width={600} height={24} fill={C.table} />
      <Label x={300} y={393} text={t.table} anchor="middle" color={C.text} size={12} />
    </DiagramFrame>
  );
}
