/**
 * Exercise (b): screen an intake before dry needling (TST-1). Each finding carries its own verdict and
 * the recommendation it comes from; the overall verdict is the strictest one found. Findings tied to a
 * body region only count when they concern the region you are about to needle ("inRegion").
 */
import type { Localized } from "./types";

export const VERDICTS = ["needle", "needle-with-care", "consult-first", "not-here"] as const;
export type Verdict = (typeof VERDICTS)[number];
const STRICTNESS: Record<Verdict, number> = { needle: 0, "needle-with-care": 1, "consult-first": 2, "not-here": 3 };

type FindingRule = { verdict: Verdict; regional: boolean; recs: string[]; reason: Localized };

export const FINDINGS = {
  anticoagulants: {
    verdict: "needle-with-care",
    regional: false,
    recs: ["CMP-3", "CMP-4"],
    reason: {
      nl: "Antistolling verhoogt het bloedingsrisico: vaten extra zorgvuldig mijden en langer afdrukken tot een bloeding stopt.",
      en: "Anticoagulants raise the bleeding risk: take extra care to avoid vessels and press longer until any bleeding stops.",
    },
  },
  thrombocytopenia: {
    verdict: "consult-first",
    regional: false,
    recs: ["CMP-3", "CMP-4"],
    reason: {
      nl: "Bij trombocytopenie is het bloedingsrisico voor jou niet goed in te schatten: overleg eerst met de behandelend arts.",
      en: "With thrombocytopenia you cannot judge the bleeding risk well yourself: consult the treating physician first.",
    },
  },
  "vascular-disease": {
    verdict: "needle-with-care",
    regional: false,
    recs: ["CMP-3"],
    reason: { nl: "Vaatlijden vraagt extra voorzichtigheid met bloedvaten.", en: "Vascular disease calls for extra care around blood vessels." },
  },
  lymphoedema: {
    verdict: "not-here",
    regional: true,
    recs: ["INF-4"],
    reason: { nl: "In een gebied met lymfoedeem needle je niet (infectierisico).", en: "Do not needle in a region with lymphoedema (risk of infection)." },
  },
  "lymph-nodes-removed": {
    verdict: "not-here",
    regional: true,
    recs: ["INF-4"],
    reason: {
      nl: "Niet needlen in de buurt van verwijderde lymfeklieren: de afweer daar is verminderd.",
      en: "Do not needle near lymph nodes that were removed: local defence against infection is reduced.",
    },
  },
  "enlarged-lymph-node": {
    verdict: "not-here",
    regional: true,
    recs: ["INF-4"],
    reason: { nl: "Niet needlen bij vergrote of pijnlijke lymfeklieren.", en: "Do not needle near enlarged or painful lymph nodes." },
  },
  "open-wound": {
    verdict: "not-here",
    regional: true,
    recs: ["INF-4"],
    reason: { nl: "Niet door of vlak bij een open wond needlen.", en: "Do not needle through or close to an open wound." },
  },
  "active-infection": {
    verdict: "not-here",
    regional: true,
    recs: ["INF-4"],
    reason: { nl: "Niet needlen in de buurt van een actieve infectie of ontsteking.", en: "Do not needle near an active infection or inflammation." },
  },
  "prosthesis-complaints": {
    verdict: "consult-first",
    regional: true,
    recs: ["INF-5"],
    reason: {
      nl: "Klachten of infectiesignalen rond een prothese of osteosynthese: eerst overleggen met de huisarts.",
      en: "Complaints or signs of infection around a prosthesis or osteosynthesis: consult the GP first.",
    },
  },
  prosthesis: {
    verdict: "needle-with-care",
    regional: true,
    recs: ["INF-5", "INF-4"],
    reason: {
      nl: "Prothese in het gebied: let op infectiesignalen en needle nooit intra-articulair.",
      en: "Prosthesis in the region: watch for signs of infection and never needle into the joint.",
    },
  },
  pregnancy: {
    verdict: "needle-with-care",
    regional: false,
    recs: ["TST-5"],
    reason: {
      nl: "Zwangerschap: bespreek dat er geen onderzoek is naar effecten van dry needling op de zwangerschap en leg haar uitdrukkelijke toestemming vast.",
      en: "Pregnancy: explain that no research exists on effects of dry needling on pregnancy and record her explicit consent.",
    },
  },
  "scoliosis-paraspinal": {
    verdict: "not-here",
    regional: true,
    recs: ["PNX-4"],
    reason: {
      nl: "Bij scoliose geen paraspinaal dry needling in de thoracale regio: de anatomie ligt anders dan je verwacht.",
      en: "With scoliosis, no paraspinal dry needling in the thoracic region: the anatomy is not where you expect it.",
    },
  },
  "metal-allergy": {
    verdict: "needle-with-care",
    regional: false,
    recs: ["CMP-7"],
    reason: { nl: "Metaalallergie: kies verguld of verzilverd naalden.", en: "Metal allergy: choose gold- or silver-coated needles." },
  },
  "latex-allergy": {
    verdict: "needle-with-care",
    regional: false,
    recs: ["CMP-7"],
    reason: { nl: "Latexallergie: werk met latexvrije (nitril) handschoenen.", en: "Latex allergy: work with latex-free (nitrile) gloves." },
  },
  "fainting-history": {
    verdict: "needle-with-care",
    regional: false,
    recs: ["CMP-5"],
    reason: {
      nl: "Eerder flauwgevallen bij naalden: behandel alleen liggend en let op vegetatieve reacties.",
      en: "Has fainted with needles before: treat lying down only and watch for vasovagal reactions.",
    },
  },
  "cranial-of-c2": {
    verdict: "not-here",
    regional: true,
    recs: ["NEU-5"],
    reason: {
      nl: "Geen diep dry needling craniaal van C2, met uitzondering van de m. obliquus capitis inferior.",
      en: "No deep dry needling cranial of C2, the obliquus capitis inferior excepted.",
    },
  },
  "not-trained-for-region": {
    verdict: "not-here",
    regional: true,
    recs: ["ALG-2", "PNX-1"],
    reason: {
      nl: "Je bent niet geschoold en getoetst voor deze regio: verwijs naar een collega die dat wel is.",
      en: "You are not trained and tested for this region: refer to a colleague who is.",
    },
  },
} as const satisfies Record<string, FindingRule>;
export type FindingId = keyof typeof FINDINGS;

/** One line of an intake: a finding (or none, for information that does not change the decision). */
export type IntakeLine = { finding: FindingId | null; inRegion?: boolean; text: Localized };
export type ScreeningCase = { id: string; plan: Localized; lines: IntakeLine[] };

export type LineAssessment = { index: number; verdict: Verdict; recs: string[]; reason: Localized | null };

export function assessLine(line: IntakeLine, index: number): LineAssessment {
  if (!line.finding) return { index, verdict: "needle", recs: [], reason: null };
  const rule: FindingRule = FINDINGS[line.finding];
  if (rule.regional && !line.inRegion) return { index, verdict: "needle", recs: [], reason: null };
  return { index, verdict: rule.verdict, recs: [...rule.recs], reason: rule.reason };
}

export function screenIntake(lines: IntakeLine[]): { verdict: Verdict; relevant: LineAssessment[] } {
  const assessed = lines.map(assessLine);
  const relevant = assessed.filter((a) => a.verdict !== "needle");
  const verdict = relevant.reduce<Verdict>((v, a) => (STRICTNESS[a.verdict] > STRICTNESS[v] ? a.verdict : v), "needle");
  return { verdict, relevant };
}

export type ScreeningAnswer = { verdict: Verdict | null; flagged: number[] };
export type ScreeningFeedback = {
  correct: boolean;
  verdictCorrect: boolean;
  expectedVerdict: Verdict;
  relevant: LineAssessment[];
  missed: number[];
  wronglyFlagged: number[];
};

export function checkScreening(c: ScreeningCase, answer: ScreeningAnswer): ScreeningFeedback {
  const { verdict, relevant } = screenIntake(c.lines);
  const relevantIdx = new Set(relevant.map((r) => r.index));
  const flagged = new Set(answer.flagged);
  const missed = [...relevantIdx].filter((i) => !flagged.has(i));
  const wronglyFlagged = [...flagged].filter((i) => !relevantIdx.has(i)).sort((a, b) => a - b);
  const verdictCorrect = answer.verdict === verdict;
  return { correct: verdictCorrect && missed.length === 0 && wronglyFlagged.length === 0, verdictCorrect, expectedVerdict: verdict, relevant, missed, wronglyFlagged };
}

const L = (nl: string, en: string): Localized => ({ nl, en });

export const SCREENING_CASES: readonly ScreeningCase[] = [
  {
    id: "cs-apixaban-trapezius",
    plan: L("Triggerpoints in de rechter bovenste trapezius, met pincetgreep.", "Trigger points in the right upper trapezius, with the pincer grip."),
    lines: [
      { finding: null, text: L("Neemt af en toe paracetamol tegen hoofdpijn.", "Takes paracetamol now and then for headache.") },
      { finding: "anticoagulants", text: L("Gebruikt apixaban sinds een longembolie vorig jaar.", "Has taken apixaban since a pulmonary embolism last year.") },
      { finding: null, text: L("Werkt als buschauffeur, veel zitten.", "Works as a bus driver, sitting a lot.") },
    ],
  },
  {
    id: "cs-axilla-infraspinatus",
    plan: L("De rechter m. infraspinatus en teres minor.", "The right infraspinatus and teres minor."),
    lines: [
      { finding: "lymph-nodes-removed", inRegion: true, text: L("Drie jaar geleden borstkanker rechts; de okselklieren rechts zijn verwijderd.", "Breast cancer on the right three years ago; the right axillary lymph nodes were removed.") },
      { finding: "lymphoedema", inRegion: true, text: L("De rechterarm is sindsdien wat dikker; ze draagt een drukkous.", "Her right arm has been swollen since; she wears a compression sleeve.") },
      { finding: null, text: L("Wandelt dagelijks een uur.", "Walks an hour every day.") },
    ],
  },
  {
    id: "cs-other-side-nickel",
    plan: L("Strekkers van de linker onderarm (tenniselleboog links).", "Extensors of the left forearm (tennis elbow on the left)."),
    lines: [
      { finding: "lymph-nodes-removed", inRegion: false, text: L("Okselklieren rechts verwijderd na melanoom op de rechterschouder.", "Right axillary lymph nodes removed after a melanoma on the right shoulder.") },
      { finding: "metal-allergy", text: L("Krijgt uitslag van nikkelhoudende sieraden.", "Gets a rash from jewellery containing nickel.") },
      { finding: null, text: L("Verder gezond, geen medicatie.", "Otherwise healthy, no medication.") },
    ],
  },
  {
    id: "cs-hip-prosthesis-red",
    plan: L("De linker m. gluteus medius.", "The left gluteus medius."),
    lines: [
      { finding: "prosthesis-complaints", inRegion: true, text: L("Linker heupprothese sinds vier maanden; het litteken is sinds kort rood en warm.", "Left hip prosthesis for four months; the scar has recently turned red and warm.") },
      { finding: null, text: L("Fietst weer korte stukjes.", "Cycling short distances again.") },
    ],
  },
  {
    id: "cs-scoliosis-paraspinal",
    plan: L("Diepe paraspinale spieren rond T5, rechts.", "Deep paraspinal muscles around T5, on the right."),
    lines: [
      { finding: "scoliosis-paraspinal", inRegion: true, text: L("Bij de vooroverbuigtest zie je rechts thoracaal een ribbenbult.", "The forward-bend test shows a rib hump on the right at thoracic level.") },
      { finding: null, text: L("Rugpijn sinds een verhuizing, twee weken geleden.", "Back pain since moving house two weeks ago.") },
    ],
  },
  {
    id: "cs-pregnant-quadratus",
    plan: L("De m. quadratus lumborum links, in zijligging.", "The left quadratus lumborum, lying on her side."),
    lines: [
      { finding: null, text: L("Slikt foliumzuur en vitamine D.", "Takes folic acid and vitamin D.") },
      { finding: "pregnancy", text: L("Twintig weken zwanger, verloopt tot nu toe zonder problemen.", "Twenty weeks pregnant, so far without problems.") },
    ],
  },
  {
    id: "cs-thrombocytopenia-calf",
    plan: L("De mediale kop van de m. gastrocnemius rechts.", "The medial head of the right gastrocnemius."),
    lines: [
      { finding: "thrombocytopenia", text: L("Is onder behandeling van de hematoloog wegens een laag aantal bloedplaatjes.", "Is being treated by a haematologist for a low platelet count.") },
      { finding: "fainting-history", text: L("Viel vroeger flauw bij bloedprikken.", "Used to faint when having blood taken.") },
    ],
  },
  {
    id: "cs-graze-vastus",
    plan: L("De m. vastus lateralis links, halverwege het bovenbeen.", "The left vastus lateralis, halfway down the thigh."),
    lines: [
      { finding: "open-wound", inRegion: true, text: L("Heeft daar een verse schaafwond van een val met de fiets.", "Has a fresh graze there from a fall off her bike.") },
      { finding: "latex-allergy", text: L("Bekende latexallergie.", "Known latex allergy.") },
    ],
  },
  {
    id: "cs-healthy-trapezius",
    plan: L("De linker bovenste trapezius, met pincetgreep.", "The left upper trapezius, with the pincer grip."),
    lines: [
      { finding: "prosthesis", inRegion: false, text: L("Knieprothese rechts, al jaren zonder klachten.", "Right knee prosthesis, free of complaints for years.") },
      { finding: null, text: L("Gebruikt geen medicijnen.", "Takes no medicines.") },
      { finding: null, text: L("Heeft al eerder dry needling gehad, zonder problemen.", "Has had dry needling before without problems.") },
    ],
  },
  {
    id: "cs-suboccipital",
    plan: L("Diep in de m. rectus capitis posterior major, ter hoogte van C1.", "Deep into the rectus capitis posterior major, at the level of C1."),
    lines: [
      { finding: "cranial-of-c2", inRegion: true, text: L("De gevoelige punten liggen diep onder het achterhoofd, boven het niveau van C2.", "The tender points lie deep below the back of the head, above the level of C2.") },
      { finding: "vascular-disease", text: L("Perifeer arterieel vaatlijden in de benen.", "Peripheral arterial disease in the legs.") },
    ],
  },
  {
    id: "cs-deltoid-prosthesis",
    plan: L("De voorste vezels van de linker m. deltoideus.", "The anterior fibres of the left deltoid."),
    lines: [
      { finding: null, text: L("Tennist twee keer per week.", "Plays tennis twice a week.") },
      { finding: "prosthesis", inRegion: true, text: L("Schouderprothese links sinds twee jaar, zonder klachten.", "Left shoulder prosthesis for two years, free of complaints.") },
    ],
  },
  {
    id: "cs-boil-neck",
    plan: L("De rechter bovenste trapezius, met pincetgreep.", "The right upper trapezius, with the pincer grip."),
    lines: [
      { finding: "active-infection", inRegion: true, text: L("Heeft een rode, ontstoken steenpuist in de nek, vlak bij de pijnlijke plek.", "Has a red, inflamed boil on the neck, close to the painful spot.") },
      { finding: "enlarged-lymph-node", inRegion: true, text: L("Onder de rechterkaak voel je een vergrote, gevoelige lymfeklier.", "Below the right jaw you feel an enlarged, tender lymph node.") },
      { finding: null, text: L("Slaapt slecht door de nekpijn.", "Sleeps badly because of the neck pain.") },
    ],
  },
  {
    id: "cs-serratus-untested",
    plan: L("De m. serratus anterior rechts, met platte palpatie (thoracale regio).", "The right serratus anterior, with flat palpation (thoracic region)."),
    lines: [
      { finding: null, text: L("Zwemmer, verder gezond.", "A swimmer, otherwise healthy.") },
      { finding: "not-trained-for-region", inRegion: true, text: L("Over jezelf: je hebt de thoraxtechnieken nog niet geoefend en de toets nog niet gehaald.", "About yourself: you have not yet practised the thoracic techniques or passed the test.") },
    ],
  },
];
