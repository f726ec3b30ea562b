import { useId } from "react";
import { ArrowDefs, C, DiagramFrame, Label, Needle, type DiagramProps } from "./frame";

const TEXT = {
  nl: {
    title: "Vlakke palpatie, techniek 2: hoek van 15–30° en bergafwaarts",
    desc:
      "Zijaanzicht van de gebogen achterwand van de thorax (Th1 tot Th7/8), patiënt in buikligging. " +
      "De zwarte naald (met de groene hoekboog) kruist de rib maar maakt hooguit 15 tot 30 graden met de huid en wijst bergafwaarts over de kromming; " +
      "de punt blijft in de spier boven de ribben. Gebruik een naald van 50 mm of langer. " +
      "De rode, gestippelde naald is te steil en wijst naar de pleura.",
    angle: "max. 15–30°",
    downhill: "bergafwaarts over de kromming",
    needle: "naald ≥ 50 mm",
    steep: "te steil: richting pleura",
    skin: "huid",
    muscle: "spier",
    rib: "rib",
    pleura: "pleura",
    lung: "long",
    region: "Th1 – Th7/8",
  },
  en: {
    title: "Flat palpation, technique 2: 15–30° and downhill",
    desc:
      "Side view of the curved back wall of the thorax (T1 to T7/8), patient prone. " +
      "The black needle (with the green angle arc) crosses the rib but makes at most 15 to 30 degrees with the skin and points downhill over the curvature; " +
      "the tip stays in the muscle above the ribs. Use a needle of 50 mm or longer. " +
      "The red dashed needle is too steep and points at the pleura.",
    angle: "max. 15–30°",
    downhill: "downhill over the curvature",
    needle: "needle ≥ 50 mm",
    steep: "too steep: toward the pleura",
    skin: "skin",
    muscle: "muscle",
    rib: "rib",
    pleura: "pleura",
    lung: "lung",
    region: "T1 – T7/8",
  },
} as const;

// The back wall drawn as concentric circles around a centre below the picture.
const CX = 300;
const CY = 560;
const R_SKIN = 430;
const polar = (r: number, deg: number): [number, number] => {
  const a = (deg * Math.PI) / 180;
  return [CX + r * Math.sin(a), CY - r * Math.cos(a)];
};

type Vec = [number, number];

/**
 * A needle entering the skin at entryDeg (from the crest), tilted tiltDeg below the skin tangent toward
 * the side away from the crest; `inside` and `outside` are the shaft lengths below and above the skin.
 */
function needleThroughSkin(entryDeg: number, tiltDeg: number, inside: number, outside: number) {
  const entry = polar(R_SKIN, entryDeg);
  const a = (entryDeg * Math.PI) / 180;
  const tangent: Vec = [Math.cos(a), Math.sin(a)];
  const inward: Vec = [-Math.sin(a), Math.cos(a)];
  const tilt = (tiltDeg * Math.PI) / 180;
  const dir: Vec = [Math.cos(tilt) * tangent[0] + Math.sin(tilt) * inward[0], Math.cos(tilt) * tangent[1] + Math.sin(tilt) * inward[1]];
  const tip: Vec = [entry[0] + inside * dir[0], entry[1] + inside * dir[1]];
  const hub: Vec = [entry[0] - outside * dir[0], entry[1] - outside * dir[1]];
  return { entry, tangent, dir, tip, hub };
}

export default function RibTechniqueDownhill({ lang }: DiagramProps) {
  const t = TEXT[lang];
  const id = useId();
  // Good needle: entry 12° past the crest, 22° below the skin tangent, pointing away from the crest (downhill).
  const good = needleThroughSkin(12, 22, 72, 46);
  const [ex, ey] = good.entry;
  const { tangent, dir: d, tip, hub } = good;
  // Steep needle: entry 16° before the crest, 65° into the wall.
  const { tip: btip, hub: bhub } = needleThroughSkin(-16, 65, 100, 36);
  const ribs = [-40, -30, -20, -10, 0, 10, 20, 30, 40].map((deg) => polar(382, deg));
  const arcR = 64;
  return (
    <DiagramFrame title={t.title} desc={t.desc}>
      <ArrowDefs id={id} colors={{ ok: C.safe }} />
      <circle cx={CX} cy={CY} r={R_SKIN} fill={C.skin} stroke={C.skinLine} strokeWidth={1.5} />
      <circle cx={CX} cy={CY} r={R_SKIN - 10} fill={C.muscle} />
      <circle cx={CX} cy={CY} r={396} fill={C.muscleLight} />
      {ribs.map(([x, y], i) => (
        <ellipse key={i} cx={x} cy={y} rx={16} ry={11} fill={C.bone} stroke={C.boneLine} strokeWidth={1.2} />
      ))}
      <circle cx={CX} cy={CY} r={364} fill={C.lung} stroke={C.pleura} strokeWidth={3} />
      {/* skin tangent and angle arc at the good entry point */}
      <line
        x1={ex - 70 * tangent[0]}
        y1={ey - 70 * tangent[1]}
        x2={ex + 120 * tangent[0]}
        y2={ey + 120 * tangent[1]}
        stroke={C.muted}
        strokeDasharray="4 4"
      />
      <path
        d={`M${ex + arcR * tangent[0]},${ey + arcR * tangent[1]} A${arcR},${arcR} 0 0 1 ${ex + arcR * d[0]},${ey + arcR * d[1]}`}
        fill="none"
        stroke={C.safe}
        strokeWidth={3}
      />
      <Needle x1={tip[0]} y1={tip[1]} x2={hub[0]} y2={hub[1]} handle={26} />
      <Label x={500} y={215} text={t.angle} color={C.safe} weight={700} to={[ex + arcR * 0.96, ey + arcR * 0.3]} />
      <Label x={hub[0] - 12} y={hub[1] + 4} text={t.needle} anchor="end" weight={600} />
      {/* downhill arrow along the skin */}
      <path
        d={`M${polar(R_SKIN + 18, 4).join(",")} A${R_SKIN + 18},${R_SKIN + 18} 0 0 1 ${polar(R_SKIN + 18, 30).join(",")}`}
        fill="none"
        stroke={C.safe}
        strokeWidth={2.5}
        markerEnd={`url(#${id}-ok)`}
      />
      <Label x={590} y={80} text={t.downhill} anchor="end" color={C.safe} weight={600} />
      {/* steep needle */}
      <Needle x1={btip[0]} y1={btip[1]} x2={bhub[0]} y2={bhub[1]} handle={20} color={C.danger} dashed />
      <g stroke={C.danger} strokeWidth={3}>
        <line x1={btip[0] - 8} y1={btip[1] - 8} x2={btip[0] + 8} y2={btip[1] + 8} />
        <line x1={btip[0] - 8} y1={btip[1] + 8} x2={btip[0] + 8} y2={btip[1] - 8} />
      </g>
      <Label x={20} y={60} text={t.steep} color={C.danger} weight={600} to={[bhub[0], bhub[1]]} />
      <Label x={20} y={200} text={t.skin} to={[50, 216]} />
      <Label x={20} y={290} text={t.muscle} color="#fff" />
      <Label x={70} y={312} text={t.rib} to={[60, 276]} />
      <Label x={300} y={330} text={t.pleura} anchor="middle" color={C.pleura} weight={600} />
      <Label x={300} y={370} text={t.lung} anchor="middle" color={C.muted} />
      <Label x={580} y={30} text={t.region} anchor="end" weight={700} />
    </DiagramFrame>
  );
}
