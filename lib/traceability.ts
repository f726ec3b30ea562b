/**
 * Where each recommendation is taught, tested and enforced — the traceability the guideline asks for.
 * "taught" comes from the module sections (lib/modules), "tested" from the question bank (lib/questions);
 * "enforced" from the 3D trainer's rule table (lib/trajectory RULES).
 */
import { RECOMMENDATIONS } from "@/lib/recommendations/registry";
import { sectionsTeaching } from "@/lib/modules";
import { itemsFor } from "@/lib/questions/bank";
import { RULES } from "@/lib/trajectory/rules";

export type TraceKind = "taught" | "tested" | "enforced";

export type TraceEntry =
  | { kind: "taught"; moduleSlug: string; moduleOrder: number; moduleTitle: { nl: string; en: string }; sectionId: string; sectionTitle: { nl: string; en: string } }
  | { kind: "tested"; itemId: string; module?: string; pools: string[] }
  | { kind: "enforced"; ruleId: string; label: { nl: string; en: string } };

/** A source of trace entries. `connected: false` means the feature behind it is not in this build yet. */
export type TraceSource = { kind: TraceKind; connected: boolean; collect: (recId: string) => TraceEntry[] };

const taughtSource: TraceSource = {
  kind: "taught",
  connected: true,
  collect: (recId) =>
    sectionsTeaching(recId).map((r) => ({
      kind: "taught",
      moduleSlug: r.moduleSlug,
      moduleOrder: r.moduleOrder,
      moduleTitle: r.moduleTitle,
      sectionId: r.section.id,
      sectionTitle: r.section.title,
    })),
};

/** Question-bank items that carry the recommendation ID (quiz and exam pools). */
const testedSource: TraceSource = {
  kind: "tested",
  connected: true,
  collect: (recId) => itemsFor({ recs: [recId] }).map((item) => ({ kind: "tested", itemId: item.id, module: item.module, pools: [...item.pools] })),
};
/** The 3D trainer's geometric rules, each named by the recommendation it checks. */
const enforcedSource: TraceSource = {
  kind: "enforced",
  connected: true,
  collect: (recId) => RULES.filter((rule) => rule.id === recId).map((rule) => ({ kind: "enforced", ruleId: rule.id, label: rule.title })),
};

/** Recommendations the server enforces outside the trainer: the thoracic authorisation (lib/authorisation). */
const AUTHORISATION_RULES: Record<string, { ruleId: string; label: { nl: string; en: string } }> = {
  "PNX-1": {
    ruleId: "AUTH-THORACIC",
    label: {
      nl: "Bevoegdheid thoraxregio: pas na modules, toetsen, examen, 3D-praktijktoets en afgetekende praktijk",
      en: "Thoracic authorisation: only after modules, quizzes, exam, 3D practical and signed-off practice",
    },
  },
  "ALG-3": {
    ruleId: "AUTH-VALIDITY",
    label: { nl: "Bevoegdheid verloopt (standaard na 3 jaar) en wordt vernieuwd met nascholing", en: "Authorisation expires (3 years by default) and is renewed through continuing education" },
  },
};
const authorisationSource: TraceSource = {
  kind: "enforced",
  connected: true,
  collect: (recId) => {
    const rule = AUTHORISATION_RULES[recId];
    return rule ? [{ kind: "enforced", ruleId: rule.ruleId, label: rule.label }] : [];
  },
};

export const TRACE_SOURCES: readonly TraceSource[] = [taughtSource, testedSource, enforcedSource, authorisationSource];

export type Trace = Record<TraceKind, { connected: boolean; entries: TraceEntry[] }>;

export function traceRecommendation(recId: string, sources: readonly TraceSource[] = TRACE_SOURCES): Trace {
  const out = { taught: { connected: false, entries: [] }, tested: { connected: false, entries: [] }, enforced: { connected: false, entries: [] } } as Trace;
  for (const s of sources) {
    out[s.kind].connected ||= s.connected;
    out[s.kind].entries.push(...s.collect(recId));
  }
  return out;
}

/** Every recommendation with its trace, in registry order. */
export function traceAll(sources: readonly TraceSource[] = TRACE_SOURCES) {
  return RECOMMENDATIONS.map((rec) => ({ rec, trace: traceRecommendation(rec.id, sources) }));
}
