import { describe, expect, it } from "vitest";
import { buildModuleIndex, ContentValidationError } from "@/lib/modules/build";
import { parseModuleSource } from "@/lib/modules/parse";

const mdx = (opts: { title?: string; recs?: string; sectionRecs?: string; secondId?: string; extra?: string; order?: number } = {}) => `export const meta = {
  title: "${opts.title ?? "Toestemming"}",
  summary: "Wat je vertelt, hoe je begrip controleert en wat je vastlegt.",
  order: ${opts.order ?? 2},
  minutes: 20,
  recommendations: [${opts.recs ?? '"TST-1", "TST-2"'}],
  references: [{ id: "r1", text: "Auteur A. Een titel. Tijdschrift 2020;1:1-2." }],
}

# Kop

<Section id="m2-screening" recs={[${opts.sectionRecs ?? '"TST-1"'}]} title="Screenen">
Vraag naar **medicatie** en <Rec id="CMP-3" /> bloedingsrisico.<Cite id="r1" />

<Callout type="tip" title="Een tip over lymfoedeem">Tekst in een callout.</Callout>
</Section>

<Section id="${opts.secondId ?? "m2-informing"}" recs={["TST-2"]} title="Informeren">
<Reflect question="Wat vertel je over risico's?">Een modelantwoord.</Reflect>
<Exercise kind="consent-note" />
${opts.extra ?? ""}
</Section>
`;

describe("parseModuleSource", () => {
  it("reads meta, sections with recs and plain text, and inline components", () => {
    const p = parseModuleSource(mdx(), "x.mdx");
    expect(p.meta).toMatchObject({ order: 2, recommendations: ["TST-1", "TST-2"] });
    expect(p.sections.map((s) => [s.id, s.title, s.recs])).toEqual([
      ["m2-screening", "Screenen", ["TST-1"]],
      ["m2-informing", "Informeren", ["TST-2"]],
    ]);
    expect(p.sections[0]!.text).toContain("medicatie");
    expect(p.sections[0]!.text).toContain("Een tip over lymfoedeem");
    expect(p.sections[1]!.text).toContain("Wat vertel je over risico's?");
    expect(p.inlineRecs).toEqual(["CMP-3"]);
    expect(p.cites).toEqual(["r1"]);
    expect(p.exercises).toEqual(["consent-note"]);
  });

  it("rejects non-literal meta and missing meta", () => {
    expect(() => parseModuleSource("# no meta\n", "a.mdx")).toThrow(/missing `export const meta/);
    expect(() => parseModuleSource("export const meta = { title: foo }\n", "a.mdx")).toThrow(/only literal values/);
  });
});

describe("buildModuleIndex", () => {
  it("builds a module from matching nl and en files", () => {
    const [m] = buildModuleIndex([{ slug: "m2-informed-consent", nl: mdx(), en: mdx({ title: "Consent" }) }]);
    expect(m!.order).toBe(2);
    expect(m!.meta.en.title).toBe("Consent");
    expect(m!.sections.map((s) => s.id)).toEqual(["m2-screening", "m2-informing"]);
  });

  const problemsOf = (fn: () => unknown): string[] => {
    try {
      fn();
    } catch (err) {
      if (err instanceof ContentValidationError) return err.problems;
      throw err;
    }
    throw new Error("expected a ContentValidationError");
  };

  it("fails on an unknown recommendation ID in meta or in a section", () => {
    expect(problemsOf(() => buildModuleIndex([{ slug: "m2", nl: mdx({ recs: '"TST-1", "TST-9"' }), en: mdx() }])).join("\n")).toMatch(/TST-9/);
    expect(problemsOf(() => buildModuleIndex([{ slug: "m2", nl: mdx({ sectionRecs: '"XYZ-1"' }), en: mdx() }])).join("\n")).toMatch(/unknown recommendation ID "XYZ-1"/);
    expect(problemsOf(() => buildModuleIndex([{ slug: "m2", nl: mdx({ extra: '<Rec id="PNX-99" />' }), en: mdx() }])).join("\n")).toMatch(/PNX-99/);
  });

  it("fails when section ids differ between the languages", () => {
    expect(problemsOf(() => buildModuleIndex([{ slug: "m2", nl: mdx(), en: mdx({ secondId: "m2-informeren" }) }])).join("\n")).toMatch(/section ids differ/);
  });

  it("fails when a meta recommendation is taught by no section, or a section id lacks the module prefix", () => {
    expect(problemsOf(() => buildModuleIndex([{ slug: "m2", nl: mdx({ recs: '"TST-1", "TST-2", "TST-3"' }), en: mdx({ recs: '"TST-1", "TST-2", "TST-3"' }) }])).join("\n")).toMatch(/TST-3 but no section/);
    expect(problemsOf(() => buildModuleIndex([{ slug: "m2", nl: mdx({ secondId: "m3-x" }), en: mdx({ secondId: "m3-x" }) }])).join("\n")).toMatch(/must start with m2-/);
  });

  it("fails on a citation with no reference, an unknown exercise and invalid meta", () => {
    const problems = problemsOf(() =>
      buildModuleIndex([{ slug: "m2", nl: mdx({ extra: '<Cite id="r9" />\n<Exercise kind="crossword" />' }), en: mdx({ order: 0 }) }]),
    ).join("\n");
    expect(problems).toMatch(/Cite id="r9"/);
    expect(problems).toMatch(/crossword/);
    expect(problems).toMatch(/en\.mdx: meta\.order/);
  });
});
