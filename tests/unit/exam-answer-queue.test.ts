import { describe, expect, it } from "vitest";
import { AnswerQueue } from "@/lib/exam/answer-queue";

/** A fake server whose requests finish in whatever order the test says. */
function slowServer() {
  const stored = new Map<string, number>();
  const inFlight: { itemId: string; answer: number; finish: () => void }[] = [];
  const send = (itemId: string, answer: number) =>
    new Promise<number>((resolve) => {
      inFlight.push({ itemId, answer, finish: () => { stored.set(itemId, answer); resolve(answer); } });
    });
  const tick = () => new Promise((r) => setTimeout(r, 0));
  return { stored, inFlight, send, tick };
}

describe("AnswerQueue", () => {
  it("never has two requests for one item in flight, and the newest answer is the one stored", async () => {
    const server = slowServer();
    const results: [string, number, boolean][] = [];
    const queue = new AnswerQueue(server.send, (id, r, superseded) => results.push([id, r, superseded]));
    void queue.save("q1", 1);
    await server.tick();
    void queue.save("q1", 2);
    void queue.save("q1", 3);
    await server.tick();
    expect(server.inFlight.map((r) => r.answer)).toEqual([1]);
    server.inFlight[0]!.finish();
    await server.tick();
    // 2 was superseded by 3 while waiting, so only 3 goes out next
    expect(server.inFlight.map((r) => r.answer)).toEqual([1, 3]);
    server.inFlight[1]!.finish();
    await queue.idle();
    expect(server.stored.get("q1")).toBe(3);
    expect(results).toEqual([["q1", 1, true], ["q1", 3, false]]);
  });

  it("answers given before the first request leaves are sent once, as the newest", async () => {
    const server = slowServer();
    const queue = new AnswerQueue(server.send);
    void queue.save("q1", 1);
    void queue.save("q1", 2);
    await server.tick();
    expect(server.inFlight.map((r) => r.answer)).toEqual([2]);
    server.inFlight[0]!.finish();
    await queue.idle();
    expect(server.inFlight).toHaveLength(1);
  });

  it("items do not wait for each other", async () => {
    const server = slowServer();
    const queue = new AnswerQueue(server.send);
    void queue.save("q1", 1);
    void queue.save("q2", 7);
    await server.tick();
    expect(server.inFlight.map((r) => r.itemId)).toEqual(["q1", "q2"]);
    server.inFlight[1]!.finish();
    server.inFlight[0]!.finish();
    await queue.idle();
    expect([...server.stored]).toEqual([["q2", 7], ["q1", 1]]);
  });

  it("a failed request does not block the next answer, and idle() waits for everything", async () => {
    let calls = 0;
    const stored: number[] = [];
    const queue = new AnswerQueue(async (_id: string, answer: number) => {
      calls++;
      if (answer === 1) throw new Error("network down");
      stored.push(answer);
      return answer;
    });
    await expect(queue.save("q1", 1)).rejects.toThrow("network down");
    void queue.save("q1", 2);
    await queue.idle();
    expect(calls).toBe(2);
    expect(stored).toEqual([2]);
  });
});
