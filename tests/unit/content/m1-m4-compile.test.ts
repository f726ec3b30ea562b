/**
 * Compiles the M1–M4 module files with @mdx-js/mdx, evaluates them and renders them with recording
 * stand-ins for the contract components, so that a typo in a slug, an ID, a section id or a component
 * name fails here rather than in the browser.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { compile, run } from "@mdx-js/mdx";
import { createElement, Fragment, type ReactNode } from "react";
import * as runtime from "react/jsx-runtime";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { isRecommendationId } from "@/lib/recommendations/registry";

const MODULES = [
  { slug: "m1-dry-needling-and-risks", order: 1, chapter: "ALG", count: 5 },
  { slug: "m2-informed-consent", order: 2, chapter: "TST", count: 5 },
  { slug: "m3-preventing-complications", order: 3, chapter: "CMP", count: 7 },
  { slug: "m4-preventing-neurogenic-injury", order: 4, chapter: "NEU", count: 6 },
] as const;
const LANGS = ["nl", "en"] as const;
const EXERCISE_KINDS = ["event-classifier", "contraindication-screening", "consent-note", "pneumothorax-symptoms"];
const CALLOUT_TYPES = ["info", "warning", "tip"];

type Meta = {
  title: string;
  summary: string;
  order: number;
  minutes: number;
  recommendations: string[];
  references: { id: string; text: string }[];
};
type Recorded = {
  sections: { id: string; recs: string[]; title: string }[];
  recRefs: string[];
  cites: string[];
  exercises: string[];
  reflects: number;
  keyFigures: number;
  warnings: number;
  problems: string[];
};

async function load(slug: string, lang: string) {
  const file = path.join(process.cwd(), "content/modules", slug, `${lang}.mdx`);
  const source = readFileSync(file, "utf8");
  const compiled = await compile(source, { outputFormat: "function-body" });
  const mod = await run(String(compiled), { ...runtime, baseUrl: import.meta.url });
  const rec: Recorded = { sections: [], recRefs: [], cites: [], exercises: [], reflects: 0, keyFigures: 0, warnings: 0, problems: [] };
  const pass = ({ children }: { children?: ReactNode }) => createElement(Fragment, null, children);
  const components = {
    Section: (p: { id: string; recs: string[]; title: string; children?: ReactNode }) => {
      rec.sections.push({ id: p.id, recs: p.recs, title: p.title });
      if (!p.title) rec.problems.push(`section ${p.id} has no title`);
      return pass(p);
    },
    Rec: (p: { id: string }) => {
      rec.recRefs.push(p.id);
      return null;
    },
    Callout: (p: { type: string; title?: string; children?: ReactNode }) => {
      if (!CALLOUT_TYPES.includes(p.type)) rec.problems.push(`callout type ${p.type}`);
      if (p.type === "warning") rec.warnings += 1;
      return pass(p);
    },
    KeyFigure: (p: { value: string; label: string; recs?: string[] }) => {
      rec.keyFigures += 1;
      if (!p.value || !p.label) rec.problems.push("key figure without value or label");
      for (const id of p.recs ?? []) rec.recRefs.push(id);
      return null;
    },
    Reflect: (p: { question: string; children?: ReactNode }) => {
      rec.reflects += 1;
      if (!p.question) rec.problems.push("reflect without question");
      return pass(p);
    },
    Exercise: (p: { kind: string }) => {
      rec.exercises.push(p.kind);
      return null;
    },
    Diagram: (p: { name: string }) => {
      rec.problems.push(`diagram ${p.name} used; none is expected in M1–M4`);
      return null;
    },
    Cite: (p: { id: string }) => {
      rec.cites.push(p.id);
      return null;
    },
  };
  const Content = mod.default as (props: { components: typeof components }) => ReactNode;
  const html = renderToStaticMarkup(createElement(Content, { components }));
  return { meta: mod.meta as Meta, rec, html };
}

describe.each(MODULES)("module $slug", ({ slug, order, chapter, count }) => {
  it("compiles in both languages and follows the module contract", async () => {
    const loaded = await Promise.all(LANGS.map((lang) => load(slug, lang)));
    const expected = Array.from({ length: count }, (_, i) => `${chapter}-${i + 1}`);
    for (const { meta, rec, html } of loaded) {
      expect(meta.order).toBe(order);
      expect(meta.title.length).toBeGreaterThan(3);
      expect(meta.summary.length).toBeGreaterThan(20);
      expect(meta.minutes).toBeGreaterThan(0);
      expect([...meta.recommendations].sort()).toEqual([...expected].sort());
      for (const id of meta.recommendations) expect(isRecommendationId(id), id).toBe(true);

      expect(rec.problems).toEqual([]);
      expect(rec.sections.length).toBeGreaterThanOrEqual(5);
      expect(rec.sections.length).toBeLessThanOrEqual(9);
      const ids = rec.sections.map((s) => s.id);
      expect(new Set(ids).size).toBe(ids.length);
      for (const id of ids) expect(id.startsWith(`m${order}-`), id).toBe(true);
      for (const s of rec.sections) {
        expect(s.recs.length, s.id).toBeGreaterThan(0);
        for (const id of s.recs) expect(isRecommendationId(id), `${s.id}: ${id}`).toBe(true);
      }
      const covered = new Set(rec.sections.flatMap((s) => s.recs));
      for (const id of meta.recommendations) expect(covered.has(id), `${id} has no section`).toBe(true);
      for (const id of rec.recRefs) expect(isRecommendationId(id), id).toBe(true);

      const refIds = meta.references.map((r) => r.id);
      expect(new Set(refIds).size).toBe(refIds.length);
      for (const id of rec.cites) expect(refIds, `Cite ${id}`).toContain(id);
      for (const id of refIds) expect(rec.cites, `reference ${id} never cited`).toContain(id);

      for (const kind of rec.exercises) expect(EXERCISE_KINDS).toContain(kind);
      expect(rec.reflects).toBeGreaterThanOrEqual(2);
      expect(rec.keyFigures).toBeGreaterThanOrEqual(1);
      expect(rec.warnings).toBeGreaterThanOrEqual(1);
      expect(html.length).toBeGreaterThan(2000);
    }
    const [nl, en] = loaded;
    if (!nl || !en) throw new Error(`${slug}: both languages must load`);
    expect(en.rec.sections.map((s) => s.id)).toEqual(nl.rec.sections.map((s) => s.id));
    expect(en.rec.sections.map((s) => s.recs)).toEqual(nl.rec.sections.map((s) => s.recs));
    expect([...en.rec.exercises].sort()).toEqual([...nl.rec.exercises].sort());
    expect(en.meta.references.map((r) => r.id)).toEqual(nl.meta.references.map((r) => r.id));
  });
});

it("includes the exercises the modules promise", async () => {
  const kinds = async (slug: string) => (await load(slug, "nl")).rec.exercises;
  expect(await kinds("m1-dry-needling-and-risks")).toContain("event-classifier");
  expect(await kinds("m2-informed-consent")).toEqual(expect.arrayContaining(["consent-note", "contraindication-screening"]));
});
