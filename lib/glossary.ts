/**
 * The glossary (content/glossary.json): Dutch, English and, where one exists, the Latin name.
 * Validated with zod when read; the search folds case and accents and looks in every language.
 */
import fs from "node:fs";
import path from "node:path";
import { z } from "zod";

export const glossaryEntrySchema = z.object({
  id: z.string().min(1),
  nl: z.string().min(1),
  en: z.string().min(1),
  latin: z.string().min(1).nullable(),
  definition: z.object({ nl: z.string().min(1), en: z.string().min(1) }),
});
export const glossarySchema = z.array(glossaryEntrySchema).superRefine((entries, ctx) => {
  const seen = new Set<string>();
  entries.forEach((e, i) => {
    if (seen.has(e.id)) ctx.addIssue({ code: "custom", path: [i, "id"], message: `duplicate glossary id ${e.id}` });
    seen.add(e.id);
  });
});
export type GlossaryEntry = z.infer<typeof glossaryEntrySchema>;

export const GLOSSARY_FILE = path.join(/*turbopackIgnore: true*/ process.cwd(), "content", "glossary.json");

/** The entries, or null when the file does not exist yet. Throws with the zod issues when it is invalid. */
export function loadGlossary(file = GLOSSARY_FILE): GlossaryEntry[] | null {
  if (!fs.existsSync(/*turbopackIgnore: true*/ file)) return null;
  const parsed = glossarySchema.safeParse(JSON.parse(fs.readFileSync(/*turbopackIgnore: true*/ file, "utf8")));
  if (!parsed.success) throw new Error(`content/glossary.json is invalid: ${parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`);
  return parsed.data;
}

const fold = (s: string) => s.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();

/** Entries whose term (any language) or definition contains every word of the query; sorted by the locale's term. */
export function searchGlossary(entries: readonly GlossaryEntry[], query: string, locale: "nl" | "en"): GlossaryEntry[] {
  const words = fold(query).split(/\s+/).filter(Boolean);
  const matches = entries.filter((e) => {
    const hay = fold([e.nl, e.en, e.latin ?? "", e.definition.nl, e.definition.en].join(" "));
    return words.every((w) => hay.includes(w));
  });
  // Term hits before definition-only hits.
  const termHit = (e: GlossaryEntry) => words.every((w) => fold([e.nl, e.en, e.latin ?? ""].join(" ")).includes(w));
  return matches.sort((a, b) => Number(termHit(b)) - Number(termHit(a)) || a[locale].localeCompare(b[locale], locale));
}
