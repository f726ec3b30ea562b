import path from "node:path";
import { describe, expect, it } from "vitest";
import { isPostgresUrl, resolveDatabaseUrl, splitPostgresSchema } from "@/lib/db-url";

describe("database URL", () => {
  it("defaults to the embedded SQLite file under ./data", () => {
    expect(resolveDatabaseUrl({})).toBe(`file:${path.resolve("data/naaldwijzer.db")}`);
  });
  it("makes relative SQLite paths absolute and leaves PostgreSQL URLs alone", () => {
    expect(resolveDatabaseUrl({ DATABASE_URL: "file:./x.db" })).toBe(`file:${path.resolve("x.db")}`);
    expect(resolveDatabaseUrl({ DATABASE_URL: "postgresql://u:p@h/db" })).toBe("postgresql://u:p@h/db");
    expect(isPostgresUrl("postgres://h/db")).toBe(true);
    expect(isPostgresUrl("file:/tmp/x.db")).toBe(false);
  });
  it("takes Prisma's ?schema= off the connection string for node-postgres", () => {
    expect(splitPostgresSchema("postgresql://u:p@h:5432/db?schema=t1&sslmode=disable")).toEqual({
      connectionString: "postgresql://u:p@h:5432/db?sslmode=disable",
      schema: "t1",
    });
  });
});
