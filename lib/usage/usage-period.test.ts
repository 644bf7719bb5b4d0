import { describe, expect, it } from "vitest";
import { listDays } from "./usage-days";
import { resolveUsagePeriod } from "./usage-period";

const now = new Date("2026-03-10T23:30:00Z");

describe("resolveUsagePeriod", () => {
  it("defaults to the 30 UTC days ending today", () => {
    expect(resolveUsagePeriod({}, now)).toEqual({ from: "2026-02-09", to: "2026-03-10" });
    expect(listDays("2026-02-09", "2026-03-10")).toHaveLength(30);
  });

  it("takes from and to as given, and fills the other end", () => {
    expect(resolveUsagePeriod({ from: "2026-03-01", to: "2026-03-05" }, now)).toEqual({ from: "2026-03-01", to: "2026-03-05" });
    expect(resolveUsagePeriod({ to: "2024-03-01" }, now)).toEqual({ from: "2024-02-01", to: "2024-03-01" });
    expect(resolveUsagePeriod({ from: "2026-03-09" }, now)).toEqual({ from: "2026-03-09", to: "2026-03-10" });
  });

  it("refuses a reversed or too long period with 422", () => {
    expect(() => resolveUsagePeriod({ from: "2026-03-05", to: "2026-03-01" }, now)).toThrow(/on or before/);
    expect(() => resolveUsagePeriod({ from: "2024-01-01", to: "2025-01-01" }, now)).toThrow(/longer than 366 days/);
    expect(resolveUsagePeriod({ from: "2024-01-01", to: "2024-12-31" }, now)).toEqual({ from: "2024-01-01", to: "2024-12-31" });
  });

  it("lists calendar days across month ends and leap days", () => {
    expect(listDays("2024-02-28", "2024-03-01")).toEqual(["2024-02-28", "2024-02-29", "2024-03-01"]);
    expect(listDays("2026-01-01", "2026-01-01")).toEqual(["2026-01-01"]);
  });
});
