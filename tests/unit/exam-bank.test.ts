import { describe, expect, it } from "vitest";
import { chapterCounts, drawExam, drawQuiz } from "@/lib/exam/draw";
import { DEFAULT_QUIZ_CONFIG, examConfig } from "@/lib/exam/config";
import { loadQuestionBank } from "@/lib/questions/bank";
import { MODULE_SLUGS } from "@/lib/questions/schema";

// The real bank (content/questions) must support the configured exam and a quiz for every module.
describe("the question bank supports the blueprint", () => {
  const bank = loadQuestionBank();
  const config = examConfig({});
  it("draws the default exam with its quotas for many attempt ids", () => {
    for (let n = 0; n < 50; n++) {
      const content = drawExam(bank, config, `attempt-${n}`);
      expect(content.items).toHaveLength(config.items);
      expect(chapterCounts(content)).toEqual(config.blueprint);
      // case sets whole and contiguous
      const ids = content.items.map((i) => i.id);
      for (const c of new Set(ids.map((id) => bank.items.find((i) => i.id === id)!.caseId).filter(Boolean))) {
        const members = bank.items.filter((i) => i.caseId === c && i.pools.includes("exam")).map((i) => i.id);
        const start = ids.indexOf(members[0]!);
        expect(ids.slice(start, start + members.length)).toEqual(members);
      }
    }
  });
  it("has a quiz for every module", () => {
    for (const slug of MODULE_SLUGS) expect(drawQuiz(bank, slug, DEFAULT_QUIZ_CONFIG, "x").items.length).toBeGreaterThan(0);
  });
});
