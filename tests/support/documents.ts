import { api } from "./api";

// Re-exported so tests keep importing the invoice from here; the browser suite imports it directly.
export { makeInvoicePdf } from "./invoice-pdf";

export const INVOICE_SCHEMA_FIELDS = [
  { key: "invoice_number", name: "Invoice Number", type: "text" },
  { key: "vendor_name", name: "Vendor Name", type: "text" },
  { key: "total_amount", name: "Total Amount", type: "number" },
];

export async function createInvoiceSchema(key: string, baseUrl?: string) {
  const response = await api("/api/v1/schemas", {
    key,
    baseUrl,
    method: "POST",
    json: { name: "Invoices", fields: INVOICE_SCHEMA_FIELDS },
  });
  if (response.status !== 201) throw new Error(`schema creation failed: ${JSON.stringify(response.body)}`);
  return response.body.id as string;
}

/** The contract's Step 2: multipart `file`, `schema_id`, `organization_id`. */
export async function uploadDocument(options: {
  key: string;
  file: Buffer;
  filename?: string;
  schemaId?: string;
  organizationId?: string;
  contentType?: string;
  headers?: Record<string, string>;
  baseUrl?: string;
}) {
  const form = new FormData();
  form.append(
    "file",
    new Blob([new Uint8Array(options.file)], { type: options.contentType ?? "application/pdf" }),
    options.filename ?? "invoice.pdf",
  );
  if (options.schemaId !== undefined) form.append("schema_id", options.schemaId);
  if (options.organizationId !== undefined) form.append("organization_id", options.organizationId);
  return api("/api/v1/documents/upload", {
    key: options.key,
    baseUrl: options.baseUrl,
    method: "POST",
    body: form,
    headers: options.headers,
  });
}

/** The contract's Step 3: poll the status endpoint until completed or failed. */
export async function waitForDocument(key: string, documentId: string, timeoutMs = 60_000, baseUrl?: string) {
  const deadline = Date.now() + timeoutMs;
  const seenProgress: number[] = [];
  while (Date.now() < deadline) {
    const status = await api(`/api/v1/documents/${documentId}/status`, { key, baseUrl });
    if (status.status !== 200) throw new Error(`status answered ${status.status}: ${JSON.stringify(status.body)}`);
    seenProgress.push(status.body.extraction_progress);
    if (status.body.status === "completed" || status.body.status === "failed") return { ...status.body, seenProgress };
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`document ${documentId} did not finish in ${timeoutMs} ms`);
}
