/**
 * Sends answers to the server one request at a time per item, newest answer wins.
 *
 * A participant who ticks two checkboxes or moves an ordering step twice produces several answers within
 * milliseconds. Sent in parallel, the requests may commit in any order and an older answer could overwrite the
 * newer one. Here each item has one chain: a new answer waits for the request in flight, and answers that were
 * superseded while waiting are never sent.
 */
export class AnswerQueue<A, R> {
  private readonly chains = new Map<string, Promise<void>>();
  private readonly unsent = new Map<string, A>();

  constructor(
    private readonly send: (itemId: string, answer: A) => Promise<R>,
    /** Called after each request; `superseded` is true when a newer answer for the item is already waiting. */
    private readonly onResult: (itemId: string, result: R, superseded: boolean) => void = () => undefined,
  ) {}

  /** Queues the answer; resolves once the server has seen this answer or a newer one for the same item. */
  save(itemId: string, answer: A): Promise<void> {
    this.unsent.set(itemId, answer);
    const previous = this.chains.get(itemId) ?? Promise.resolve();
    const next = previous.then(async () => {
      if (!this.unsent.has(itemId)) return; // an earlier link already sent this answer's successor
      const newest = this.unsent.get(itemId) as A;
      this.unsent.delete(itemId);
      const result = await this.send(itemId, newest);
      this.onResult(itemId, result, this.unsent.has(itemId));
    });
    // a failed request must not block the item's later answers
    this.chains.set(itemId, next.catch(() => undefined));
    return next;
  }

  /** Resolves when every queued answer has been sent (failures included). */
  async idle(): Promise<void> {
    // a result handler may queue more answers: wait until a pass sees no new chain
    for (;;) {
      const chains = [...this.chains.values()];
      await Promise.all(chains);
      const now = [...this.chains.values()];
      if (now.length === chains.length && now.every((p, i) => p === chains[i])) return;
    }
  }
}
