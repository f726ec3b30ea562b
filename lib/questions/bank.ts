/**
 * Loads the question bank from content/questions/*.json, validates it as a whole, and offers the few views
 * the exam engine needs: item versions (stored with every response), filtered item lists, and the public
 * form of an item that may be sent to the browser before submission (no key, no explanation, no regions).
 */
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import {
  BANK_CHAPTERS,
  UNIT_LABELS,
  bankFileSchema,
  type BankChapter,
  type Case,
  type Item,
  type ItemType,
  type Locale,
  type ModuleSlug,
  type Pool,
  type Unit,
} from "./schema";

export type QuestionBank = { items: Item[]; cases: Case[] };

export const DEFAULT_BANK_DIR = path.join(process.cwd(), "content", "questions");

export class QuestionBankError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "QuestionBankError";
  }
}

function formatPath(segments: readonly PropertyKey[]): string {
  let out = "";
  for (const s of segments) out += typeof s === "number" ? `[${s}]` : `${out ? "." : ""}${String(s)}`;
  return out || "(root)";
}

/** Names the item by id when the issue sits inside one, so the author can find it. */
function describe(file: string, raw: unknown, segments: readonly PropertyKey[]): string {
  let where = formatPath(segments);
  if (segments[0] === "items" && typeof segments[1] === "number" && raw && typeof raw === "object") {
    const items = (raw as { items?: unknown }).items;
    const item = Array.isArray(items) ? (items[segments[1]] as { id?: unknown } | undefined) : undefined;
    if (item && typeof item.id === "string") where += ` (item ${item.id})`;
  }
  return `${file}: ${where}`;
}

/**
 * Reads and validates every bank file in `dir` without caching. Throws a QuestionBankError listing every
 * problem as "<file>: <path> (item <id>): <message>".
 */
export function readQuestionBank(dir: string = DEFAULT_BANK_DIR): QuestionBank {
  const problems: string[] = [];
  const items: Item[] = [];
  const cases: Case[] = [];
  const itemFile = new Map<string, string>();
  const caseFile = new Map<string, string>();
  const rel = (f: string) => path.relative(process.cwd(), path.join(dir, f)) || f;

  let files: string[];
  try {
    files = fs.readdirSync(dir).filter((f) => f.endsWith(".json")).sort();
  } catch (err) {
    throw new QuestionBankError(`question bank directory ${dir} cannot be read: ${(err as Error).message}`);
  }
  if (files.length === 0) throw new QuestionBankError(`question bank directory ${dir} holds no .json files`);

  for (const f of files) {
    const chapter = f.slice(0, -".json".length);
    if (!(BANK_CHAPTERS as readonly string[]).includes(chapter)) {
      problems.push(`${rel(f)}: unexpected file; bank files are named ${BANK_CHAPTERS.map((c) => `${c}.json`).join(", ")}`);
      continue;
    }
    let raw: unknown;
    try {
      raw = JSON.parse(fs.readFileSync(path.join(dir, f), "utf8"));
    } catch (err) {
      problems.push(`${rel(f)}: not valid JSON: ${(err as Error).message}`);
      continue;
    }
    const parsed = bankFileSchema.safeParse(raw);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) problems.push(`${describe(rel(f), raw, issue.path)}: ${issue.message}`);
      continue;
    }
    parsed.data.items.forEach((item, i) => {
      if (!item.id.startsWith(`${chapter}-`)) {
        problems.push(`${rel(f)}: items[${i}].id (item ${item.id}): ids in ${f} start with "${chapter}-"`);
      }
      const other = itemFile.get(item.id);
      if (other) problems.push(`${rel(f)}: items[${i}].id: item id "${item.id}" is also used in ${other}`);
      itemFile.set(item.id, rel(f));
      if (item.type === "hotspot" && !fs.existsSync(path.join(dir, "figures", `${item.figure}.svg`))) {
        problems.push(`${rel(f)}: items[${i}].figure (item ${item.id}): figure file figures/${item.figure}.svg does not exist`);
      }
      items.push(item);
    });
    parsed.data.cases.forEach((c, i) => {
      const other = caseFile.get(c.id);
      if (other) problems.push(`${rel(f)}: cases[${i}].id: case id "${c.id}" is also used in ${other}`);
      caseFile.set(c.id, rel(f));
      cases.push(c);
    });
  }

  for (const item of items) {
    if (item.caseId && !caseFile.has(item.caseId)) {
      problems.push(`${itemFile.get(item.id)}: item ${item.id}.caseId: case "${item.caseId}" is not defined in any bank file`);
    }
  }
  for (const c of cases) {
    if (!items.some((i) => i.caseId === c.id)) problems.push(`${caseFile.get(c.id)}: case "${c.id}" has no items`);
  }

  if (problems.length > 0) {
    throw new QuestionBankError(`Question bank is invalid (${problems.length} problem${problems.length === 1 ? "" : "s"}):\n- ${problems.join("\n- ")}`);
  }
  return { items, cases };
}

let cached: QuestionBank | undefined;

/** The validated bank from content/questions (read once per process; content changes need a restart). */
export function loadQuestionBank(): QuestionBank {
  cached ??= readQuestionBank(DEFAULT_BANK_DIR);
  return cached;
}

/** JSON with object keys sorted at every level, so equal content always hashes the same. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (value && typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(",")}}`;
  }
  return JSON.stringify(value);
}

/** Content hash of an item: first 16 hex of sha256 over its canonical JSON. Stored with every response. */
export function itemVersion(item: Item): string {
  // bank items are never mutated after loading, so each object's hash is computed once (grading needs it per item)
  let version = versions.get(item);
  if (version === undefined) {
    version = createHash("sha256").update(canonicalJson(item)).digest("hex").slice(0, 16);
    versions.set(item, version);
  }
  return version;
}
const versions = new WeakMap<Item, string>();

/** The bank file (chapter) an item lives in, read from its id prefix: "tst-003" → "tst". Exam quotas use it. */
export function itemChapter(item: Pick<Item, "id">): BankChapter {
  const prefix = item.id.slice(0, item.id.indexOf("-"));
  if (!(BANK_CHAPTERS as readonly string[]).includes(prefix)) throw new QuestionBankError(`item ${item.id} belongs to no bank chapter`);
  return prefix as BankChapter;
}

export type ItemFilter = { pool?: Pool; module?: ModuleSlug; recs?: readonly string[]; chapter?: BankChapter };

/** Items matching every given criterion (recs: at least one in common). Order is the bank's order. */
export function itemsFor(filter: ItemFilter, bank: QuestionBank = loadQuestionBank()): Item[] {
  return bank.items.filter(
    (item) =>
      (!filter.pool || item.pools.includes(filter.pool)) &&
      (!filter.module || item.module === filter.module) &&
      (!filter.chapter || itemChapter(item) === filter.chapter) &&
      (!filter.recs || item.recs.some((r) => filter.recs!.includes(r))),
  );
}

export function getItem(id: string, bank: QuestionBank = loadQuestionBank()): Item | undefined {
  return bank.items.find((i) => i.id === id);
}

export function getCase(id: string, bank: QuestionBank = loadQuestionBank()): Case | undefined {
  return bank.cases.find((c) => c.id === id);
}

/** The SVG source of a hotspot figure (validated to exist when the bank loads). */
export function readFigure(figure: string, dir: string = DEFAULT_BANK_DIR): string {
  if (!/^[a-z0-9-]+$/.test(figure)) throw new QuestionBankError(`invalid figure id "${figure}"`);
  return fs.readFileSync(path.join(dir, "figures", `${figure}.svg`), "utf8");
}

export function unitLabel(unit: Unit, locale: Locale): string {
  return UNIT_LABELS[unit][locale];
}

type PublicBase = {
  id: string;
  version: string;
  type: ItemType;
  module: ModuleSlug;
  difficulty: 1 | 2 | 3;
  caseId?: string;
  stem: string;
};
export type PublicItem =
  | (PublicBase & { type: "single" | "multiple" | "ordering"; options: { id: string; text: string }[] })
  | (PublicBase & { type: "truefalse" })
  | (PublicBase & { type: "numeric"; unit: Unit; unitLabel: string })
  | (PublicBase & { type: "hotspot"; figure: string });

/**
 * What the browser may see before an answer is submitted: the stem and options in one language. No key, no
 * explanation, and for hotspots no regions (they would reveal which areas are scored). Options keep the
 * bank's order; the exam engine shuffles them per attempt.
 */
export function publicItem(item: Item, locale: Locale): PublicItem {
  const base: PublicBase = {
    id: item.id,
    version: itemVersion(item),
    type: item.type,
    module: item.module,
    difficulty: item.difficulty,
    ...(item.caseId ? { caseId: item.caseId } : {}),
    stem: item.stem[locale],
  };
  switch (item.type) {
    case "single":
    case "multiple":
    case "ordering":
      return { ...base, type: item.type, options: item.options.map((o) => ({ id: o.id, text: o.text[locale] })) };
    case "truefalse":
      return { ...base, type: "truefalse" };
    case "numeric":
      return { ...base, type: "numeric", unit: item.unit, unitLabel: unitLabel(item.unit, locale) };
    case "hotspot":
      return { ...base, type: "hotspot", figure: item.figure };
  }
}

export function publicCase(c: Case, locale: Locale): { id: string; scenario: string } {
  return { id: c.id, scenario: c.scenario[locale] };
}
