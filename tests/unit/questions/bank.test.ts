import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import {
  DEFAULT_BANK_DIR,
  QuestionBankError,
  itemChapter,
  itemVersion,
  itemsFor,
  loadQuestionBank,
  publicItem,
  readFigure,
  readQuestionBank,
} from "@/lib/questions/bank";
import { BANK_CHAPTERS, ITEM_TYPES, MODULE_SLUGS, pointInRegion, type Item } from "@/lib/questions/schema";
import { RECOMMENDATION_IDS } from "@/lib/recommendations/registry";

const bank = loadQuestionBank();
const count = (items: Item[]) => items.length;

describe("the question bank in content/questions", () => {
  it("validates as a whole and holds at least 110 items", () => {
    expect(() => readQuestionBank()).not.toThrow();
    expect(bank.items.length).toBeGreaterThanOrEqual(110);
  });

  it("has one file per chapter", () => {
    const files = fs.readdirSync(DEFAULT_BANK_DIR).filter((f) => f.endsWith(".json")).sort();
    expect(files).toEqual([...BANK_CHAPTERS].map((c) => `${c}.json`).sort());
  });

  it("uses every item id once", () => {
    const ids = bank.items.map((i) => i.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("tests every recommendation with at least two items", () => {
    const thin = RECOMMENDATION_IDS.filter((id) => count(itemsFor({ recs: [id] }, bank)) < 2);
    expect(thin).toEqual([]);
  });

  it("has at least 15 TECH items beyond two per TECH recommendation", () => {
    const techIds = RECOMMENDATION_IDS.filter((id) => id.startsWith("TECH-"));
    expect(count(itemsFor({ recs: techIds }, bank))).toBeGreaterThanOrEqual(2 * techIds.length + 15);
  });

  it("uses every item type", () => {
    for (const type of ITEM_TYPES) expect(bank.items.some((i) => i.type === type), type).toBe(true);
  });

  it("gives every module enough quiz items (M1–M7 at least 8, the case module at least 5)", () => {
    for (const slug of MODULE_SLUGS) {
      const minimum = slug.startsWith("m8-") ? 5 : 8;
      expect(count(itemsFor({ pool: "quiz", module: slug }, bank)), slug).toBeGreaterThanOrEqual(minimum);
    }
  });

  it("has an exam pool of at least 45 items spread over the chapters", () => {
    expect(count(itemsFor({ pool: "exam" }, bank))).toBeGreaterThanOrEqual(45);
    const minimum: Record<string, number> = { pnx: 12, tech: 15, alg: 4, tst: 4, cmp: 4, neu: 4, inf: 3 };
    for (const [chapter, min] of Object.entries(minimum)) {
      const n = bank.items.filter((i) => i.pools.includes("exam") && itemChapter(i) === chapter).length;
      expect(n, chapter).toBeGreaterThanOrEqual(min);
    }
  });

  it("has case-based sets of three or more items, one thoracic and one on the low-back-pain case", () => {
    const sets = bank.cases.map((c) => bank.items.filter((i) => i.caseId === c.id));
    for (const set of sets) expect(set.length).toBeGreaterThanOrEqual(3);
    expect(sets.some((set) => set.some((i) => i.recs.some((r) => r.startsWith("PNX-") || r.startsWith("TECH-"))))).toBe(true);
    expect(sets.some((set) => set.every((i) => i.module === "m8-case-low-back-pain"))).toBe(true);
  });

  it("cites one of the item's own recommendations in both explanations", () => {
    const uncited = bank.items
      .filter((i) => !i.recs.some((r) => i.explanation.nl.includes(r)) || !i.recs.some((r) => i.explanation.en.includes(r)))
      .map((i) => i.id);
    expect(uncited).toEqual([]);
  });

  it("has a hotspot figure with the shared viewBox for every hotspot item", () => {
    for (const item of bank.items) {
      if (item.type !== "hotspot") continue;
      expect(readFigure(item.figure)).toMatch(/viewBox="0 0 400 500"/);
    }
  });

  it("keeps hotspot key regions apart from the other regions, so a click is never both right and wrong", () => {
    for (const item of bank.items) {
      if (item.type !== "hotspot") continue;
      const keys = item.regions.filter((r) => item.key.includes(r.id));
      const others = item.regions.filter((r) => !item.key.includes(r.id));
      // sample the figure on a 2-unit grid: no point may fall in a key region and a non-key region at once
      for (let x = 0; x <= 400; x += 2) {
        for (let y = 0; y <= 500; y += 2) {
          const inKey = keys.some((r) => pointInRegion(r, x, y));
          const inOther = others.some((r) => pointInRegion(r, x, y));
          expect(inKey && inOther, `${item.id} at (${x}, ${y})`).toBe(false);
        }
      }
    }
  });

  it("labels every item with a difficulty and at least one pool", () => {
    for (const item of bank.items) {
      expect([1, 2, 3]).toContain(item.difficulty);
      expect(item.pools.length).toBeGreaterThan(0);
    }
  });
});

describe("itemVersion", () => {
  const item = bank.items.find((i) => i.type === "multiple")!;

  it("is 16 hex characters and stable across calls and key order", () => {
    const v = itemVersion(item);
    expect(v).toMatch(/^[0-9a-f]{16}$/);
    expect(itemVersion(structuredClone(item))).toBe(v);
    const reordered = Object.fromEntries(Object.entries(item).reverse()) as Item;
    expect(itemVersion(reordered)).toBe(v);
  });

  it("changes when any part of the item changes", () => {
    const v = itemVersion(item);
    expect(itemVersion({ ...item, stem: { ...item.stem, en: `${item.stem.en} ` } })).not.toBe(v);
    expect(itemVersion({ ...item, key: [...(item as Extract<Item, { type: "multiple" }>).key].slice(1) } as Item)).not.toBe(v);
    expect(itemVersion({ ...item, difficulty: item.difficulty === 3 ? 1 : 3 })).not.toBe(v);
  });

  it("differs between items", () => {
    const versions = new Set(bank.items.map(itemVersion));
    expect(versions.size).toBe(bank.items.length);
  });
});

describe("publicItem", () => {
  function propertyNames(value: unknown, out = new Set<string>()): Set<string> {
    if (Array.isArray(value)) value.forEach((v) => propertyNames(v, out));
    else if (value && typeof value === "object") {
      for (const [k, v] of Object.entries(value)) {
        out.add(k);
        propertyNames(v, out);
      }
    }
    return out;
  }

  it.each(["nl", "en"] as const)("never carries the key, the explanation or hotspot regions (%s)", (locale) => {
    for (const item of bank.items) {
      const pub = publicItem(item, locale);
      const names = propertyNames(pub);
      expect(names.has("key"), item.id).toBe(false);
      expect(names.has("explanation"), item.id).toBe(false);
      expect(names.has("regions"), item.id).toBe(false);
      const json = JSON.stringify(pub);
      expect(json.includes(JSON.stringify(item.explanation[locale]).slice(1, -1)), item.id).toBe(false);
    }
  });

  it("gives the stem and options in the requested language and the item version", () => {
    const item = bank.items.find((i) => i.type === "single")!;
    const pub = publicItem(item, "en");
    expect(pub.stem).toBe(item.stem.en);
    expect(pub.version).toBe(itemVersion(item));
    expect(pub.type === "single" && pub.options.map((o) => o.text)).toEqual(
      item.type === "single" && item.options.map((o) => o.text.en),
    );
  });
});

describe("readQuestionBank with broken content", () => {
  const dirs: string[] = [];
  afterAll(() => dirs.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

  /** A temporary bank directory holding the given files (name → JSON content). */
  function tempBank(files: Record<string, unknown>): string {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "qbank-"));
    dirs.push(dir);
    for (const [name, content] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), JSON.stringify(content));
    return dir;
  }
  const tf = (id: string, extra: Record<string, unknown> = {}) => ({
    id,
    recs: ["ALG-5"],
    module: "m1-dry-needling-and-risks",
    difficulty: 1,
    pools: ["quiz"],
    type: "truefalse",
    stem: { nl: "Stelling", en: "Statement" },
    explanation: { nl: "Zie ALG-5.", en: "See ALG-5." },
    key: true,
    ...extra,
  });

  it("fails the committed broken fixture with a message naming the file, the path and the item", () => {
    const dir = path.join(__dirname, "fixtures", "broken-key");
    expect(() => readQuestionBank(dir)).toThrow(QuestionBankError);
    expect(() => readQuestionBank(dir)).toThrow(/tst\.json: items\[0\]\.key \(item tst-901\): key "e" is not one of the option ids \(a, b\)/);
  });

  it("reports an id used in two files", () => {
    const dir = tempBank({ "alg.json": { cases: [], items: [tf("alg-001")] }, "tst.json": { cases: [], items: [tf("alg-001")] } });
    expect(() => readQuestionBank(dir)).toThrow(/item id "alg-001" is also used in/);
  });

  it("reports an item filed under the wrong chapter", () => {
    const dir = tempBank({ "tst.json": { cases: [], items: [tf("alg-001")] } });
    expect(() => readQuestionBank(dir)).toThrow(/ids in tst\.json start with "tst-"/);
  });

  it("reports a case id that no file defines, and a case without items", () => {
    const dir = tempBank({
      "alg.json": { cases: [{ id: "case-empty", scenario: { nl: "Casus", en: "Case" } }], items: [tf("alg-001", { caseId: "case-missing" })] },
    });
    expect(() => readQuestionBank(dir)).toThrow(/case "case-missing" is not defined in any bank file/);
    expect(() => readQuestionBank(dir)).toThrow(/case "case-empty" has no items/);
  });

  it("reports a hotspot figure that does not exist", () => {
    const hotspot = {
      ...tf("alg-002"),
      type: "hotspot",
      key: ["r1"],
      figure: "no-such-figure",
      regions: [{ id: "r1", shape: "circle", cx: 50, cy: 50, r: 10 }],
    };
    const dir = tempBank({ "alg.json": { cases: [], items: [hotspot] } });
    expect(() => readQuestionBank(dir)).toThrow(/figure file figures\/no-such-figure\.svg does not exist/);
  });

  it("reports invalid JSON and unexpected files", () => {
    const dir = tempBank({ "notes.json": {} });
    fs.writeFileSync(path.join(dir, "alg.json"), "{ not json");
    expect(() => readQuestionBank(dir)).toThrow(/alg\.json: not valid JSON/);
    expect(() => readQuestionBank(dir)).toThrow(/notes\.json: unexpected file/);
  });
});
