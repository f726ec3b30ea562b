/**
 * The question bank's content model (issue 4). Items live as JSON in content/questions/<chapter>.json and
 * are validated here, so a broken key, an unknown recommendation ID or a hotspot outside its figure fails
 * the tests and the build instead of a participant's exam.
 */
import { z } from "zod";
import { isRecommendationId } from "@/lib/recommendations/registry";

// The eight module slugs are defined once, with the modules: progress and attempts are keyed on them.
import { MODULE_SLUGS, type ModuleSlug } from "@/lib/modules/schema";
export { MODULE_SLUGS, type ModuleSlug };

/** Bank files, one per chapter of the guideline plus the case study. */
export const BANK_CHAPTERS = ["alg", "tst", "cmp", "neu", "inf", "pnx", "tech", "case"] as const;
export type BankChapter = (typeof BANK_CHAPTERS)[number];

export const ITEM_TYPES = ["single", "multiple", "truefalse", "numeric", "ordering", "hotspot"] as const;
export type ItemType = (typeof ITEM_TYPES)[number];

export const POOLS = ["quiz", "exam"] as const;
export type Pool = (typeof POOLS)[number];

/** Units a numeric item may ask for, with their display labels (the UI shows them next to the input). */
export const UNIT_LABELS = {
  "°": { nl: "°", en: "°" },
  mm: { nl: "mm", en: "mm" },
  cm: { nl: "cm", en: "cm" },
  "%": { nl: "%", en: "%" },
  "working days": { nl: "werkdagen", en: "working days" },
  weeks: { nl: "weken", en: "weeks" },
  months: { nl: "maanden", en: "months" },
  year: { nl: "jaar", en: "year" },
  count: { nl: "aantal", en: "number" },
  "per 10,000": { nl: "per 10.000", en: "per 10,000" },
  mmHg: { nl: "mmHg", en: "mmHg" },
  VAS: { nl: "punten (VAS 0–100)", en: "points (VAS 0–100)" },
} as const;
export type Unit = keyof typeof UNIT_LABELS;
const UNITS = Object.keys(UNIT_LABELS) as [Unit, ...Unit[]];

/** Every hotspot figure is drawn in this coordinate system. */
export const FIGURE_VIEWBOX = { width: 400, height: 500 } as const;

const text = z.string().trim().min(1, "text must not be empty");
export const localizedSchema = z.strictObject({ nl: text, en: text });
export type Localized = z.infer<typeof localizedSchema>;

const optionId = z.string().regex(/^[a-z]$/, "option ids are single lowercase letters (a, b, c …)");
export const optionSchema = z.strictObject({ id: optionId, text: localizedSchema });
export type Option = z.infer<typeof optionSchema>;

const recommendationId = z
  .string()
  .refine(isRecommendationId, { error: (issue) => `unknown recommendation ID "${String(issue.input)}"` });

const baseFields = {
  id: z.string().regex(/^[a-z]+-\d{3}$/, 'item ids look like "tst-003"'),
  recs: z.array(recommendationId).min(1, "an item tests at least one recommendation"),
  module: z.enum(MODULE_SLUGS),
  difficulty: z.union([z.literal(1), z.literal(2), z.literal(3)]),
  pools: z.array(z.enum(POOLS)).min(1, "an item belongs to at least one pool"),
  caseId: z
    .string()
    .regex(/^case-[a-z0-9-]+$/, 'case ids look like "case-…"')
    .optional(),
  stem: localizedSchema,
  explanation: localizedSchema,
};

const options = z.array(optionSchema).min(2, "at least two options");

export const singleItemSchema = z.strictObject({
  ...baseFields,
  type: z.literal("single"),
  options,
  key: optionId,
});
export const multipleItemSchema = z.strictObject({
  ...baseFields,
  type: z.literal("multiple"),
  options,
  key: z.array(optionId).min(1, "at least one correct option"),
});
export const truefalseItemSchema = z.strictObject({
  ...baseFields,
  type: z.literal("truefalse"),
  key: z.boolean(),
});
export const numericItemSchema = z.strictObject({
  ...baseFields,
  type: z.literal("numeric"),
  unit: z.enum(UNITS),
  key: z.strictObject({
    value: z.number().finite(),
    tolerance: z.number().finite().min(0, "tolerance must be ≥ 0"),
  }),
});
export const orderingItemSchema = z.strictObject({
  ...baseFields,
  type: z.literal("ordering"),
  options: z.array(optionSchema).min(3, "ordering needs at least three steps"),
  key: z.array(optionId),
});

const coordinate = z.number().finite();
export const regionSchema = z.discriminatedUnion("shape", [
  z.strictObject({
    id: z.string().regex(/^r\d+$/, 'region ids look like "r1"'),
    shape: z.literal("circle"),
    cx: coordinate,
    cy: coordinate,
    r: z.number().finite().positive(),
  }),
  z.strictObject({
    id: z.string().regex(/^r\d+$/, 'region ids look like "r1"'),
    shape: z.literal("rect"),
    x: coordinate,
    y: coordinate,
    w: z.number().finite().positive(),
    h: z.number().finite().positive(),
  }),
]);
export type Region = z.infer<typeof regionSchema>;

export const hotspotItemSchema = z.strictObject({
  ...baseFields,
  type: z.literal("hotspot"),
  figure: z.string().regex(/^[a-z0-9-]+$/, "figure ids are lowercase words joined by hyphens"),
  regions: z.array(regionSchema).min(1, "a hotspot item needs at least one region"),
  key: z.array(z.string()).min(1, "at least one key region"),
});

/** Option texts that give the answer away or hide it; the brief forbids them. */
const LAZY_OPTION = /\b(all|none) of the above\b|\b(alle|geen van de) (bovenstaande|bovengenoemde)\b/i;

function duplicates(values: readonly string[]): string[] {
  return [...new Set(values.filter((v, i) => values.indexOf(v) !== i))];
}

export function regionInsideViewBox(region: Region): boolean {
  const { width, height } = FIGURE_VIEWBOX;
  if (region.shape === "circle") {
    return region.cx - region.r >= 0 && region.cy - region.r >= 0 && region.cx + region.r <= width && region.cy + region.r <= height;
  }
  return region.x >= 0 && region.y >= 0 && region.x + region.w <= width && region.y + region.h <= height;
}

/** True when (x, y) in figure coordinates lies inside the region (edges count as inside). */
export function pointInRegion(region: Region, x: number, y: number): boolean {
  if (region.shape === "circle") return (x - region.cx) ** 2 + (y - region.cy) ** 2 <= region.r ** 2;
  return x >= region.x && x <= region.x + region.w && y >= region.y && y <= region.y + region.h;
}

export const itemSchema = z
  .discriminatedUnion("type", [
    singleItemSchema,
    multipleItemSchema,
    truefalseItemSchema,
    numericItemSchema,
    orderingItemSchema,
    hotspotItemSchema,
  ])
  .superRefine((item, ctx) => {
    for (const rec of duplicates(item.recs)) ctx.addIssue({ code: "custom", path: ["recs"], message: `recommendation "${rec}" listed twice` });
    for (const pool of duplicates(item.pools)) ctx.addIssue({ code: "custom", path: ["pools"], message: `pool "${pool}" listed twice` });

    if (item.type === "single" || item.type === "multiple" || item.type === "ordering") {
      const ids = item.options.map((o) => o.id);
      for (const id of duplicates(ids)) ctx.addIssue({ code: "custom", path: ["options"], message: `option id "${id}" used twice` });
      item.options.forEach((o, i) => {
        for (const lang of ["nl", "en"] as const) {
          if (LAZY_OPTION.test(o.text[lang])) {
            ctx.addIssue({ code: "custom", path: ["options", i, "text", lang], message: `"${o.text[lang]}": write a real option instead` });
          }
        }
      });
      const known = `(${ids.join(", ")})`;
      if (item.type === "single") {
        if (!ids.includes(item.key)) ctx.addIssue({ code: "custom", path: ["key"], message: `key "${item.key}" is not one of the option ids ${known}` });
      } else if (item.type === "multiple") {
        item.key.forEach((k, i) => {
          if (!ids.includes(k)) ctx.addIssue({ code: "custom", path: ["key", i], message: `key "${k}" is not one of the option ids ${known}` });
        });
        for (const k of duplicates(item.key)) ctx.addIssue({ code: "custom", path: ["key"], message: `key "${k}" listed twice` });
        if (new Set(item.key).size >= ids.length) {
          ctx.addIssue({ code: "custom", path: ["key"], message: "a multiple-response item needs at least one wrong option" });
        }
      } else {
        const sortedKey = [...item.key].sort().join(",");
        const sortedIds = [...ids].sort().join(",");
        if (item.key.length !== ids.length || sortedKey !== sortedIds) {
          ctx.addIssue({
            code: "custom",
            path: ["key"],
            message: `ordering key [${item.key.join(", ")}] must be a permutation of the option ids ${known}`,
          });
        }
      }
    }

    if (item.type === "hotspot") {
      const ids = item.regions.map((r) => r.id);
      for (const id of duplicates(ids)) ctx.addIssue({ code: "custom", path: ["regions"], message: `region id "${id}" used twice` });
      item.regions.forEach((region, i) => {
        if (!regionInsideViewBox(region)) {
          ctx.addIssue({
            code: "custom",
            path: ["regions", i],
            message: `region "${region.id}" lies (partly) outside the figure's viewBox 0 0 ${FIGURE_VIEWBOX.width} ${FIGURE_VIEWBOX.height}`,
          });
        }
      });
      item.key.forEach((k, i) => {
        if (!ids.includes(k)) ctx.addIssue({ code: "custom", path: ["key", i], message: `key region "${k}" is not one of the regions (${ids.join(", ")})` });
      });
      for (const k of duplicates(item.key)) ctx.addIssue({ code: "custom", path: ["key"], message: `key region "${k}" listed twice` });
    }
  });

export type Item = z.infer<typeof itemSchema>;
export type SingleItem = Extract<Item, { type: "single" }>;
export type MultipleItem = Extract<Item, { type: "multiple" }>;
export type TrueFalseItem = Extract<Item, { type: "truefalse" }>;
export type NumericItem = Extract<Item, { type: "numeric" }>;
export type OrderingItem = Extract<Item, { type: "ordering" }>;
export type HotspotItem = Extract<Item, { type: "hotspot" }>;

export const caseSchema = z.strictObject({
  id: z.string().regex(/^case-[a-z0-9-]+$/, 'case ids look like "case-…"'),
  scenario: localizedSchema,
});
export type Case = z.infer<typeof caseSchema>;

export const bankFileSchema = z
  .strictObject({
    cases: z.array(caseSchema),
    items: z.array(itemSchema),
  })
  .superRefine((file, ctx) => {
    const caseIds = file.cases.map((c) => c.id);
    for (const id of duplicates(caseIds)) ctx.addIssue({ code: "custom", path: ["cases"], message: `case id "${id}" used twice` });
    const itemIds = file.items.map((i) => i.id);
    for (const id of duplicates(itemIds)) ctx.addIssue({ code: "custom", path: ["items"], message: `item id "${id}" used twice` });
  });
export type BankFile = z.infer<typeof bankFileSchema>;

export type Locale = "nl" | "en";
