import { describe, expect, it } from "vitest";
import { bankFileSchema, itemSchema, pointInRegion } from "@/lib/questions/schema";

const base = {
  recs: ["PNX-7"],
  module: "m6-preventing-pneumothorax",
  difficulty: 2,
  pools: ["quiz", "exam"],
  stem: { nl: "Vraag", en: "Question" },
  explanation: { nl: "Omdat PNX-7.", en: "Because of PNX-7." },
};
const options = ["a", "b", "c"].map((id) => ({ id, text: { nl: `optie ${id}`, en: `option ${id}` } }));

const valid = {
  single: { ...base, id: "pnx-901", type: "single", options, key: "b" },
  multiple: { ...base, id: "pnx-902", type: "multiple", options, key: ["a", "c"] },
  truefalse: { ...base, id: "pnx-903", type: "truefalse", key: false },
  numeric: { ...base, id: "pnx-904", type: "numeric", unit: "°", key: { value: 30, tolerance: 0 } },
  ordering: { ...base, id: "pnx-905", type: "ordering", options, key: ["c", "a", "b"] },
  hotspot: {
    ...base,
    id: "pnx-906",
    type: "hotspot",
    figure: "thoracic-spine-posterior",
    regions: [
      { id: "r1", shape: "rect", x: 10, y: 10, w: 20, h: 20 },
      { id: "r2", shape: "circle", cx: 200, cy: 250, r: 30 },
    ],
    key: ["r2"],
  },
} as const;

/** All messages of a failed parse, so the assertions can look for the reason. */
function problems(input: unknown): string {
  const result = itemSchema.safeParse(input);
  expect(result.success).toBe(false);
  return result.success ? "" : result.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("\n");
}

describe("itemSchema", () => {
  it.each(Object.entries(valid))("accepts a well-formed %s item", (_type, item) => {
    expect(itemSchema.safeParse(item).success).toBe(true);
  });

  it("rejects a single-choice key that is not an option id", () => {
    expect(problems({ ...valid.single, key: "e" })).toMatch(/key: key "e" is not one of the option ids \(a, b, c\)/);
  });

  it("rejects multiple-response keys that are unknown, repeated, or cover every option", () => {
    expect(problems({ ...valid.multiple, key: ["a", "z"] })).toMatch(/key "z" is not one of the option ids/);
    expect(problems({ ...valid.multiple, key: ["a", "a"] })).toMatch(/listed twice/);
    expect(problems({ ...valid.multiple, key: ["a", "b", "c"] })).toMatch(/at least one wrong option/);
  });

  it("rejects an ordering key that is not a permutation of the options", () => {
    expect(problems({ ...valid.ordering, key: ["a", "b"] })).toMatch(/must be a permutation/);
    expect(problems({ ...valid.ordering, key: ["a", "a", "b"] })).toMatch(/must be a permutation/);
    expect(problems({ ...valid.ordering, key: ["a", "b", "d"] })).toMatch(/must be a permutation/);
  });

  it("rejects a negative numeric tolerance and an unknown unit", () => {
    expect(problems({ ...valid.numeric, key: { value: 30, tolerance: -1 } })).toMatch(/tolerance must be ≥ 0/);
    expect(problems({ ...valid.numeric, unit: "furlongs" })).toMatch(/unit/);
  });

  it("rejects hotspot regions outside the 400 × 500 viewBox and key regions that do not exist", () => {
    const outside = { ...valid.hotspot, regions: [{ id: "r1", shape: "circle", cx: 390, cy: 250, r: 20 }], key: ["r1"] };
    expect(problems(outside)).toMatch(/region "r1" lies \(partly\) outside the figure's viewBox 0 0 400 500/);
    const rectOutside = { ...valid.hotspot, regions: [{ id: "r1", shape: "rect", x: 300, y: 480, w: 50, h: 30 }], key: ["r1"] };
    expect(problems(rectOutside)).toMatch(/outside the figure's viewBox/);
    expect(problems({ ...valid.hotspot, key: ["r9"] })).toMatch(/key region "r9" is not one of the regions \(r1, r2\)/);
  });

  it("rejects unknown recommendation IDs and module slugs", () => {
    expect(problems({ ...valid.truefalse, recs: ["PNX-8"] })).toMatch(/unknown recommendation ID "PNX-8"/);
    expect(problems({ ...valid.truefalse, module: "m9-acupuncture" })).toMatch(/module/);
  });

  it("rejects 'all of the above' style options", () => {
    const lazy = { ...valid.single, options: [...options, { id: "d", text: { nl: "Alle bovenstaande", en: "All of the above" } }] };
    expect(problems(lazy)).toMatch(/write a real option instead/);
  });

  it("rejects an empty translation and unknown fields", () => {
    expect(problems({ ...valid.truefalse, stem: { nl: "Vraag", en: " " } })).toMatch(/stem\.en/);
    expect(problems({ ...valid.truefalse, answer: true })).toMatch(/answer/);
  });
});

describe("bankFileSchema", () => {
  it("rejects a file that uses an item id twice", () => {
    const result = bankFileSchema.safeParse({ cases: [], items: [valid.single, { ...valid.truefalse, id: valid.single.id }] });
    expect(result.success).toBe(false);
    expect(result.success ? "" : result.error.issues[0]!.message).toMatch(/item id "pnx-901" used twice/);
  });
});

describe("pointInRegion", () => {
  it("counts points inside and on the edge, and not outside", () => {
    const circle = { id: "r1", shape: "circle", cx: 100, cy: 100, r: 10 } as const;
    const rect = { id: "r2", shape: "rect", x: 0, y: 0, w: 10, h: 20 } as const;
    expect(pointInRegion(circle, 100, 110)).toBe(true);
    expect(pointInRegion(circle, 108, 108)).toBe(false);
    expect(pointInRegion(rect, 10, 20)).toBe(true);
    expect(pointInRegion(rect, 10.1, 5)).toBe(false);
  });
});
