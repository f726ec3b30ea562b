/**
 * Exercise (d): recognise a possible pneumothorax after needling in or near the thoracic region. The
 * symptom list follows the guideline (PNX-3 and its background): chest pain spreading to the shoulder,
 * the neck or between the shoulder blades; difficulty breathing; wheezing; a dry cough; fatigue;
 * disorientation — possibly only after the patient has left the practice. On suspicion the patient goes
 * to the emergency department at once; other reactions get aftercare and an explanation (CMP-5, CMP-6).
 */
import type { Localized } from "./types";

export const SYMPTOMS = {
  "chest-pain-radiating": { suggestive: true, label: { nl: "Pijn op de borst die uitstraalt naar schouder of nek", en: "Chest pain spreading to the shoulder or neck" } },
  "pain-between-shoulder-blades": { suggestive: true, label: { nl: "Pijn die uitstraalt tussen de schouderbladen", en: "Pain spreading between the shoulder blades" } },
  "breathing-difficulty": { suggestive: true, label: { nl: "Moeite met ademhalen, kortademig", en: "Difficulty breathing, short of breath" } },
  wheezing: { suggestive: true, label: { nl: "Piepende ademhaling", en: "Wheezing" } },
  "dry-cough": { suggestive: true, label: { nl: "Droge hoest", en: "Dry cough" } },
  fatigue: { suggestive: true, label: { nl: "Opvallend moe", en: "Unusually tired" } },
  disorientation: { suggestive: true, label: { nl: "Verward, gedesoriënteerd", en: "Confused, disoriented" } },
  "local-soreness": { suggestive: false, label: { nl: "Spierpijn op de insteekplek", en: "Muscle soreness at the insertion site" } },
  bruise: { suggestive: false, label: { nl: "Klein blauw plekje", en: "Small bruise" } },
  "stiff-neck": { suggestive: false, label: { nl: "Stijve nek bij draaien", en: "Stiff neck when turning" } },
  "pale-sweaty-recovered": { suggestive: false, label: { nl: "Bleek en zweterig tijdens het needlen, na liggen snel hersteld", en: "Pale and sweaty during needling, quickly recovered lying down" } },
  "mild-headache": { suggestive: false, label: { nl: "Lichte hoofdpijn", en: "Mild headache" } },
  "local-redness": { suggestive: false, label: { nl: "Rood puntje bij de insteekplek", en: "Small red spot at the insertion site" } },
} as const satisfies Record<string, { suggestive: boolean; label: Localized }>;
export type SymptomId = keyof typeof SYMPTOMS;

export const PNX_ACTIONS = ["emergency-now", "gp-in-a-few-days", "aftercare-and-explain"] as const;
export type PnxAction = (typeof PNX_ACTIONS)[number];

export type PnxCase = { id: string; story: Localized; observations: SymptomId[] };

export function suggestiveSigns(observations: readonly SymptomId[]): SymptomId[] {
  return observations.filter((s) => SYMPTOMS[s].suggestive);
}

/** Any suggestive sign after thoracic needling is enough: the patient goes to the emergency department now. */
export function expectedPnxAction(observations: readonly SymptomId[]): PnxAction {
  return suggestiveSigns(observations).length > 0 ? "emergency-now" : "aftercare-and-explain";
}

export type PnxAnswer = { flagged: SymptomId[]; action: PnxAction | null };
export type PnxFeedback = {
  correct: boolean;
  actionCorrect: boolean;
  expectedAction: PnxAction;
  suggestive: SymptomId[];
  missed: SymptomId[];
  wronglyFlagged: SymptomId[];
  recs: string[];
};

export function checkPnxAnswer(c: PnxCase, answer: PnxAnswer): PnxFeedback {
  const suggestive = suggestiveSigns(c.observations);
  const expectedAction = expectedPnxAction(c.observations);
  const flagged = new Set(answer.flagged);
  const missed = suggestive.filter((s) => !flagged.has(s));
  const wronglyFlagged = c.observations.filter((s) => flagged.has(s) && !SYMPTOMS[s].suggestive);
  const actionCorrect = answer.action === expectedAction;
  const recs = expectedAction === "emergency-now" ? ["PNX-3"] : c.observations.includes("pale-sweaty-recovered") ? ["PNX-3", "CMP-5", "CMP-6"] : ["PNX-3", "CMP-6"];
  return { correct: actionCorrect && missed.length === 0 && wronglyFlagged.length === 0, actionCorrect, expectedAction, suggestive, missed, wronglyFlagged, recs };
}

export const PNX_CASES: readonly PnxCase[] = [
  {
    id: "px-rhomboids-evening",
    story: {
      nl: "Je hebt vanmiddag de rhomboïden rechts genaald. Om acht uur 's avonds belt de patiënt: hij heeft een stekende pijn tussen de schouderbladen en raakt buiten adem als hij de trap op loopt.",
      en: "This afternoon you needled the right rhomboids. At eight in the evening the patient phones: he has a stabbing pain between the shoulder blades and gets out of breath climbing the stairs.",
    },
    observations: ["local-soreness", "pain-between-shoulder-blades", "breathing-difficulty"],
  },
  {
    id: "px-trapezius-next-day",
    story: {
      nl: "Een dag na het needlen van de bovenste trapezius met de pincetgreep vertelt de patiënte dat de spier beurs aanvoelt en er een klein blauw plekje zit. Ademhalen gaat normaal.",
      en: "A day after you needled the upper trapezius with the pincer grip, the patient says the muscle feels tender and there is a small bruise. Her breathing is normal.",
    },
    observations: ["local-soreness", "bruise"],
  },
  {
    id: "px-pectoralis-cough",
    story: {
      nl: "Na een behandeling van de m. pectoralis major krijgt een patiënt thuis een droge kriebelhoest en pijn op de borst die naar de schouder trekt.",
      en: "After treatment of the pectoralis major a patient develops a dry, tickly cough at home and chest pain that pulls toward the shoulder.",
    },
    observations: ["dry-cough", "chest-pain-radiating"],
  },
  {
    id: "px-iliocostalis-vasovagal",
    story: {
      nl: "Tijdens het needlen van de m. iliocostalis op T6 wordt de liggende patiënt bleek en zweterig. Je stopt; na drie minuten liggen is hij weer de oude. Hij ademt rustig en heeft geen pijn op de borst.",
      en: "While you needle the iliocostalis at T6 the patient, lying down, turns pale and sweaty. You stop; after three minutes lying still he is himself again. He breathes calmly and has no chest pain.",
    },
    observations: ["pale-sweaty-recovered"],
  },
  {
    id: "px-lower-trapezius-wheeze",
    story: {
      nl: "Een half uur na het needlen van de onderste trapezius zit de patiënte in de wachtkamer. Je hoort haar piepend ademen en ze lijkt niet goed te weten waar ze is.",
      en: "Half an hour after you needled the lower trapezius, the patient is sitting in the waiting room. You hear her wheezing and she does not seem to know where she is.",
    },
    observations: ["wheezing", "disorientation"],
  },
  {
    id: "px-infraspinatus-stiff",
    story: {
      nl: "Na het needlen van de m. infraspinatus heeft de patiënt een zeurende spierpijn op de plek van de naald en een rood puntje op de huid. Verder voelt hij zich goed.",
      en: "After needling of the infraspinatus the patient has a nagging muscle ache where the needle went in and a small red spot on the skin. Otherwise he feels well.",
    },
    observations: ["local-soreness", "local-redness"],
  },
  {
    id: "px-serratus-morning",
    story: {
      nl: "De ochtend na het needlen van de m. serratus anterior is de patiënte doodmoe en moet ze halverwege de trap stoppen omdat ze geen lucht krijgt. Ook de insteekplek is wat gevoelig.",
      en: "The morning after you needled the serratus anterior the patient is exhausted and has to stop halfway up the stairs because she cannot get enough air. The insertion site is a little tender too.",
    },
    observations: ["local-soreness", "fatigue", "breathing-difficulty"],
  },
  {
    id: "px-levator-headache",
    story: {
      nl: "Na het needlen van de m. levator scapulae, met een opgerolde handdoek onder de schouder, heeft de patiënt een stijve nek en lichte hoofdpijn. Ademen gaat zonder moeite.",
      en: "After needling of the levator scapulae, with a rolled towel under the shoulder, the patient has a stiff neck and a mild headache. Breathing is effortless.",
    },
    observations: ["stiff-neck", "mild-headache"],
  },
  {
    id: "px-scalenes-neck",
    story: {
      nl: "Na een behandeling van de mm. scaleni belt de patiënt: pijn op de borst die naar de nek uitstraalt, en ze voelt zich kortademig. De nek is ook wat stijf.",
      en: "After treatment of the scalenes the patient phones: chest pain spreading into the neck, and she feels short of breath. Her neck is also a bit stiff.",
    },
    observations: ["stiff-neck", "chest-pain-radiating", "breathing-difficulty"],
  },
];
