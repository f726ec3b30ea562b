import type { Db } from "@/lib/db";

/** Pluggable outgoing mail. Development and tests use the outbox (stored, shown at /admin/outbox). */
export type MailMessage = { to: string; subject: string; body: string; kind: string };
export interface Mailer {
  send(message: MailMessage): Promise<void>;
}

/** Keeps every message in the OutboxMessage table and logs a line. */
export class OutboxMailer implements Mailer {
  constructor(private readonly db: Db) {}
  async send(message: MailMessage): Promise<void> {
    await this.db.outboxMessage.create({ data: message });
    console.info(`[mail:outbox] ${message.kind} → ${message.to}: ${message.subject}`);
  }
}

/** Only logs (for a deployment without mail). */
export class LogMailer implements Mailer {
  async send(message: MailMessage): Promise<void> {
    console.info(`[mail:log] ${message.kind} → ${message.to}: ${message.subject}\n${message.body}`);
  }
}

/** MAILER=log | outbox (default). A real transport implements Mailer and is chosen here. */
export function getMailer(db: Db, kind: string | undefined = process.env.MAILER): Mailer {
  return kind === "log" ? new LogMailer() : new OutboxMailer(db);
}
