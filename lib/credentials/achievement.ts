import { getRecommendation } from "@/lib/recommendations/registry";

/**
 * What the thoracic authorisation certifies, as data. PNX-1 is the requirement being met (taught in an
 * accredited course, practised, tested); the techniques TECH-1..5 are the ones practised under
 * supervision; the other IDs are the knowledge the modules, quizzes and exam test.
 */
export const THORACIC_ACHIEVEMENT = {
  slug: "thoracic-dry-needling",
  recommendations: ["PNX-1", "PNX-2", "PNX-3", "PNX-4", "PNX-5", "PNX-6", "PNX-7", "TECH-1", "TECH-2", "TECH-3", "TECH-4", "TECH-5", "TECH-6", "TECH-7", "ALG-2", "ALG-3"],
  practisedTechniques: ["TECH-1", "TECH-2", "TECH-3", "TECH-4", "TECH-5"],
  name: {
    nl: "Bevoegd voor dry needling in de thoracale regio",
    en: "Authorised for dry needling in the thoracic region",
  },
  description: {
    nl: "De houder heeft de thoracale technieken geleerd in een geaccrediteerde cursus, ze onder supervisie geoefend en de toetsen gehaald, zoals de richtlijn vraagt (PNX-1).",
    en: "The holder learnt the thoracic techniques in an accredited course, practised them under supervision and passed the tests, as the guideline requires (PNX-1).",
  },
  criteria: {
    nl: "Modules M1–M7 afgerond en hun quizzen gehaald; thoracaal theorie-examen gehaald; 3D-praktijktoets gehaald; geoefende technieken afgetekend door een docent van een geaccrediteerde aanbieder.",
    en: "Modules M1–M7 completed and their quizzes passed; thoracic theory exam passed; 3D practical assessment passed; practised techniques signed off by an instructor of an accredited provider.",
  },
  guideline: {
    nl: "Richtlijn Veilige toepassing van dry needling",
    en: "Dutch guideline on the safe application of dry needling",
  },
} as const;

export function recommendationTitle(id: string, lang: "nl" | "en"): string {
  const rec = getRecommendation(id);
  if (!rec) throw new Error(`unknown recommendation ${id}`);
  return rec.title[lang];
}
