import http from "node:http";
import type { AddressInfo } from "node:net";
import { PDFDocument, StandardFonts } from "pdf-lib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { api, createOrgWithKey } from "../support/api";
import { uploadDocument, waitForDocument } from "../support/documents";
import { createScratchDatabase, startTestServer, type TTestServer } from "../support/test-server";

// The AI extractor inside the production build, against a stand-in for an OpenAI-compatible server
// (EXTRACTION_BASE_URL) in this process: no network, no model. The stand-in reads the prompt's
// numbered lines and answers like a model would, or refuses when told to.
type TMode = "answer" | "refuse";
let mode: TMode = "answer";
const prompts: string[] = [];
let standIn: http.Server;
let server: TTestServer;
let dropDatabase: (() => Promise<void>) | undefined;

function answer(prompt: string) {
  const find = (pattern: RegExp) => {
    for (const line of prompt.split("\n")) {
      const match = /^(p\d+-l\d+): (.*)$/.exec(line);
      const value = match && pattern.exec(match[2]);
      if (match && value) return { lineId: match[1], value: value[1] };
    }
    return null;
  };
  const text = (pattern: RegExp) => {
    const found = find(pattern);
    return { value: found?.value ?? null, line_id: found?.lineId ?? null };
  };
  const total = find(/^Total: ([\d,.]+)/);
  return {
    invoice_number: text(/^Invoice Number: (\S+)/),
    vendor_name: text(/^Vendor: (.+)$/),
    total_amount: { value: total ? Number(total.value.replace(/,/g, "")) : null, line_id: total?.lineId ?? null },
    customer_reference: text(/^Kundenreferenz: (\S+)/),
  };
}

async function makePdf(reference: string) {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  const page = pdf.addPage([595, 842]);
  page.drawText("INVOICE", { x: 50, y: 780, size: 24, font });
  page.drawText("Invoice Number: INV-2024-0042", { x: 50, y: 730, size: 12, font });
  page.drawText("Vendor: Acme Corp", { x: 50, y: 710, size: 12, font });
  page.drawText(`Kundenreferenz: ${reference}`, { x: 50, y: 690, size: 12, font });
  page.drawText("Total: 4,200.00", { x: 50, y: 580, size: 14, font });
  return Buffer.from(await pdf.save());
}

beforeAll(async () => {
  standIn = http.createServer((request, response) => {
    let body = "";
    request.on("data", (chunk) => {
      body += chunk;
    });
    request.on("end", () => {
      const { messages } = JSON.parse(body) as { messages: Array<{ role: string; content: string }> };
      const prompt = messages
        .filter((message) => message.role === "user")
        .map((message) => message.content)
        .join("\n");
      prompts.push(prompt);
      const content = mode === "refuse" ? "I can't help with that." : JSON.stringify(answer(prompt));
      response.setHeader("content-type", "application/json");
      response.end(
        JSON.stringify({
          id: `chatcmpl-${prompts.length}`,
          object: "chat.completion",
          created: Math.floor(Date.now() / 1000),
          model: "stand-in",
          choices: [{ index: 0, message: { role: "assistant", content }, finish_reason: "stop" }],
          usage: { prompt_tokens: 1, completion_tokens: 1, total_tokens: 2 },
        }),
      );
    });
  });
  await new Promise<void>((resolve) => standIn.listen(0, "127.0.0.1", resolve));
  const scratch = process.env.DATABASE_URL ? await createScratchDatabase(process.env.DATABASE_URL) : undefined;
  dropDatabase = scratch?.drop;
  server = await startTestServer({
    databaseUrl: scratch?.url,
    env: {
      EXTRACTION_BASE_URL: `http://127.0.0.1:${(standIn.address() as AddressInfo).port}/v1`,
      EXTRACTION_MODEL: "stand-in",
      EXTRACTION_MAX_RETRIES: "0",
      RATE_LIMIT_REQUESTS: "5000",
    },
  });
});
afterAll(async () => {
  await server?.stop();
  await dropDatabase?.();
  await new Promise((resolve) => standIn?.close(resolve));
});

describe("AI extraction in the pipeline", () => {
  it("combines the model's grounded answers with the offline reader, learns from corrections, and survives a refusal", async () => {
    const target = { baseUrl: server.baseUrl, dataDir: server.dataDir };
    const { key } = await createOrgWithKey({ target });
    const schema = await api("/api/v1/schemas", {
      key,
      baseUrl: server.baseUrl,
      method: "POST",
      json: {
        name: "Invoices",
        fields: [
          { key: "invoice_number", name: "Invoice Number", type: "text" },
          { key: "vendor_name", name: "Vendor Name", type: "text" },
          { key: "total_amount", name: "Total Amount", type: "number" },
          { key: "customer_reference", name: "Customer Reference", type: "text" },
        ],
      },
    });
    const extract = async (reference: string) => {
      const upload = await uploadDocument({ key, baseUrl: server.baseUrl, schemaId: schema.body.id, file: await makePdf(reference) });
      expect(upload.status).toBe(202);
      const status = await waitForDocument(key, upload.body.document_id, 60_000, server.baseUrl);
      expect(status.status).toBe("completed");
      const document = await api(`/api/v1/documents/${upload.body.document_id}`, { key, baseUrl: server.baseUrl });
      const fields = Object.fromEntries(document.body.field_values.map((field: { field_key: string }) => [field.field_key, field]));
      return { id: upload.body.document_id as string, fields };
    };

    const first = await extract("KR-55821");
    expect(prompts).toHaveLength(1);
    expect(prompts[0]).toContain(": Kundenreferenz: KR-55821");
    // Both readers agree: the AI's reading, surer than either alone.
    expect(first.fields.total_amount).toMatchObject({
      value: "4,200.00",
      normalized_value: 4200,
      source: "ai",
      was_inferred: false,
      page: 1,
    });
    expect(first.fields.total_amount.confidence).toBe(0.99);
    // Only the model knew the label: grounded on the page all the same.
    expect(first.fields.customer_reference).toMatchObject({ value: "KR-55821", source: "ai", was_inferred: false, page: 1 });
    expect(first.fields.customer_reference.bbox.x0).toBeGreaterThan(0.05);

    // A person confirms the reference: the next document's prompt shows it as an example.
    const corrected = await api(`/api/v1/documents/${first.id}/fields/customer_reference`, {
      key,
      baseUrl: server.baseUrl,
      method: "PATCH",
      json: { value: "KR-55821" },
    });
    expect(corrected.status).toBe(200);
    await extract("KR-60077");
    expect(prompts).toHaveLength(2);
    expect(prompts[1]).toContain('For Customer Reference, a person confirmed the value "KR-55821"');

    // The model refuses: the document still completes, with the offline reading.
    mode = "refuse";
    const refused = await extract("KR-70001");
    expect(refused.fields.invoice_number).toMatchObject({ value: "INV-2024-0042", source: "layout" });
    expect(server.output()).toMatch(/AI extraction failed \(refusal\)/);
  }, 180_000);
});
