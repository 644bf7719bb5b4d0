import { PDFDocument, StandardFonts } from "pdf-lib";

// No test-runner imports here: both vitest and Playwright use this file.

/** The contract's example invoice as a born-digital PDF, made fresh by the test. */
export async function makeInvoicePdf(options: { invoiceNumber?: string; vendor?: string; total?: string; pages?: number } = {}) {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
  const page = pdf.addPage([595, 842]);
  page.drawText("INVOICE", { x: 50, y: 780, size: 24, font: bold });
  page.drawText(`Invoice Number: ${options.invoiceNumber ?? "INV-2024-0042"}`, { x: 50, y: 730, size: 12, font });
  page.drawText(`Vendor: ${options.vendor ?? "Acme Corp"}`, { x: 50, y: 710, size: 12, font });
  page.drawText("Date: 2024-11-15", { x: 50, y: 690, size: 12, font });
  page.drawText("Description                               Amount", { x: 50, y: 640, size: 11, font: bold });
  page.drawText("Consulting services                       4,200.00", { x: 50, y: 620, size: 11, font });
  page.drawText(`Total: ${options.total ?? "4,200.00"}`, { x: 50, y: 580, size: 14, font: bold });
  for (let extra = 1; extra < (options.pages ?? 1); extra++) {
    pdf.addPage([595, 842]).drawText(`Terms and conditions, page ${extra + 1}`, { x: 50, y: 780, size: 12, font });
  }
  return Buffer.from(await pdf.save());
}
