import { describe, expect, it } from "vitest";
import { documentNameFromRef, parseDocumentRef, type TDocumentRefRules } from "./document-ref";
import { makeZBatchDocumentsRequest } from "./documents";
import { fieldErrorsFromZod } from "./field-errors";

const strict: TDocumentRefRules = { allowHttp: false, allowedBuckets: ["invoices"] };
const local: TDocumentRefRules = { allowHttp: true, allowedBuckets: [] };

describe("parseDocumentRef", () => {
  it("accepts https URLs and allowed s3 buckets", () => {
    expect(parseDocumentRef("https://example.com/a/invoice-001.pdf", strict)).toMatchObject({ kind: "url" });
    expect(parseDocumentRef("s3://invoices/2026/03.pdf", strict)).toEqual({ kind: "s3", bucket: "invoices", key: "2026/03.pdf" });
  });

  it.each([
    ["example.com/invoice.pdf", /needs a scheme/],
    ["/invoice.pdf", /needs a scheme/],
    ["ftp://example.com/invoice.pdf", /ftp:\/\/ refs are not accepted/],
    ["file:///etc/passwd", /file:\/\/ refs are not accepted/],
    ["http://example.com/invoice.pdf", /http:\/\/ refs are not accepted; use https:\/\//],
    ["https://user:secret@example.com/a.pdf", /credentials/],
    ["https://", /valid URL|no host/],
    ["s3://other-bucket/a.pdf", /"other-bucket" is not one this server may read from/],
    ["s3://invoices", /key is missing/],
    ["s3://invoices/", /key is missing/],
    ["s3:invoices/a.pdf", /s3:\/\/bucket\/key/],
  ])("refuses %s", (ref, message) => {
    const parsed = parseDocumentRef(ref, strict);
    expect("error" in parsed && parsed.error).toMatch(message);
  });

  it("accepts http only when private URLs are allowed", () => {
    expect(parseDocumentRef("http://127.0.0.1:8080/a.pdf", local)).toMatchObject({ kind: "url" });
  });
});

describe("documentNameFromRef", () => {
  const name = (ref: string) => {
    const parsed = parseDocumentRef(ref, { allowHttp: false, allowedBuckets: ["b"] });
    if ("error" in parsed) throw new Error(parsed.error);
    return documentNameFromRef(parsed);
  };

  it("is the last path segment, decoded for URLs and literal for S3 keys", () => {
    expect(name("https://example.com/invoices/invoice-001.pdf?sig=abc#x")).toBe("invoice-001.pdf");
    expect(name("https://example.com/Rechnung%20M%C3%A4rz.pdf")).toBe("Rechnung März.pdf");
    expect(name("s3://b/2026/a%20b?.pdf")).toBe("a%20b?.pdf");
    expect(name("https://example.com/")).toBe("example.com");
  });
});

describe("ZBatchDocumentsRequest", () => {
  const schema = makeZBatchDocumentsRequest(strict);
  const refs = (count: number) => Array.from({ length: count }, (_, i) => ({ ref: `https://example.com/${i}.pdf` }));

  it("keeps order and duplicates, and fills in default names", () => {
    const parsed = schema.parse({
      schema_id: "sch_1",
      documents: [{ ref: "https://example.com/a.pdf", name: "Invoice A" }, { ref: "https://example.com/a.pdf" }],
    });
    expect(parsed.documents).toEqual([
      { ref: "https://example.com/a.pdf", name: "Invoice A" },
      { ref: "https://example.com/a.pdf", name: "a.pdf" },
    ]);
  });

  it.each([
    ["no documents", [], "documents", /at least one/],
    ["1,001 documents", refs(1001), "documents", /At most 1,000/],
    ["a ref without a scheme", [{ ref: "example.com/a.pdf" }], "documents.0.ref", /scheme/],
    ["an empty ref", [{ ref: " " }], "documents.0.ref", /required/],
  ])("refuses %s with a per-field error", (_label, documents, path, message) => {
    const result = schema.safeParse({ schema_id: "sch_1", documents });
    expect(result.success).toBe(false);
    const errors = result.success ? {} : fieldErrorsFromZod(result.error);
    expect(errors[path]?.join(" ")).toMatch(message);
  });

  it("accepts exactly 1,000 documents", () => {
    expect(schema.safeParse({ schema_id: "sch_1", documents: refs(1000) }).success).toBe(true);
  });
});
