import { useId } from "react";
import { ArrowDefs, C, DiagramFrame, Label, type DiagramProps } from "./frame";

const TEXT = {
  nl: {
    title: "Schouderretractie met een opgerolde handdoek",
    desc:
      "Links een dwarsdoorsnede van de bovenste thorax in buikligging. Onder de te behandelen schouder ligt een opgerolde handdoek; " +
      "de schouder komt in retractie en de afstand van de huid tot de pleura wordt groter dan zonder handdoek (de andere kant dient ter vergelijking). " +
      "Rechts de gemiddelde toename van die afstand volgens Mitchell (2018): 0,8 cm bij mannen en 0,5 cm bij vrouwen.",
    towel: "opgerolde handdoek",
    retraction: "retractie",
    scapula: "scapula",
    without: "zonder",
    with: "met handdoek",
    pleura: "pleura",
    table: "behandeltafel (buikligging)",
    chart: "Extra afstand huid–pleura",
    chart2: "(gemiddelde toename)",
    men: "mannen",
    women: "vrouwen",
    men_v: "+0,8 cm",
    women_v: "+0,5 cm",
    source: "Mitchell 2018",
    muscles1: "O.a. bij de m. levator scapulae,",
    muscles2: "de mm. rhomboidei en de",
    muscles3: "m. trapezius pars ascendens.",
    alt: "Veilig alternatief: zijligging.",
  },
  en: {
    title: "Shoulder retraction with a rolled towel",
    desc:
      "Left, a transverse section of the upper thorax, patient prone. A rolled towel lies under the shoulder to be treated; " +
      "the shoulder is drawn into retraction and the distance from skin to pleura becomes larger than without the towel (the other side is shown for comparison). " +
      "Right, the average increase in that distance according to Mitchell (2018): 0.8 cm in men and 0.5 cm in women.",
    towel: "rolled towel",
    retraction: "retraction",
    scapula: "scapula",
    without: "without",
    with: "with towel",
    pleura: "pleura",
    table: "treatment table (prone)",
    chart: "Extra skin-to-pleura distance",
    chart2: "(average increase)",
    men: "men",
    women: "women",
    men_v: "+0.8 cm",
    women_v: "+0.5 cm",
    source: "Mitchell 2018",
    muscles1: "E.g. for levator scapulae,",
    muscles2: "the rhomboids and",
    muscles3: "the lower trapezius.",
    alt: "Safe alternative: side-lying.",
  },
} as const;

export default function RetractionTowel({ lang }: DiagramProps) {
  const t = TEXT[lang];
  const id = useId();
  const cm = 200; // px per cm in the chart
  return (
    <DiagramFrame title={t.title} desc={t.desc}>
      <ArrowDefs id={id} colors={{ dim: C.text, ok: C.safe }} />
      {/* ---- section: dorsal up, table below ---- */}
      <rect x={0} y={336} width={330} height={24} fill={C.table} />
      <Label x={165} y={352} text={t.table} anchor="middle" size={12} />
      {/* thorax in transverse section: skin, back muscles, chest wall, lungs, spine */}
      <ellipse cx={165} cy={245} rx={140} ry={78} fill={C.skin} stroke={C.skinLine} strokeWidth={1.5} />
      <ellipse cx={165} cy={245} rx={130} ry={68} fill={C.muscle} />
      <ellipse cx={165} cy={250} rx={112} ry={56} fill={C.muscleLight} />
      <ellipse cx={112} cy={252} rx={44} ry={38} fill={C.lung} stroke={C.pleura} strokeWidth={2.5} />
      <ellipse cx={218} cy={258} rx={40} ry={33} fill={C.lung} stroke={C.pleura} strokeWidth={2.5} />
      <ellipse cx={165} cy={228} rx={14} ry={11} fill={C.bone} stroke={C.boneLine} />
      <rect x={161} y={174} width={8} height={44} fill={C.bone} stroke={C.boneLine} />
      {/* humeral heads; the right shoulder rests on the rolled towel */}
      <circle cx={30} cy={240} r={18} fill={C.bone} stroke={C.boneLine} strokeWidth={1.5} />
      <circle cx={298} cy={238} r={18} fill={C.bone} stroke={C.boneLine} strokeWidth={1.5} />
      <circle cx={300} cy={292} r={24} fill={C.towel} stroke="#5f8f7d" strokeWidth={2} />
      <path d="M284,282 C294,292 308,292 316,280" fill="none" stroke="#5f8f7d" strokeWidth={1.5} />
      {/* scapulae: left at rest, right drawn toward the spine */}
      <path d="M50,200 L104,182" stroke={C.boneLine} strokeWidth={9} strokeLinecap="round" />
      <path d="M50,200 L104,182" stroke={C.bone} strokeWidth={6} strokeLinecap="round" />
      <path d="M200,180 L246,194" stroke={C.boneLine} strokeWidth={9} strokeLinecap="round" />
      <path d="M200,180 L246,194" stroke={C.bone} strokeWidth={6} strokeLinecap="round" />
      {/* skin-to-pleura distances */}
      <line x1={96} y1={178} x2={96} y2={214} stroke={C.text} strokeWidth={1.5} markerStart={`url(#${id}-dim)`} markerEnd={`url(#${id}-dim)`} />
      <line x1={222} y1={176} x2={222} y2={224} stroke={C.safe} strokeWidth={2.5} markerStart={`url(#${id}-dim)`} markerEnd={`url(#${id}-dim)`} />
      <line x1={300} y1={150} x2={254} y2={178} stroke={C.safe} strokeWidth={2.5} markerEnd={`url(#${id}-ok)`} />
      <Label x={300} y={140} text={t.retraction} color={C.safe} weight={600} size={12} />
      <Label x={60} y={120} text={t.without} anchor="middle" weight={600} />
      <Label x={250} y={112} text={t.with} anchor="middle" weight={600} color={C.safe} />
      <Label x={20} y={160} text={t.scapula} size={12} to={[56, 194]} />
      <Label x={24} y={330} text={t.pleura} size={12} color={C.pleura} weight={600} to={[74, 268]} />
      <Label x={250} y={384} text={t.towel} anchor="middle" size={12} to={[296, 318]} />
      {/* ---- chart ---- */}
      <text x={350} y={44} fontWeight={600}>{t.chart}</text>
      <text x={350} y={62} fontSize={12} fill={C.muted}>{t.chart2}</text>
      <line x1={360} y1={76} x2={360} y2={232} stroke={C.muted} />
      {[0, 0.5, 1].map((v) => (
        <g key={v}>
          <line x1={360 + v * cm} y1={232} x2={360 + v * cm} y2={238} stroke={C.muted} />
          <text x={360 + v * cm} y={252} textAnchor="middle" fontSize={11} fill={C.muted}>
            {lang === "nl" ? `${String(v).replace(".", ",")} cm` : `${v} cm`}
          </text>
        </g>
      ))}
      <line x1={360} y1={232} x2={565} y2={232} stroke={C.muted} />
      <rect x={360} y={96} width={0.8 * cm} height={40} fill={C.safe} />
      <rect x={360} y={166} width={0.5 * cm} height={40} fill={C.safe} opacity={0.75} />
      <text x={366} y={121} fill="#fff" fontWeight={600}>{t.men}</text>
      <text x={366} y={191} fill="#fff" fontWeight={600}>{t.women}</text>
      <text x={366 + 0.8 * cm} y={121} fontWeight={700}>{t.men_v}</text>
      <text x={366 + 0.5 * cm} y={191} fontWeight={700}>{t.women_v}</text>
      <text x={565} y={272} textAnchor="end" fontSize={11} fill={C.muted}>{t.source}</text>
      <text x={350} y={300} fontSize={12}>{t.muscles1}</text>
      <text x={350} y={316} fontSize={12}>{t.muscles2}</text>
      <text x={350} y={332} fontSize={12}>{t.muscles3}</text>
      <text x={350} y={360} fontSize={12} fontWeight={600}>{t.alt}</text>
    </DiagramFrame>
  );
}
