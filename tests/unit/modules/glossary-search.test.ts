import { describe, expect, it } from "vitest";
import { glossarySchema, loadGlossary, searchGlossary, type GlossaryEntry } from "@/lib/glossary";
import { listModules } from "@/lib/modules";
import { buildSearchIndex, highlightParts, makeSnippet } from "@/lib/modules/search";

describe("glossary", () => {
  it("content/glossary.json validates and has Dutch, English and Latin terms", () => {
    const entries = loadGlossary();
    expect(entries).not.toBeNull();
    expect(entries!.length).toBeGreaterThan(10);
    expect(entries!.some((e) => e.latin)).toBe(true);
  });

  it("rejects duplicates and missing translations", () => {
    const e = { id: "a", nl: "a", en: "a", latin: null, definition: { nl: "x", en: "y" } };
    expect(glossarySchema.safeParse([e, e]).success).toBe(false);
    expect(glossarySchema.safeParse([{ ...e, en: "" }]).success).toBe(false);
  });

  it("searches every language, ignoring case and accents, term hits first", () => {
    const entries: GlossaryEntry[] = [
      { id: "hematoom", nl: "Hematoom", en: "Haematoma", latin: null, definition: { nl: "Bloeduitstorting onder de huid.", en: "A bruise." } },
      { id: "trapezius", nl: "Monnikskapspier", en: "Trapezius", latin: "musculus trapezius", definition: { nl: "Spier van nek en schouder; een hematoom is mogelijk.", en: "Muscle of the neck and shoulder." } },
    ];
    expect(searchGlossary(entries, "MUSCULUS", "nl").map((e) => e.id)).toEqual(["trapezius"]);
    expect(searchGlossary(entries, "hematoom", "nl").map((e) => e.id)).toEqual(["hematoom", "trapezius"]);
    expect(searchGlossary(entries, "haematoma", "en").map((e) => e.id)).toEqual(["hematoom"]);
  });
});

describe("module search", () => {
  const index = buildSearchIndex(listModules());

  it("indexes every section of every module", () => {
    expect(index.size).toBe(listModules().reduce((n, m) => n + m.sections.length, 0));
  });

  it("finds Dutch and English terms, and shows the page language's title", () => {
    const nl = index.search("klaplong", "nl");
    expect(nl.length).toBeGreaterThan(0);
    expect(nl[0]!.moduleSlug).toBe("m6-preventing-pneumothorax");
    const crossLang = index.search("collapsed lung", "nl");
    expect(crossLang.length).toBeGreaterThan(0);
    const en = index.search("informed consent", "en");
    expect(en.some((h) => h.moduleSlug === "m2-informed-consent")).toBe(true);
    expect(index.search("x", "nl")).toEqual([]);
  });

  it("finds sections by recommendation ID", () => {
    const hits = index.search("PNX-7", "en");
    expect(hits.length).toBeGreaterThan(0);
    expect(hits[0]!.recs).toContain("PNX-7");
  });

  it("highlights matched terms regardless of case and accents", () => {
    expect(highlightParts("Een Hematoom of hématoom.", ["hematoom"])).toEqual([
      { text: "Een ", hit: false },
      { text: "Hematoom", hit: true },
      { text: " of ", hit: false },
      { text: "hématoom", hit: true },
      { text: ".", hit: false },
    ]);
  });

  it("cuts a snippet around the first hit", () => {
    expect(makeSnippet("aaa bbb ccc ddd", ["ccc"], 4)).toBe("… bbb ccc …");
    expect(makeSnippet("aaa", ["zzz"])).toBeNull();
  });
});
