/**
 * Drawing the items of an attempt. The exam draws from the "exam" pool by a blueprint (quotas per
 * chapter); a module quiz takes the module's "quiz" pool. Items sharing a caseId form one unit: drawn
 * together, shown together, in the bank's order. Everything random comes from a generator seeded with
 * the attempt id, so a draw can be reproduced from the id alone.
 */
import { BANK_CHAPTERS, type BankChapter, type Item, type ModuleSlug } from "@/lib/questions/schema";
import { itemVersion, type QuestionBank } from "@/lib/questions/bank";
import type { ExamConfig, QuizConfig } from "./config";
import { rngFor, shuffle, type Rng } from "./random";

/** One drawn item: its id, the version (content hash) drawn, and the option order shown in this attempt. */
export type DrawnItem = { id: string; version: string; options?: string[] };
/** What Attempt.content holds (JSON). */
export type AttemptContent = { v: 1; seed: string; items: DrawnItem[] };

export class DrawError extends Error {}

/** The chapter of an item is its bank file, which is also its id's prefix ("pnx-004" → "pnx"). */
export function chapterOf(item: Pick<Item, "id">): BankChapter {
  const prefix = item.id.slice(0, item.id.indexOf("-")) as BankChapter;
  if (!BANK_CHAPTERS.includes(prefix)) throw new DrawError(`item ${item.id} has no known chapter prefix`);
  return prefix;
}

type Unit = { chapter: BankChapter; items: Item[] };

/** Groups items into draw units: a case set (all its items, bank order) or a single item. */
export function drawUnits(items: readonly Item[]): Unit[] {
  const units: Unit[] = [];
  const byCase = new Map<string, Unit>();
  for (const item of items) {
    if (item.caseId) {
      const existing = byCase.get(item.caseId);
      if (existing) {
        existing.items.push(item);
        continue;
      }
      const unit = { chapter: chapterOf(item), items: [item] };
      byCase.set(item.caseId, unit);
      units.push(unit);
    } else {
      units.push({ chapter: chapterOf(item), items: [item] });
    }
  }
  return units;
}

/** Option order for this attempt. An ordering item is never shown already in the right order. */
export function shuffledOptions(item: Item, rng: Rng): string[] | undefined {
  if (!("options" in item)) return undefined;
  const ids = item.options.map((o) => o.id);
  let order = shuffle(ids, rng);
  if (item.type === "ordering" && order.join() === item.key.join()) order = [...order.slice(1), order[0]!];
  return order;
}

function toContent(seed: string, units: Unit[], rng: Rng): AttemptContent {
  const items = units.flatMap((u) => u.items);
  return {
    v: 1,
    seed,
    items: items.map((item) => {
      const options = shuffledOptions(item, rng);
      return { id: item.id, version: itemVersion(item), ...(options ? { options } : {}) };
    }),
  };
}

/** Takes units in the given order while they fit in `room`; returns what was taken. */
function take(units: Unit[], room: number, used: Set<Unit>): Unit[] {
  const picked: Unit[] = [];
  for (const unit of units) {
    if (room <= 0) break;
    if (used.has(unit) || unit.items.length > room) continue;
    picked.push(unit);
    used.add(unit);
    room -= unit.items.length;
  }
  return picked;
}

/**
 * The exam draw: per chapter, units in random order fill its quota (a case set only when it fits);
 * a chapter short of items leaves its shortfall to be filled from the other chapters' remaining units.
 * Units are then shown in random order (a case set's items stay together).
 */
export function drawExam(bank: QuestionBank, config: ExamConfig, seed: string): AttemptContent {
  const rng = rngFor(`exam|${seed}`);
  const eligible = bank.items.filter((i) => i.pools.includes("exam"));
  if (eligible.length < config.items) {
    throw new DrawError(`the exam pool has ${eligible.length} items; the exam needs ${config.items}`);
  }
  const units = drawUnits(eligible);
  const used = new Set<Unit>();
  const picked: Unit[] = [];
  for (const chapter of BANK_CHAPTERS) {
    const quota = config.blueprint[chapter] ?? 0;
    if (quota <= 0) continue;
    picked.push(...take(shuffle(units.filter((u) => u.chapter === chapter), rng), quota, used));
  }
  const count = () => picked.reduce((n, u) => n + u.items.length, 0);
  picked.push(...take(shuffle(units, rng), config.items - count(), used));
  if (count() !== config.items) {
    throw new DrawError(`could not draw exactly ${config.items} items (got ${count()}); the pool's case sets do not fit`);
  }
  return toContent(seed, shuffle(picked, rng), rng);
}

/** A module quiz: the module's quiz pool (at most `maxItems`, case sets whole), in random order. */
export function drawQuiz(bank: QuestionBank, module: ModuleSlug, config: QuizConfig, seed: string): AttemptContent {
  const rng = rngFor(`quiz|${module}|${seed}`);
  const eligible = bank.items.filter((i) => i.module === module && i.pools.includes("quiz"));
  if (eligible.length === 0) throw new DrawError(`module ${module} has no quiz items`);
  const units = shuffle(drawUnits(eligible), rng);
  const picked = take(units, config.maxItems, new Set());
  if (picked.length === 0) throw new DrawError(`module ${module}: no quiz unit fits in ${config.maxItems} items`);
  return toContent(seed, picked, rng);
}

/** Blueprint coverage of a draw, for tests and the provider's view. */
export function chapterCounts(content: AttemptContent): Partial<Record<BankChapter, number>> {
  const out: Partial<Record<BankChapter, number>> = {};
  for (const { id } of content.items) {
    const c = chapterOf({ id });
    out[c] = (out[c] ?? 0) + 1;
  }
  return out;
}
