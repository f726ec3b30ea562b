import { z } from "zod";
import { isRecommendationId } from "@/lib/recommendations/registry";

/** The eight module slugs fixed in the team brief (content/modules/<slug>/{nl,en}.mdx). */
export const MODULE_SLUGS = [
  "m1-dry-needling-and-risks",
  "m2-informed-consent",
  "m3-preventing-complications",
  "m4-preventing-neurogenic-injury",
  "m5-preventing-infection",
  "m6-preventing-pneumothorax",
  "m7-thoracic-techniques",
  "m8-case-low-back-pain",
] as const;
export type ModuleSlug = (typeof MODULE_SLUGS)[number];
export const CONTENT_LOCALES = ["nl", "en"] as const;
export type ContentLocale = (typeof CONTENT_LOCALES)[number];

export const EXERCISE_KINDS = ["event-classifier", "contraindication-screening", "consent-note", "pneumothorax-symptoms"] as const;
export type ExerciseKind = (typeof EXERCISE_KINDS)[number];

const recId = z.string().refine(isRecommendationId, { message: "unknown recommendation ID" });

export const referenceSchema = z.object({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/i, "reference ids are short tokens like r1"),
  text: z.string().min(5),
  url: z.string().url().optional(),
});

/** `export const meta = {…}` at the top of every module MDX file. */
export const moduleMetaSchema = z
  .object({
    title: z.string().min(3),
    summary: z.string().min(10),
    order: z.number().int().min(1).max(99),
    minutes: z.number().int().min(1).max(600),
    recommendations: z.array(recId),
    references: z.array(referenceSchema).default([]),
  })
  .superRefine((meta, ctx) => {
    const seen = new Set<string>();
    for (const [i, ref] of meta.references.entries()) {
      if (seen.has(ref.id)) ctx.addIssue({ code: "custom", path: ["references", i, "id"], message: `duplicate reference id ${ref.id}` });
      seen.add(ref.id);
    }
  });
export type ModuleMeta = z.infer<typeof moduleMetaSchema>;
export type Reference = z.infer<typeof referenceSchema>;

export const sectionIdSchema = z.string().regex(/^m\d+-[a-z0-9]+(?:-[a-z0-9]+)*$/, "section ids look like m2-what-to-tell");
