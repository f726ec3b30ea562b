/**
 * The real module content under content/modules: it must validate, use only registered diagrams, and
 * together teach every recommendation of the registry. The coverage test names what is missing — while
 * a writer's modules are not merged yet it fails on purpose, listing the absent modules and IDs.
 */
import { describe, expect, it } from "vitest";
import { DIAGRAMS } from "@/components/diagrams";
import { listModules, missingModuleSlugs, MODULE_SLUGS, sectionsTeaching } from "@/lib/modules";
import { RECOMMENDATION_IDS } from "@/lib/recommendations/registry";

describe("module content", () => {
  it("validates (meta, recommendation IDs, section ids identical in nl and en)", () => {
    const modules = listModules();
    expect(modules.length).toBeGreaterThan(0);
    for (const m of modules) {
      expect(MODULE_SLUGS as readonly string[]).toContain(m.slug);
      expect(m.slug.startsWith(`m${m.order}-`), m.slug).toBe(true);
      for (const s of m.sections) expect(s.text.nl.length > 50 && s.text.en.length > 50, `${s.id} has text in both languages`).toBe(true);
    }
  });

  it("uses only diagrams registered in components/diagrams/index.ts", () => {
    const known = Object.keys(DIAGRAMS);
    const unknown = listModules().flatMap((m) => m.diagrams.filter((d) => !known.includes(d)).map((d) => `${m.slug}: ${d}`));
    expect(unknown).toEqual([]);
  });

  it("has all eight modules", () => {
    expect(missingModuleSlugs(), "modules with no content yet").toEqual([]);
  });

  it("teaches every recommendation ID in at least one module section", () => {
    const untaught = RECOMMENDATION_IDS.filter((id) => sectionsTeaching(id).length === 0);
    const missing = missingModuleSlugs();
    expect(untaught, `recommendations taught nowhere${missing.length ? ` (modules not written/merged yet: ${missing.join(", ")})` : ""}`).toEqual([]);
  });
});
