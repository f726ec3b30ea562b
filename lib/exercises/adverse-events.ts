/**
 * Exercise (a): classify an adverse event after dry needling with the Wkkgz terms and work out the
 * reporting duty. The rules are data from the guideline's general chapter:
 * - the frequency table (data after Brady 2014) gives each kind of event its usual class;
 * - care that fell short (a visible vessel punctured, a contraindication ignored) makes it at least an
 *   incident, even without harm;
 * - serious or fatal harm makes it a calamity;
 * - only a calamity goes to the IGJ, within three working days (ALG-5); inside a care institution an
 *   incident or calamity also goes through the institution's VIM procedure (ALG-4).
 */
import type { Localized } from "./types";
import { addWorkingDays } from "./working-days";

export type EventClass = "complication" | "incident" | "calamity";
export type FrequencyBand = "<0.01%" | "0.01-0.1%" | "0.1-1%" | "1-10%";

/** Rows of the frequency table used in the exercise (only items whose column is unambiguous in the source). */
export const EVENT_TABLE = {
  bleeding: { cls: "complication", band: "1-10%", label: { nl: "bloeding", en: "bleeding" } },
  haematoma: { cls: "complication", band: "1-10%", label: { nl: "hematoom", en: "haematoma" } },
  "local-pain": { cls: "complication", band: "1-10%", label: { nl: "lokale pijn", en: "local pain" } },
  "local-swelling": { cls: "complication", band: "1-10%", label: { nl: "lokale zwelling", en: "local swelling" } },
  dizziness: { cls: "incident", band: "0.1-1%", label: { nl: "duizeligheid", en: "dizziness" } },
  "severe-pain-during": { cls: "incident", band: "0.1-1%", label: { nl: "hevige pijn tijdens het needlen", en: "severe pain during needling" } },
  headache: { cls: "incident", band: "0.1-1%", label: { nl: "hoofdpijn", en: "headache" } },
  vomiting: { cls: "incident", band: "0.1-1%", label: { nl: "braken", en: "vomiting" } },
  "breathing-problems": { cls: "incident", band: "0.01-0.1%", label: { nl: "ademhalingsproblemen", en: "breathing problems" } },
  "loss-of-consciousness": { cls: "incident", band: "0.01-0.1%", label: { nl: "bewustzijnsverlies", en: "loss of consciousness" } },
  "blood-pressure-swings": { cls: "incident", band: "0.01-0.1%", label: { nl: "schommelende bloeddruk", en: "blood-pressure swings" } },
  "organ-puncture": { cls: "calamity", band: "<0.01%", label: { nl: "een orgaan aangeprikt", en: "an organ punctured" } },
  "needle-breaks": { cls: "calamity", band: "<0.01%", label: { nl: "afgebroken naald", en: "broken needle" } },
  disorientation: { cls: "calamity", band: "<0.01%", label: { nl: "desoriëntatie", en: "disorientation" } },
  pneumothorax: { cls: "calamity", band: "<0.01%", label: { nl: "pneumothorax", en: "pneumothorax" } },
  sepsis: { cls: "calamity", band: "<0.01%", label: { nl: "sepsis", en: "sepsis" } },
} as const satisfies Record<string, { cls: EventClass; band: FrequencyBand; label: Localized }>;
export type EventKind = keyof typeof EVENT_TABLE;

export type EventFacts = {
  kind: EventKind;
  /** false when the care itself fell short: a visible or palpable vessel hit, a contraindication overlooked … */
  careAsIntended: boolean;
  harm: "none" | "mild" | "serious" | "fatal";
  setting: "own-practice" | "institution";
  /** ISO date the event occurred (for the IGJ deadline) */
  occurredOn: string;
};

export type IgjDeadline = "none" | "24-hours" | "3-working-days" | "6-weeks";
export type EventAnswer = { cls: EventClass | null; igj: IgjDeadline | null; vim: boolean | null };
export type ExpectedEventOutcome = { cls: EventClass; igj: IgjDeadline; igjDueBy: string | null; vim: boolean; recs: string[] };

const RANK: Record<EventClass, number> = { complication: 0, incident: 1, calamity: 2 };
const maxClass = (a: EventClass, b: EventClass): EventClass => (RANK[a] >= RANK[b] ? a : b);

export function classifyEvent(f: Pick<EventFacts, "kind" | "careAsIntended" | "harm">): EventClass {
  let cls: EventClass = EVENT_TABLE[f.kind].cls;
  if (!f.careAsIntended) cls = maxClass(cls, "incident");
  if (f.harm === "serious" || f.harm === "fatal") cls = "calamity";
  return cls;
}

export function expectedOutcome(f: EventFacts): ExpectedEventOutcome {
  const cls = classifyEvent(f);
  const igj: IgjDeadline = cls === "calamity" ? "3-working-days" : "none";
  const vim = f.setting === "institution" && cls !== "complication";
  const recs = ["ALG-5", ...(f.setting === "institution" ? ["ALG-4"] : [])];
  return { cls, igj, igjDueBy: igj === "3-working-days" ? addWorkingDays(f.occurredOn, 3) : null, vim, recs };
}

export type EventFeedback = {
  correct: boolean;
  expected: ExpectedEventOutcome;
  parts: { cls: boolean; igj: boolean; vim: boolean };
};

export function checkEventAnswer(f: EventFacts, answer: EventAnswer): EventFeedback {
  const expected = expectedOutcome(f);
  const parts = { cls: answer.cls === expected.cls, igj: answer.igj === expected.igj, vim: answer.vim === expected.vim };
  return { correct: parts.cls && parts.igj && parts.vim, expected, parts };
}

export type EventCase = { id: string; facts: EventFacts; story: Localized; why: Localized };

export const EVENT_CASES: readonly EventCase[] = [
  {
    id: "ev-bruise-trapezius",
    facts: { kind: "haematoma", careAsIntended: true, harm: "mild", setting: "own-practice", occurredOn: "2026-03-02" },
    story: {
      nl: "In je eigen praktijk behandel je de bovenste trapezius met de pincetgreep. Je voelde en zag geen bloedvat. De volgende dag belt de patiënt: er zit een blauwe plek van een paar centimeter die niet verder pijn doet.",
      en: "In your own practice you treat the upper trapezius using the pincer grip. You neither felt nor saw a vessel. Next day the patient phones: there is a bruise a few centimetres wide that causes no further pain.",
    },
    why: {
      nl: "Een hematoom staat in de kolom 'gebruikelijk en minimaal' (1–10%). Je werkte volgens de regels en een onzichtbaar vat is geraakt: een complicatie. Geen meldplicht.",
      en: "A haematoma sits in the 'usual and minimal' column (1–10%). You worked by the book and hit a vessel you could not see: a complication. No duty to report.",
    },
  },
  {
    id: "ev-visible-vein-hospital",
    facts: { kind: "bleeding", careAsIntended: false, harm: "mild", setting: "institution", occurredOn: "2026-03-04" },
    story: {
      nl: "Op de fysiotherapieafdeling van een ziekenhuis prikt een collega in de onderarm vlak naast een duidelijk zichtbare ader en raakt die. Het bloedt even; na stevig afdrukken stopt het. De patiënt houdt er niets aan over.",
      en: "In a hospital's physiotherapy department a colleague needles the forearm right next to a clearly visible vein and hits it. It bleeds for a moment and stops after firm pressure. The patient is left with no harm.",
    },
    why: {
      nl: "Een zichtbaar vat aanprikken is zorg die tekortschoot: een incident, ook zonder blijvende schade. Geen IGJ-melding, maar binnen een instelling wel via de VIM.",
      en: "Hitting a visible vessel is care that fell short: an incident, even without lasting harm. No IGJ report, but inside an institution it goes through the VIM.",
    },
  },
  {
    id: "ev-pneumothorax-practice",
    facts: { kind: "pneumothorax", careAsIntended: true, harm: "serious", setting: "own-practice", occurredOn: "2026-03-12" },
    story: {
      nl: "Donderdag 12 maart needle je in je eigen praktijk de rhomboïden. 's Avonds wordt de patiënt kortademig en op de SEH blijkt er een klaplong; hij krijgt een thoraxdrain en wordt opgenomen.",
      en: "On Thursday 12 March you needle the rhomboids in your own practice. That evening the patient grows short of breath; the emergency department finds a collapsed lung, fits a chest drain and admits him.",
    },
    why: {
      nl: "Een pneumothorax met opname is ernstige schade: een calamiteit. Melden bij de IGJ binnen drie werkdagen (ALG-5). Er is geen instelling, dus geen VIM.",
      en: "A pneumothorax needing admission is serious harm: a calamity. Report to the IGJ within three working days (ALG-5). There is no institution, so no VIM.",
    },
  },
  {
    id: "ev-dizzy-rehab",
    facts: { kind: "dizziness", careAsIntended: true, harm: "mild", setting: "institution", occurredOn: "2026-04-07" },
    story: {
      nl: "In een revalidatiecentrum wordt een liggende patiënt tijdens de eerste behandeling duizelig en bleek. Je stopt, laat hem liggen en na vijf minuten is hij weer helemaal in orde.",
      en: "In a rehabilitation centre a patient lying on the table turns dizzy and pale during the first session. You stop, keep him lying down, and after five minutes he is completely fine again.",
    },
    why: {
      nl: "Duizeligheid staat in de kolom 'ongebruikelijk en mild' (0,1–1%): een incident. Niet naar de IGJ, wel via de VIM omdat het in een instelling gebeurde.",
      en: "Dizziness sits in the 'unusual and mild' column (0.1–1%): an incident. Not for the IGJ, but through the VIM because it happened in an institution.",
    },
  },
  {
    id: "ev-broken-needle",
    facts: { kind: "needle-breaks", careAsIntended: true, harm: "serious", setting: "own-practice", occurredOn: "2026-05-15" },
    story: {
      nl: "Vrijdag 15 mei breekt in je praktijk een naald af in de bilspier. Het stukje blijft achter en moet in het ziekenhuis operatief worden verwijderd.",
      en: "On Friday 15 May a needle breaks off in the gluteal muscle in your practice. The fragment stays behind and has to be removed surgically in hospital.",
    },
    why: {
      nl: "Een afgebroken naald hoort bij de zeer zeldzame, ernstige gebeurtenissen (< 0,01%): een calamiteit. Melden bij de IGJ binnen drie werkdagen; een weekend telt niet mee.",
      en: "A broken needle belongs to the very rare, serious events (< 0.01%): a calamity. Report to the IGJ within three working days; a weekend does not count.",
    },
  },
  {
    id: "ev-headache-practice",
    facts: { kind: "headache", careAsIntended: true, harm: "mild", setting: "own-practice", occurredOn: "2026-02-10" },
    story: {
      nl: "Na het needlen van de nekmusculatuur in je eigen praktijk krijgt een patiënte hoofdpijn die de rest van de middag aanhoudt en daarna vanzelf verdwijnt.",
      en: "After you needle the neck muscles in your own practice, a patient develops a headache that lasts the rest of the afternoon and then clears by itself.",
    },
    why: {
      nl: "Hoofdpijn staat bij 'ongebruikelijk en mild' (0,1–1%): een incident. Geen IGJ-melding, en zonder instelling ook geen VIM.",
      en: "Headache is listed as 'unusual and mild' (0.1–1%): an incident. No IGJ report, and with no institution no VIM either.",
    },
  },
  {
    id: "ev-lymphoedema-nursing-home",
    facts: { kind: "local-pain", careAsIntended: false, harm: "none", setting: "institution", occurredOn: "2026-06-03" },
    story: {
      nl: "In een verpleeghuis blijkt achteraf dat een bewoner is genaald in een arm met lymfoedeem; dat stond in het dossier maar was over het hoofd gezien. Er ontstaat geen infectie of andere schade.",
      en: "In a nursing home it turns out afterwards that a resident was needled in an arm with lymphoedema; the record said so but it was overlooked. No infection or other harm follows.",
    },
    why: {
      nl: "Needlen ondanks een contra-indicatie (INF-4) is zorg die tekortschoot: een incident, ook zonder schade. Melden via de VIM van het verpleeghuis, niet bij de IGJ.",
      en: "Needling despite a contraindication (INF-4) is care that fell short: an incident, even without harm. Report through the nursing home's VIM, not to the IGJ.",
    },
  },
  {
    id: "ev-sepsis-hospital",
    facts: { kind: "sepsis", careAsIntended: true, harm: "serious", setting: "institution", occurredOn: "2026-09-24" },
    story: {
      nl: "Donderdag 24 september krijgt een patiënt van de poliklinische fysiotherapie van een ziekenhuis twee dagen na dry needling koorts en rillingen; het blijkt een sepsis en hij komt op de intensive care.",
      en: "On Thursday 24 September a patient of a hospital's outpatient physiotherapy develops fever and shivering two days after dry needling; it proves to be sepsis and he is admitted to intensive care.",
    },
    why: {
      nl: "Sepsis is ernstige schade: een calamiteit. Melden bij de IGJ binnen drie werkdagen (ALG-5) én via de VIM van het ziekenhuis (ALG-4).",
      en: "Sepsis is serious harm: a calamity. Report to the IGJ within three working days (ALG-5) and through the hospital's VIM (ALG-4).",
    },
  },
  {
    id: "ev-sore-next-day",
    facts: { kind: "local-pain", careAsIntended: true, harm: "mild", setting: "own-practice", occurredOn: "2026-01-20" },
    story: {
      nl: "Een dag na het needlen van de kuit meldt de patiënt spierpijn op de insteekplek, zoals je vooraf had verteld. Met warmte en rekken is het na twee dagen over.",
      en: "A day after you needle the calf, the patient reports muscle soreness at the insertion site, as you had told him beforehand. With heat and stretching it is gone after two days.",
    },
    why: {
      nl: "Lokale pijn is gebruikelijk en minimaal (1–10%): een complicatie, zonder meldplicht.",
      en: "Local pain is usual and minimal (1–10%): a complication, with no duty to report.",
    },
  },
  {
    id: "ev-faint-practice",
    facts: { kind: "loss-of-consciousness", careAsIntended: true, harm: "mild", setting: "own-practice", occurredOn: "2026-10-08" },
    story: {
      nl: "Een liggende patiënt verliest in je praktijk een paar seconden het bewustzijn tijdens het needlen. Je stopt direct; hij komt snel bij, drinkt wat en fietst een half uur later zelf naar huis.",
      en: "A patient lying on your table loses consciousness for a few seconds during needling. You stop at once; he comes round quickly, has a drink and cycles home himself half an hour later.",
    },
    why: {
      nl: "Bewustzijnsverlies staat bij 'zelden en mild' (0,01–0,1%): een incident zonder ernstige schade. Geen IGJ, geen instelling dus geen VIM.",
      en: "Loss of consciousness is listed as 'rare and mild' (0.01–0.1%): an incident without serious harm. No IGJ, no institution, so no VIM.",
    },
  },
];
