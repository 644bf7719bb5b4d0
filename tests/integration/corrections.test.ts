import { PDFDocument, StandardFonts } from "pdf-lib";
import { describe, expect, it } from "vitest";
import { api, createOrgWithKey } from "../support/api";
import { uploadDocument, waitForDocument } from "../support/documents";

// A schema field printed under a label nobody told us about: the first document misses it, a
// person corrects it, and the next document of the schema finds it by the learned label.
async function makeOrderPdf(reference: string) {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  const page = pdf.addPage([595, 842]);
  page.drawText("PURCHASE CONFIRMATION", { x: 50, y: 780, size: 18, font });
  page.drawText(`Kundenreferenz: ${reference}`, { x: 50, y: 720, size: 12, font });
  page.drawText("Amount: 99.00", { x: 50, y: 700, size: 12, font });
  return Buffer.from(await pdf.save());
}

describe("learning from corrections", () => {
  it("turns the label next to a corrected value into an alias that later documents use", async () => {
    const { key } = await createOrgWithKey();
    const schema = await api("/api/v1/schemas", {
      key,
      method: "POST",
      json: {
        name: "Orders",
        fields: [
          { key: "order_reference", name: "Order Reference", type: "text" },
          { key: "amount", name: "Amount", type: "number" },
        ],
      },
    });
    const first = await uploadDocument({ key, schemaId: schema.body.id, file: await makeOrderPdf("KR-55821") });
    await waitForDocument(key, first.body.document_id);
    const before = await api(`/api/v1/documents/${first.body.document_id}`, { key });
    expect(before.body.field_values.find((field: { field_key: string }) => field.field_key === "order_reference").value).not.toBe(
      "KR-55821",
    );

    const corrected = await api(`/api/v1/documents/${first.body.document_id}/fields/order_reference`, {
      key,
      method: "PATCH",
      json: { value: "KR-55821" },
    });
    expect(corrected.status).toBe(200);
    expect(corrected.body).toMatchObject({
      field_key: "order_reference",
      value: "KR-55821",
      manually_edited: true,
      confidence: 1,
      was_inferred: false,
      page: 1,
      learned_alias: "Kundenreferenz",
    });

    const second = await uploadDocument({ key, schemaId: schema.body.id, file: await makeOrderPdf("KR-60077") });
    await waitForDocument(key, second.body.document_id);
    const after = await api(`/api/v1/documents/${second.body.document_id}`, { key });
    const reference = after.body.field_values.find((field: { field_key: string }) => field.field_key === "order_reference");
    expect(reference).toMatchObject({ value: "KR-60077", manually_edited: false });
    expect(reference.confidence).toBeGreaterThan(0.8);
  });

  it("validates corrections against the field's type and the document's state", async () => {
    const { key } = await createOrgWithKey();
    const schema = await api("/api/v1/schemas", {
      key,
      method: "POST",
      json: { name: "O", fields: [{ key: "amount", name: "Amount", type: "number" }] },
    });
    const upload = await uploadDocument({ key, schemaId: schema.body.id, file: await makeOrderPdf("KR-1") });
    await waitForDocument(key, upload.body.document_id);
    const path = `/api/v1/documents/${upload.body.document_id}/fields`;
    const notNumber = await api(`${path}/amount`, { key, method: "PATCH", json: { value: "ninety-nine" } });
    expect(notNumber.status).toBe(422);
    expect(notNumber.body.detail).toMatch(/not a valid number/);
    expect((await api(`${path}/unknown_field`, { key, method: "PATCH", json: { value: "x" } })).status).toBe(404);
    const cleared = await api(`${path}/amount`, { key, method: "PATCH", json: { value: null } });
    expect(cleared.body).toMatchObject({ value: null, manually_edited: true });
    const normalized = await api(`${path}/amount`, { key, method: "PATCH", json: { value: "1.234,50" } });
    expect(normalized.body).toMatchObject({ value: "1.234,50", normalized_value: 1234.5 });
    const status = await api(`/api/v1/documents/${upload.body.document_id}/status`, { key });
    expect(status.body.fields_extracted).toBe(1);
  });
});
