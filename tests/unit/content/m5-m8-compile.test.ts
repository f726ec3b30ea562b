/**
 * M5–M8, the glossary and the M7 diagrams, checked the way the site uses them: each MDX file is compiled
 * with @mdx-js/mdx, its `meta` export evaluated and its body rendered with recording stand-ins for the
 * module components, so unknown components, recommendation IDs, citations or diagram names fail here.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { compile, run } from "@mdx-js/mdx";
import { createElement, Fragment, type ReactNode } from "react";
import * as runtime from "react/jsx-runtime";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { DIAGRAMS } from "@/components/diagrams";
import { isRecommendationId } from "@/lib/recommendations/registry";

const ROOT = path.resolve(__dirname, "../../..");
const MODULES = [
  { slug: "m5-preventing-infection", order: 5 },
  { slug: "m6-preventing-pneumothorax", order: 6 },
  { slug: "m7-thoracic-techniques", order: 7 },
  { slug: "m8-case-low-back-pain", order: 8 },
] as const;
const LANGS = ["nl", "en"] as const;
type Lang = (typeof LANGS)[number];
const EXERCISE_KINDS = ["event-classifier", "contraindication-screening", "consent-note", "pneumothorax-symptoms"];

const metaSchema = z.object({
  title: z.string().min(3),
  summary: z.string().min(20),
  order: z.number().int(),
  minutes: z.number().int().positive(),
  recommendations: z.array(z.string()).min(1),
  references: z.array(z.object({ id: z.string().regex(/^r\d+$/), text: z.string().min(10) })).min(1),
});
type Meta = z.infer<typeof metaSchema>;

type Usage = {
  sections: { id: string; recs: string[]; title: string }[];
  recs: string[];
  cites: string[];
  diagrams: string[];
  exercises: string[];
  reflects: number;
  keyFigures: { value: string; recs: string[] }[];
  callouts: string[];
};

type Loaded = { meta: Meta; usage: Usage; html: string; words: number };

async function load(slug: string, lang: Lang): Promise<Loaded> {
  const source = readFileSync(path.join(ROOT, "content/modules", slug, `${lang}.mdx`), "utf8");
  expect(source.trimStart().startsWith("export const meta = {"), `${slug}/${lang}.mdx must begin with the meta export`).toBe(true);
  const code = String(await compile(source, { outputFormat: "function-body", development: false }));
  const mod = (await run(code, { ...runtime, baseUrl: import.meta.url })) as { meta: unknown; default: (p: { components: object }) => ReactNode };
  const meta = metaSchema.parse(mod.meta);

  const usage: Usage = { sections: [], recs: [], cites: [], diagrams: [], exercises: [], reflects: 0, keyFigures: [], callouts: [] };
  const children = (p: { children?: ReactNode }) => createElement(Fragment, null, p.children);
  const components = {
    Section: (p: { id: string; recs: string[]; title: string; children?: ReactNode }) => {
      usage.sections.push({ id: p.id, recs: p.recs, title: p.title });
      return createElement("section", { id: p.id }, p.children);
    },
    Rec: (p: { id: string }) => {
      usage.recs.push(p.id);
      return createElement("span", null, p.id);
    },
    Cite: (p: { id: string }) => {
      usage.cites.push(p.id);
      return createElement("sup", null, p.id);
    },
    Callout: (p: { type: string; title?: string; children?: ReactNode }) => {
      usage.callouts.push(p.type);
      return createElement("aside", null, p.children);
    },
    KeyFigure: (p: { value: string; label: string; recs?: string[] }) => {
      usage.keyFigures.push({ value: p.value, recs: p.recs ?? [] });
      return createElement("figure", null, `${p.value} ${p.label}`);
    },
    Reflect: (p: { question: string; children?: ReactNode }) => {
      usage.reflects += 1;
      return createElement("details", null, createElement("summary", null, p.question), p.children);
    },
    Exercise: (p: { kind: string }) => {
      usage.exercises.push(p.kind);
      return createElement("div", null, p.kind);
    },
    Diagram: (p: { name: string }) => {
      usage.diagrams.push(p.name);
      const D = (DIAGRAMS as Record<string, (props: { lang: Lang }) => ReactNode>)[p.name];
      if (!D) throw new Error(`unknown diagram ${p.name}`);
      return createElement(D, { lang });
    },
    wrapper: children,
  };
  const html = renderToStaticMarkup(createElement(mod.default, { components }));
  // Words of prose only: strip the meta export, tags and attributes.
  const body = source.replace(/^export const meta = \{[\s\S]*?\n\};\n/, "").replace(/<[^>]*>/g, " ");
  const words = body.split(/\s+/).filter((w) => /[\p{L}\d]/u.test(w)).length;
  return { meta, usage, html, words };
}

const loaded = new Map<string, Loaded>();
async function get(slug: string, lang: Lang) {
  const key = `${slug}/${lang}`;
  if (!loaded.has(key)) loaded.set(key, await load(slug, lang));
  return loaded.get(key)!;
}

describe.each(MODULES)("$slug", ({ slug, order }) => {
  it.each(LANGS)("%s compiles, and its meta and sections are valid", async (lang) => {
    const { meta, usage, html, words } = await get(slug, lang);
    expect(meta.order).toBe(order);
    for (const id of meta.recommendations) expect(isRecommendationId(id), `${slug}: unknown recommendation ${id}`).toBe(true);
    expect(new Set(meta.recommendations).size).toBe(meta.recommendations.length);

    // 5–9 sections, ids prefixed with the module number and unique, recs known.
    expect(usage.sections.length).toBeGreaterThanOrEqual(5);
    expect(usage.sections.length).toBeLessThanOrEqual(9);
    const prefix = `m${order}-`;
    for (const s of usage.sections) {
      expect(s.id.startsWith(prefix), `${s.id} must start with ${prefix}`).toBe(true);
      expect(s.title.length).toBeGreaterThan(3);
      expect(s.recs.length).toBeGreaterThan(0);
      for (const r of s.recs) expect(isRecommendationId(r), `${s.id}: unknown recommendation ${r}`).toBe(true);
    }
    expect(new Set(usage.sections.map((s) => s.id)).size).toBe(usage.sections.length);

    // Every recommendation of the module is taught in at least one section.
    const covered = new Set(usage.sections.flatMap((s) => s.recs));
    for (const id of meta.recommendations) expect(covered.has(id), `${slug}/${lang}: ${id} is in no section's recs`).toBe(true);

    // Inline badges, key figures, citations, exercises.
    for (const r of [...usage.recs, ...usage.keyFigures.flatMap((k) => k.recs)]) expect(isRecommendationId(r), `unknown ${r}`).toBe(true);
    const refIds = new Set(meta.references.map((r) => r.id));
    expect(refIds.size).toBe(meta.references.length);
    expect(usage.cites.length).toBeGreaterThan(0);
    for (const c of usage.cites) expect(refIds.has(c), `${slug}/${lang}: <Cite id="${c}" /> has no reference`).toBe(true);
    for (const k of usage.exercises) expect(EXERCISE_KINDS).toContain(k);
    for (const t of usage.callouts) expect(["info", "warning", "tip"]).toContain(t);

    // Teaching shape: at least two self-checks, key figures, a warning callout, a real amount of text.
    expect(usage.reflects).toBeGreaterThanOrEqual(2);
    expect(usage.keyFigures.length).toBeGreaterThan(0);
    expect(usage.callouts).toContain("warning");
    expect(words).toBeGreaterThanOrEqual(1000);
    expect(words).toBeLessThanOrEqual(2600);
    expect(html.length).toBeGreaterThan(5000);
  });

  it("has the same sections, recommendations and references in Dutch and English", async () => {
    const nl = await get(slug, "nl");
    const en = await get(slug, "en");
    expect(en.usage.sections.map((s) => [s.id, s.recs])).toEqual(nl.usage.sections.map((s) => [s.id, s.recs]));
    expect(en.meta.recommendations).toEqual(nl.meta.recommendations);
    expect(en.meta.references.map((r) => r.id)).toEqual(nl.meta.references.map((r) => r.id));
    expect(en.meta.order).toBe(nl.meta.order);
    expect(en.meta.minutes).toBe(nl.meta.minutes);
    expect(en.usage.diagrams).toEqual(nl.usage.diagrams);
    expect(en.usage.exercises).toEqual(nl.usage.exercises);
    expect(en.usage.reflects).toBe(nl.usage.reflects);
    expect(en.meta.title).not.toBe(nl.meta.title);
  });
});

describe("module-specific content", () => {
  it("M6 includes the pneumothorax-symptoms exercise", async () => {
    for (const lang of LANGS) expect((await get("m6-preventing-pneumothorax", lang)).usage.exercises).toContain("pneumothorax-symptoms");
  });

  it("M7 shows every diagram", async () => {
    for (const lang of LANGS) {
      const used = new Set((await get("m7-thoracic-techniques", lang)).usage.diagrams);
      for (const name of Object.keys(DIAGRAMS)) expect(used.has(name), `M7 (${lang}) does not show ${name}`).toBe(true);
    }
  });

  it("the chapters' recommendations are all covered: INF in M5, PNX in M6, TECH in M7", async () => {
    const expectAll = async (slug: string, ids: string[]) => {
      const { usage } = await get(slug, "nl");
      const covered = new Set(usage.sections.flatMap((s) => s.recs));
      for (const id of ids) expect(covered.has(id), `${slug} lacks ${id}`).toBe(true);
    };
    await expectAll("m5-preventing-infection", ["INF-1", "INF-2", "INF-3", "INF-4", "INF-5"]);
    await expectAll("m6-preventing-pneumothorax", ["PNX-1", "PNX-2", "PNX-3", "PNX-4", "PNX-5", "PNX-6", "PNX-7"]);
    await expectAll("m7-thoracic-techniques", ["TECH-1", "TECH-2", "TECH-3", "TECH-4", "TECH-5", "TECH-6", "TECH-7"]);
  });
});

describe("glossary", () => {
  const entrySchema = z.object({
    id: z.string().regex(/^[a-z0-9-]+$/),
    nl: z.string().min(1),
    en: z.string().min(1),
    latin: z.string().min(1).nullable(),
    definition: z.object({ nl: z.string().min(20), en: z.string().min(20) }),
  });
  const glossary = z.array(entrySchema).parse(JSON.parse(readFileSync(path.join(ROOT, "content/glossary.json"), "utf8")));

  it("has at least 40 unique terms with definitions in both languages", () => {
    expect(glossary.length).toBeGreaterThanOrEqual(40);
    expect(new Set(glossary.map((e) => e.id)).size).toBe(glossary.length);
    for (const e of glossary) expect(e.definition.nl).not.toBe(e.definition.en);
  });

  it("includes the core anatomy, legal terms and every muscle the guideline names, with Latin names", () => {
    const byId = new Map(glossary.map((e) => [e.id, e]));
    for (const id of ["pleura", "pneumothorax", "lamina", "spinous-process", "transverse-process", "wkkgz", "igj", "vim", "wgbo", "trigger-point"]) {
      expect(byId.has(id), `missing ${id}`).toBe(true);
    }
    const muscles = [
      "pectoralis-major", "pectoralis-minor", "trapezius-descendens", "trapezius-ascendens", "teres-major", "teres-minor",
      "infraspinatus", "supraspinatus", "subscapularis", "latissimus-dorsi", "levator-scapulae", "rhomboidei", "scaleni",
      "sternalis", "subclavius", "serratus-anterior", "serratus-posterior", "obliquus-externus", "obliquus-internus",
      "rectus-abdominis", "iliocostalis", "longissimus", "multifidi", "obliquus-capitis-inferior", "quadratus-lumborum",
    ];
    for (const id of muscles) {
      const e = byId.get(id);
      expect(e, `missing muscle ${id}`).toBeDefined();
      expect(e!.latin ?? "", `${id} needs a Latin name`).toMatch(/^muscul(us|i) /);
    }
  });
});

describe("M7 diagrams", () => {
  const names = Object.keys(DIAGRAMS) as (keyof typeof DIAGRAMS)[];

  it("registers the seven thoracic technique diagrams", () => {
    expect(names.sort()).toEqual(
      ["deep-paraspinal", "paraspinal-wall", "pincer-grip", "retraction-towel", "rib-technique-along", "rib-technique-downhill", "scoliosis-rotation"].sort(),
    );
  });

  it.each(names)("%s renders an accessible SVG in both languages", (name) => {
    const titles: Record<string, string> = {};
    for (const lang of LANGS) {
      const svg = renderToStaticMarkup(createElement(DIAGRAMS[name], { lang }));
      expect(svg.startsWith("<svg")).toBe(true);
      expect(svg).toContain('role="img"');
      const labelledby = /aria-labelledby="([^"]+)"/.exec(svg)?.[1];
      expect(labelledby).toBeTruthy();
      for (const ref of labelledby!.split(" ")) expect(svg).toContain(`id="${ref}"`);
      const title = /<title id="[^"]+">([^<]+)<\/title>/.exec(svg)?.[1] ?? "";
      const desc = /<desc id="[^"]+">([^<]+)<\/desc>/.exec(svg)?.[1] ?? "";
      expect(title.length).toBeGreaterThan(5);
      expect(desc.length).toBeGreaterThan(40);
      expect(svg).not.toMatch(/href="http|<image/); // no external assets
      expect((svg.match(/<text/g) ?? []).length).toBeGreaterThanOrEqual(5);
      titles[lang] = title;
    }
    expect(titles.nl).not.toBe(titles.en);
  });
});
