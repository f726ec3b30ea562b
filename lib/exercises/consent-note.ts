/**
 * Exercise (c): the learner writes the dossier note after the informed-consent conversation; the note is
 * checked for the elements the guideline asks to be recorded (TST-1..4, ALG-1; TST-5 with pregnancy;
 * PNX-3 before thoracic needling). The matcher works on either language whatever the page language,
 * ignores case and accents, and treats a negated mention ("geen toestemming", "did not understand") as
 * missing. It is a formative aid: it looks for the elements, it cannot judge the quality of the talk.
 */
import type { Localized } from "./types";

export type ConsentElementId =
  | "screening"
  | "risks"
  | "consequences"
  | "alternatives"
  | "no-treatment"
  | "understanding"
  | "consent"
  | "date"
  | "pregnancy-literature"
  | "pneumothorax-emergency";

type ConsentElement = {
  id: ConsentElementId;
  recs: string[];
  label: Localized;
  hint: Localized;
  /** every group must match (one pattern of each group) */
  groups: RegExp[][];
  negatable?: boolean;
};

const MONTHS = "jan|januari|january|feb|februari|february|mrt|maart|mar|march|apr|april|mei|may|jun|juni|june|jul|juli|july|aug|augustus|august|sep|sept|september|okt|oktober|oct|october|nov|november|dec|december";

export const CONSENT_ELEMENTS: Record<ConsentElementId, ConsentElement> = {
  screening: {
    id: "screening",
    recs: ["TST-1"],
    label: { nl: "Screening op contra-indicaties", en: "Screening for contraindications" },
    hint: {
      nl: "Noteer dat je op (relatieve en absolute) contra-indicaties hebt gescreend en de patiënt gevraagd hebt om volledige informatie.",
      en: "Note that you screened for (relative and absolute) contraindications and asked the patient for complete information.",
    },
    groups: [[/\bcontra-?\s?indicati\w*/, /\bgescreend\b/, /\bscreen(ing|ed)?\b/, /\bmedicatie (doorgenomen|nagevraagd|gecheckt)/, /\bmedication (checked|reviewed)/, /\b(volledige|juiste) informatie\b/, /\b(complete|correct) information\b/]],
  },
  risks: {
    id: "risks",
    recs: ["TST-2", "ALG-1"],
    label: { nl: "Risico's", en: "Risks" },
    hint: { nl: "Welke risico's heb je genoemd (bijvoorbeeld bloeding, hematoom, pneumothorax)?", en: "Which risks did you mention (for example bleeding, haematoma, pneumothorax)?" },
    groups: [[/\brisico'?s?\b/, /\brisks?\b/, /\bcomplicaties?\b/, /\bcomplications?\b/, /\bbijwerking(en)?\b/, /\bside[- ]effects?\b/, /\badverse\b/, /\bh(a)?ematoo?m(a|en)?\b/, /\bblauwe plek(ken)?\b/, /\bbruis\w*/, /\bbloeding\w*/, /\bbleed\w*/, /\bpneumothorax\b/, /\bklaplong\b/, /\bcollapsed lung\b/, /\binfecti(e|es|on|ons)\b/, /\bzenuwletsel\b/, /\bnerve (injury|damage)\b/]],
  },
  consequences: {
    id: "consequences",
    recs: ["TST-2", "CMP-6"],
    label: { nl: "Gevolgen en te verwachten reacties", en: "Consequences and expected reactions" },
    hint: { nl: "Noteer welke gevolgen en reacties na de behandeling te verwachten zijn (bijv. spierpijn) en wat de patiënt dan kan doen.", en: "Note the consequences and reactions to expect after treatment (e.g. muscle soreness) and what the patient can do about them." },
    groups: [[/\bgevolg(en)?\b/, /\bconsequences?\b/, /\b(spier|na)-?pijn\b/, /\bsoreness\b/, /\bsore\b/, /\bstijf\w*/, /\bstiff\w*/, /\breacties?\b/, /\breactions?\b/, /\bte verwachten\b/, /\bverwacht\w* effect\w*/, /\bexpected (effects?|reactions?)\b/, /\bpost-?needling\b/, /\baching\b/, /\bmuscle ache\b/]],
  },
  alternatives: {
    id: "alternatives",
    recs: ["TST-2", "ALG-1"],
    label: { nl: "Alternatieven", en: "Alternatives" },
    hint: { nl: "Welke andere behandelmogelijkheden heb je besproken?", en: "Which other treatment options did you discuss?" },
    groups: [[/\balternatie\w*/, /\balternatives?\b/, /\bandere (behandeling\w*|opties|mogelijkheden)\b/, /\bother (treatments?|options)\b/, /\boefentherapie\b/, /\bexercise therapy\b/, /\bmassage\b/, /\bmanuele therapie\b/, /\bmanual therapy\b/]],
  },
  "no-treatment": {
    id: "no-treatment",
    recs: ["ALG-1"],
    label: { nl: "Niet behandelen als mogelijkheid", en: "Not treating as an option" },
    hint: { nl: "Ook afzien van behandeling is een alternatief: noteer dat je dat hebt genoemd.", en: "Not treating at all is an alternative too: note that you mentioned it." },
    groups: [[/\bniet (te )?behandelen\b/, /\bgeen behandeling\b/, /\bafzien\b/, /\bafwacht\w*/, /\bniets (te )?doen\b/, /\bzonder behandeling\b/, /\bno treatment\b/, /\bnot (to )?(treat|treating)\b/, /\bnot being treated\b/, /\bwatchful waiting\b/, /\bwait(ing)?(-| )and(-| )see\b/, /\bdo(ing)? nothing\b/, /\bwithout treatment\b/, /\bno dry needling\b/, /\bgeen dry needling\b/]],
  },
  understanding: {
    id: "understanding",
    recs: ["TST-2"],
    label: { nl: "Begrip gecontroleerd", en: "Understanding checked" },
    hint: { nl: "Hoe heb je gecontroleerd dat de patiënt het begreep (bijv. in eigen woorden laten herhalen)?", en: "How did you check the patient understood (e.g. by having them repeat it in their own words)?" },
    groups: [[/\bbegrepen\b/, /\bbegrijpt\b/, /\bbegrip\b/, /\bin (haar|zijn|eigen) (eigen )?woorden\b/, /\bteruggevraagd\b/, /\bterugvragen\b/, /\bsamengevat\b/, /\bherhaald\b/, /\bunderstood\b/, /\bunderstands\b/, /\bunderstanding\b/, /\bcomprehension\b/, /\bown words\b/, /\bteach-?back\b/, /\brepeated (it )?back\b/, /\bsummari[sz]ed\b/, /\bexplained (it )?back\b/]],
    negatable: true,
  },
  consent: {
    id: "consent",
    recs: ["TST-3"],
    label: { nl: "Uitdrukkelijke toestemming", en: "Explicit consent" },
    hint: { nl: "Noteer dat de patiënt uitdrukkelijk toestemming gaf.", en: "Note that the patient explicitly gave consent." },
    groups: [[/\btoestemming\b/, /\bakkoord\b/, /\bstemt (ermee )?in\b/, /\bingestemd\b/, /\binstemming\b/, /\bconsent\w*/, /\bagreed\b/, /\bagrees\b/, /\bpermission\b/]],
    negatable: true,
  },
  date: {
    id: "date",
    recs: ["TST-4"],
    label: { nl: "Datum", en: "Date" },
    hint: { nl: "Zet de datum in de notitie: de toestemming wordt vóór de behandeling vastgelegd.", en: "Put the date in the note: consent is recorded before treatment starts." },
    groups: [[/\b\d{1,2}[-/.]\d{1,2}[-/.](\d{4}|\d{2})\b/, /\b\d{4}-\d{1,2}-\d{1,2}\b/, new RegExp(`\\b\\d{1,2}(e|st|nd|rd|th)? (${MONTHS})\\b`), new RegExp(`\\b(${MONTHS}) \\d{1,2}(st|nd|rd|th)?\\b`)]],
  },
  "pregnancy-literature": {
    id: "pregnancy-literature",
    recs: ["TST-5"],
    label: { nl: "Zwangerschap: geen literatuur besproken", en: "Pregnancy: lack of literature discussed" },
    hint: { nl: "Noteer dat je hebt verteld dat er geen wetenschappelijke literatuur is over effecten van dry needling op de zwangerschap.", en: "Note that you explained there is no scientific literature on effects of dry needling on pregnancy." },
    groups: [[/\bgeen (wetenschappelijke )?(literatuur|onderzoek|studies|bewijs)\b/, /\bniet (goed |wetenschappelijk )?onderzocht\b/, /\bonbekend\w*/, /\bno (scientific )?(literature|research|studies|evidence)\b/, /\bnot (been )?(studied|researched)\b/, /\bunknown\b/]],
  },
  "pneumothorax-emergency": {
    id: "pneumothorax-emergency",
    recs: ["PNX-3"],
    label: { nl: "Pneumothorax: signalen en direct naar de SEH", en: "Pneumothorax: symptoms and straight to the emergency department" },
    hint: { nl: "Noteer dat je de signalen van een klaplong hebt uitgelegd en dat de patiënt bij vermoeden direct naar de spoedeisende hulp gaat.", en: "Note that you explained the signs of a collapsed lung and that the patient goes straight to the emergency department if one is suspected." },
    groups: [
      [/\bpneumothorax\b/, /\bklaplong\b/, /\bcollapsed lung\b/],
      [/\bspoedeisende hulp\b/, /\bseh\b/, /\beerste hulp\b/, /\bspoedpost\b/, /\bemergency\b/, /\ba ?& ?e\b/, /\bcasualty\b/],
    ],
  },
};

export const BASE_ELEMENTS: readonly ConsentElementId[] = ["screening", "risks", "consequences", "alternatives", "no-treatment", "understanding", "consent", "date"];

export type ConsentExtra = "pregnancy" | "thoracic";
export function requiredElements(extras: readonly ConsentExtra[]): ConsentElementId[] {
  return [...BASE_ELEMENTS, ...(extras.includes("pregnancy") ? (["pregnancy-literature"] as const) : []), ...(extras.includes("thoracic") ? (["pneumothorax-emergency"] as const) : [])];
}

export function normaliseNote(text: string): string {
  return text
    .toLowerCase()
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/[’‘`´]/g, "'")
    .replace(/[ \t]+/g, " ");
}

const NEGATION_BEFORE = /\b(geen|niet|nooit|zonder|no|not|never|without|didn't|did not|isn't|wasn't|weigert|weigerde|refuses|refused|declines|declined)\b/;
const NEGATION_AFTER = /^\W*(\w+\W+){0,2}?(niet|geweigerd|ingetrokken|not|refused|declined|withheld|withdrawn)\b/;

/** True when the match at `index` sits in a clause that negates it (a few words either side). */
function isNegated(text: string, index: number, length: number): boolean {
  const clauseStart = Math.max(text.lastIndexOf(",", index), text.lastIndexOf(".", index), text.lastIndexOf(";", index), text.lastIndexOf(":", index), text.lastIndexOf("\n", index)) + 1;
  const before = text.slice(clauseStart, index).trim().split(/\s+/).slice(-3).join(" ");
  if (NEGATION_BEFORE.test(before)) return true;
  // "toestemming: nee", "consent - no": a label followed by a negative answer.
  const rest = text.slice(index + length);
  if (/^\s*[:=-]\s*(nee|neen|no|none|geen|niet)\b/.test(rest)) return true;
  const clauseEnd = rest.search(/[,.;:\n]/);
  const after = clauseEnd < 0 ? rest : rest.slice(0, clauseEnd);
  return NEGATION_AFTER.test(after);
}

function findEvidence(text: string, el: ConsentElement): string | null {
  const found: string[] = [];
  for (const group of el.groups) {
    let hit: string | null = null;
    for (const pattern of group) {
      const re = new RegExp(pattern.source, "g");
      for (const m of text.matchAll(re)) {
        if (el.negatable && isNegated(text, m.index, m[0].length)) continue;
        hit = m[0];
        break;
      }
      if (hit) break;
    }
    if (!hit) return null;
    found.push(hit);
  }
  return found.join(" + ");
}

export type ConsentCheck = {
  elements: { id: ConsentElementId; present: boolean; evidence: string | null; recs: string[]; label: Localized; hint: Localized }[];
  missing: ConsentElementId[];
  complete: boolean;
  score: number;
  max: number;
};

export function checkConsentNote(note: string, extras: readonly ConsentExtra[] = []): ConsentCheck {
  const text = normaliseNote(note);
  const elements = requiredElements(extras).map((id) => {
    const el = CONSENT_ELEMENTS[id];
    const evidence = findEvidence(text, el);
    return { id, present: evidence !== null, evidence, recs: el.recs, label: el.label, hint: el.hint };
  });
  const missing = elements.filter((e) => !e.present).map((e) => e.id);
  return { elements, missing, complete: missing.length === 0, score: elements.length - missing.length, max: elements.length };
}

export type ConsentCase = { id: string; extras: ConsentExtra[]; scenario: Localized; modelNote: Localized };

export const CONSENT_CASES: readonly ConsentCase[] = [
  {
    id: "cn-trapezius-office",
    extras: [],
    scenario: {
      nl: "Een 42-jarige kantoormedewerker met nekpijn; je stelt dry needling van de bovenste trapezius voor.",
      en: "A 42-year-old office worker with neck pain; you propose dry needling of the upper trapezius.",
    },
    modelNote: {
      nl: "3-3-2026. Gescreend op contra-indicaties, geen gevonden; patiënt gevraagd alles te melden. Risico's uitgelegd (bloeding, hematoom) en de te verwachten spierpijn na afloop. Alternatieven besproken: oefentherapie, of niet behandelen en afwachten. Patiënt heeft het in eigen woorden herhaald en begrepen. Mondelinge toestemming gegeven voor dry needling.",
      en: "3 March 2026. Screened for contraindications, none found; asked the patient to report everything relevant. Explained the risks (bleeding, bruising) and the soreness to expect afterwards. Discussed alternatives: exercise therapy, or no treatment and waiting. Patient repeated it back in her own words and understood. Verbal consent given for dry needling.",
    },
  },
  {
    id: "cn-pregnant-low-back",
    extras: ["pregnancy"],
    scenario: {
      nl: "Een patiënte die 24 weken zwanger is, met lage rugpijn; je overweegt dry needling van de m. gluteus medius.",
      en: "A patient 24 weeks pregnant with low back pain; you are considering dry needling of the gluteus medius.",
    },
    modelNote: {
      nl: "12-05-2026. Contra-indicaties gescreend. Zwangerschap besproken: er is geen wetenschappelijke literatuur over effecten van dry needling op de zwangerschap. Risico's (hematoom, duizeligheid) en te verwachten reacties (spierpijn) toegelicht. Alternatief: oefentherapie of geen behandeling. Begrip gecontroleerd door terugvragen. Patiënte geeft uitdrukkelijk toestemming.",
      en: "12/05/2026. Screened for contraindications. Discussed the pregnancy: there is no scientific literature on effects of dry needling on pregnancy. Explained risks (haematoma, dizziness) and expected reactions (soreness). Alternatives: exercise therapy or no treatment. Checked understanding with teach-back. Patient gives explicit consent.",
    },
  },
  {
    id: "cn-rhomboids-thoracic",
    extras: ["thoracic"],
    scenario: {
      nl: "Een roeier met pijn tussen de schouderbladen; je wilt de rhomboïden needlen (thoracale regio).",
      en: "A rower with pain between the shoulder blades; you want to needle the rhomboids (thoracic region).",
    },
    modelNote: {
      nl: "Datum 14-4-2026. Screening op contra-indicaties gedaan, scoliose uitgesloten met vooroverbuigtest. Risico's besproken, waaronder een klaplong; de patiënt weet dat hij bij benauwdheid of pijn op de borst direct naar de spoedeisende hulp gaat. Gevolgen: spierpijn 1–2 dagen. Alternatieven: oefentherapie of niet behandelen. Begrepen, in eigen woorden samengevat. Toestemming gegeven.",
      en: "Date 14-4-2026. Screened for contraindications, scoliosis ruled out with the forward-bend test. Discussed risks including a collapsed lung (pneumothorax); the patient knows to go straight to the emergency department with breathlessness or chest pain. Consequences: muscle soreness for 1–2 days. Alternatives: exercise therapy or not treating. Understood, summarised in his own words. Consent given.",
    },
  },
  {
    id: "cn-anticoagulants-calf",
    extras: [],
    scenario: {
      nl: "Een 70-jarige die antistolling gebruikt, met kuitkrampen; dry needling van de m. gastrocnemius.",
      en: "A 70-year-old on anticoagulants with calf cramps; dry needling of the gastrocnemius.",
    },
    modelNote: {
      nl: "20-01-2026: screening contra-indicaties: gebruikt antistolling, extra voorzichtig. Risico op nabloeding en blauwe plek uitgelegd, ook napijn als gevolg. Andere behandelingen (massage, rekoefeningen) en afzien van behandeling besproken. Patiënt begrijpt de uitleg, teruggevraagd. Akkoord met dry needling.",
      en: "20-01-2026: contraindication screening: on anticoagulants, extra care. Explained the risk of prolonged bleeding and bruising, and soreness as a consequence. Discussed other treatments (massage, stretching) and the option of no treatment. Patient understands, checked with teach-back. Agreed to dry needling.",
    },
  },
  {
    id: "cn-pectoralis-thoracic",
    extras: ["thoracic"],
    scenario: {
      nl: "Een tennisster met schouderklachten; je wilt de m. pectoralis major needlen met de pincetgreep.",
      en: "A tennis player with shoulder complaints; you want to needle the pectoralis major with the pincer grip.",
    },
    modelNote: {
      nl: "2 juni 2026. Contra-indicaties nagevraagd en gescreend. Risico's: hematoom en, zeldzaam, een pneumothorax; bij kortademigheid of pijn op de borst direct naar de SEH. Te verwachten reacties: stijfheid en spierpijn. Alternatieven: oefentherapie, of niets doen. Patiënte heeft het begrepen en herhaald. Toestemming gegeven.",
      en: "2 June 2026. Asked about and screened for contraindications. Risks: haematoma and, rarely, a pneumothorax; with breathlessness or chest pain go straight to the emergency department. Expected reactions: stiffness and soreness. Alternatives: exercise therapy, or doing nothing. Patient understood and repeated it back. Consent given.",
    },
  },
  {
    id: "cn-metal-allergy-forearm",
    extras: [],
    scenario: {
      nl: "Een timmerman met een tenniselleboog en een nikkelallergie.",
      en: "A carpenter with tennis elbow and a nickel allergy.",
    },
    modelNote: {
      nl: "7-9-2026. Screening contra-indicaties: nikkelallergie, daarom vergulde naalden. Risico's (allergische reactie, bloeding) en te verwachten spierpijn uitgelegd. Alternatief: manuele therapie of geen behandeling. Patiënt begrijpt het. Toestemming vastgelegd.",
      en: "7/9/2026. Contraindication screening: nickel allergy, so gold-coated needles. Explained risks (allergic reaction, bleeding) and the soreness to expect. Alternative: manual therapy or no treatment. Patient understands. Consent recorded.",
    },
  },
  {
    id: "cn-pregnant-thoracic",
    extras: ["pregnancy", "thoracic"],
    scenario: {
      nl: "Een zwangere patiënte (16 weken) met pijn bij de m. levator scapulae; behandeling in de thoracale regio.",
      en: "A pregnant patient (16 weeks) with pain at the levator scapulae; treatment in the thoracic region.",
    },
    modelNote: {
      nl: "30-10-2026. Gescreend op contra-indicaties. Besproken dat effecten op de zwangerschap niet onderzocht zijn. Risico's inclusief klaplong; bij benauwdheid meteen naar de spoedeisende hulp. Te verwachten reacties: spierpijn. Alternatieven: oefentherapie of afwachten. Begrip gecontroleerd in haar eigen woorden. Uitdrukkelijke toestemming van patiënte.",
      en: "30-10-2026. Screened for contraindications. Explained that effects on pregnancy have not been studied. Risks including a collapsed lung; with breathlessness go to the emergency department at once. Expected reactions: soreness. Alternatives: exercise therapy or watchful waiting. Understanding checked in her own words. Explicit consent from the patient.",
    },
  },
  {
    id: "cn-teenager-hamstrings",
    extras: [],
    scenario: {
      nl: "Een 17-jarige voetballer met hamstringklachten; hij komt met zijn moeder.",
      en: "A 17-year-old footballer with hamstring complaints, who comes with his mother.",
    },
    modelNote: {
      nl: "16-11-2026. Screening op contra-indicaties zonder bijzonderheden. Risico's (hematoom) en gevolgen (napijn) uitgelegd. Alternatieven: oefentherapie, of niet behandelen. Patiënt vatte het samen in eigen woorden en heeft het begrepen. Patiënt stemt in met de behandeling.",
      en: "16-11-2026. Screening for contraindications: nothing of note. Explained risks (haematoma) and consequences (soreness). Alternatives: exercise therapy, or not treating. Patient summarised it in his own words and understood. Patient consents to the treatment.",
    },
  },
];
