/**
 * Every recommendation of the guideline (../shared/guideline/recommendations.md) with its stable ID and
 * a short title in both languages. Content sections, questions and trainer rules refer to these IDs;
 * tests fail when one of them names an ID that is not here, or when an ID is taught nowhere.
 */
export type Chapter = "ALG" | "TST" | "CMP" | "NEU" | "INF" | "PNX" | "TECH";
export type Recommendation = { id: string; chapter: Chapter; title: { nl: string; en: string } };

const r = (id: string, nl: string, en: string): Recommendation => ({
  id,
  chapter: id.split("-")[0] as Chapter,
  title: { nl, en },
});

export const RECOMMENDATIONS: readonly Recommendation[] = [
  r("ALG-1", "Effecten, risico's en alternatieven bespreken", "Discuss effects, risks and alternatives"),
  r("ALG-2", "Alleen in regio's waarvoor je geschoold bent", "Only in regions you were trained for"),
  r("ALG-3", "Bekwaamheid bijhouden met geaccrediteerde nascholing", "Keep competence up with accredited courses"),
  r("ALG-4", "Incidenten in een instelling melden via de VIM", "Report incidents in an institution through its VIM"),
  r("ALG-5", "Calamiteit binnen drie werkdagen melden bij de IGJ", "Report a calamity to the IGJ within three working days"),
  r("TST-1", "Screenen op contra-indicaties; patiënt informeert volledig", "Screen for contraindications; patient gives full information"),
  r("TST-2", "Begrijpelijk informeren en begrip controleren", "Inform understandably and check understanding"),
  r("TST-3", "Expliciet toestemming vragen", "Ask explicitly for consent"),
  r("TST-4", "Informatie en toestemming vastleggen in het dossier", "Record information and consent in the record"),
  r("TST-5", "Zwangerschap: geen literatuur, expliciete toestemming vastleggen", "Pregnancy: no literature, record explicit consent"),
  r("CMP-1", "Bloedvaten zo veel mogelijk vermijden", "Avoid blood vessels as far as possible"),
  r("CMP-2", "Signalen van een aangeprikt bloedvat herkennen en handelen", "Recognise and act on a punctured vessel"),
  r("CMP-3", "Extra voorzichtig bij verhoogd bloedingsrisico", "Extra care with increased bleeding risk"),
  r("CMP-4", "Bij twijfel de behandelend arts raadplegen", "When in doubt, consult the treating physician"),
  r("CMP-5", "Alleen liggend; vegetatieve reacties herkennen", "Patient lying down; watch for vasovagal reactions"),
  r("CMP-6", "Uitleggen welke reacties na behandeling te verwachten zijn", "Explain the reactions to expect afterwards"),
  r("CMP-7", "Allergie voor metaal of latex: alternatieven", "Metal or latex allergy: alternatives"),
  r("NEU-1", "Stoppen bij scherpe pijn bij het plaatsen van de naald", "Stop on sharp pain when placing the needle"),
  r("NEU-2", "Bij neurovasculaire bundels langzaam inbrengen en navragen", "Near neurovascular bundles insert slowly and ask"),
  r("NEU-3", "Waar mogelijk de spier oppakken", "Pick up the muscle where possible"),
  r("NEU-4", "Paravertebraal: buikligging, caudaal-mediaal-ventraal", "Paravertebral: prone, caudal-medial-ventral"),
  r("NEU-5", "Niet diep needlen craniaal van C2 (behalve obliquus capitis inferior)", "No deep needling cranial of C2 (except obliquus capitis inferior)"),
  r("NEU-6", "Bij verdenking op myelumletsel acuut verwijzen", "Refer acutely on suspected spinal-cord injury"),
  r("INF-1", "Alleen steriele naalden en het hygiëneprotocol", "Sterile needles only and the hygiene protocol"),
  r("INF-2", "Gevaccineerd tegen hepatitis B; prikaccidenten voorkomen", "Vaccinated against hepatitis B; avoid needle-stick injuries"),
  r("INF-3", "Juist handelen na een prikaccident", "Act correctly after a needle-stick accident"),
  r("INF-4", "Niet needlen bij infectie, wond, lymfoedeem of lymfeklieren", "Do not needle near infection, wounds, lymphoedema or lymph nodes"),
  r("INF-5", "Infectiesignalen en prothesen: eerst huisarts raadplegen", "Signs of infection and prostheses: consult the GP first"),
  r("PNX-1", "Thoraxtechnieken pas na cursus, oefening en toets", "Thoracic techniques only after course, practice and test"),
  r("PNX-2", "Bij twijfel over eigen vaardigheid doorverwijzen", "Refer when in doubt about your own skill"),
  r("PNX-3", "Informeren over pneumothoraxsymptomen en de SEH", "Inform about pneumothorax symptoms and the emergency department"),
  r("PNX-4", "Geen paraspinaal needlen bij scoliose; altijd screenen", "No paraspinal needling with scoliosis; always screen"),
  r("PNX-5", "Waar mogelijk de pincetgreep gebruiken", "Use the pincer grip where possible"),
  r("PNX-6", "Niet op een slecht palpeerbare rib needlen", "Do not needle onto a rib you cannot palpate well"),
  r("PNX-7", "Paravertebraal binnen één vingerbreedte, richting lamina", "Paravertebral within one finger width, toward the lamina"),
  r("TECH-1", "Pincetgreep", "Pincer grip"),
  r("TECH-2", "Platte palpatie, techniek 1: langs de rib", "Flat palpation, technique 1: along the rib"),
  r("TECH-3", "Platte palpatie, techniek 2: 15–30°, bergafwaarts, naald ≥ 50 mm", "Flat palpation, technique 2: 15–30°, downhill, needle ≥ 50 mm"),
  r("TECH-4", "Oppervlakkige paraspinale spieren: de 'muur'", "Superficial paraspinal muscles: the 'wall'"),
  r("TECH-5", "Diepe paraspinale spieren: plaatsing controleren, richting lamina", "Deep paraspinal muscles: check placement, toward the lamina"),
  r("TECH-6", "Schouderretractie vergroot de afstand huid–pleura", "Shoulder retraction increases skin-to-pleura distance"),
  r("TECH-7", "Overige thoraxspieren met pneumothoraxrisico", "Other thoracic muscles with pneumothorax risk"),
];

export const RECOMMENDATION_IDS: readonly string[] = RECOMMENDATIONS.map((x) => x.id);
const BY_ID = new Map(RECOMMENDATIONS.map((x) => [x.id, x]));

export function isRecommendationId(id: string): boolean {
  return BY_ID.has(id);
}

export function getRecommendation(id: string): Recommendation | undefined {
  return BY_ID.get(id);
}

export const CHAPTERS: readonly Chapter[] = ["ALG", "TST", "CMP", "NEU", "INF", "PNX", "TECH"];
