import { describe, expect, it } from "vitest";
import type { Migration } from "@/lib/db/migrate";
import { BACKUP_FORMAT, type BackupHeader } from "./format";
import { migrationsFor, RestoreError } from "./restore-backup";

describe("migrationsFor", () => {
  const code: Migration[] = [
    { name: "20260101000000_init", sql: "", checksum: "abc" },
    { name: "20260201000000_more", sql: "", checksum: "def" },
  ];
  const at = (migrations: { name: string; checksum: string }[]): BackupHeader => ({
    format: BACKUP_FORMAT,
    version: 1,
    createdAt: "2026-12-02T19:30:00.000Z",
    postgresVersion: "18.4",
    database: "ledgerly",
    migration: migrations.at(-1)!.name,
    migrations,
    tables: [],
    sequences: [],
  });

  it("picks this code's migrations up to the backup's last one", () => {
    expect(migrationsFor(at([{ name: "20260101000000_init", checksum: "abc" }]), code).map((m) => m.name)).toEqual(["20260101000000_init"]);
    expect(migrationsFor(at([{ name: "20260101000000_init", checksum: "abc" }, { name: "20260201000000_more", checksum: "def" }]), code)).toHaveLength(2);
  });

  it("refuses a backup taken at a migration this code doesn't have", () => {
    expect(() => migrationsFor(at([{ name: "20260101000000_init", checksum: "abc" }, { name: "20270101000000_future", checksum: "x" }]), code)).toThrow(
      /20270101000000_future, which this version of Ledgerly does not have/,
    );
  });

  it("refuses migrations that differ from this code's", () => {
    expect(() => migrationsFor(at([{ name: "20260101000000_init", checksum: "changed" }]), code)).toThrow(RestoreError);
    expect(() => migrationsFor(at([{ name: "20260201000000_more", checksum: "def" }]), code)).toThrow(/at position 1/);
  });
});
