import { describe, expect, it } from "vitest";
import { decodeSearchCursor, encodeSearchCursor } from "./search-cursor";

describe("search cursor", () => {
  it("round-trips the offset for the same query", () => {
    const token = encodeSearchCursor({ offset: 40, query: "acme invoice" });
    expect(token).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeSearchCursor(token, "acme invoice")).toBe(40);
  });

  it("refuses a cursor of another query", () => {
    const token = encodeSearchCursor({ offset: 20, query: "acme" });
    expect(() => decodeSearchCursor(token, "zyxquorp")).toThrow(/different q/);
  });

  it.each(["", "not-a-cursor", Buffer.from('[-1,"x"]').toString("base64url"), Buffer.from("{}").toString("base64url")])(
    "refuses %j",
    (token) => {
      expect(() => decodeSearchCursor(token, "acme")).toThrow(/not a cursor/);
    },
  );
});
