import type { TSchemaFieldInput } from "@/lib/validation/schemas";

/** Starter field sets for the "New schema" page; users edit them freely before saving. */
export const SCHEMA_TEMPLATES: { id: string; name: string; description: string; fields: TSchemaFieldInput[] }[] = [
  {
    id: "invoice",
    name: "Invoice",
    description: "Supplier invoices: number, parties, dates and amounts.",
    fields: [
      {
        key: "invoice_number",
        name: "Invoice Number",
        type: "text",
        required: true,
        aliases: ["Invoice #", "Inv. No.", "Invoice No", "Rechnungsnummer"],
      },
      { key: "vendor_name", name: "Vendor Name", type: "text", required: true, aliases: ["Supplier", "From", "Seller"] },
      { key: "invoice_date", name: "Invoice Date", type: "date", aliases: ["Date", "Issue Date", "Rechnungsdatum"] },
      { key: "due_date", name: "Due Date", type: "date", aliases: ["Payment Due", "Pay By"] },
      { key: "net_amount", name: "Net Amount", type: "number", aliases: ["Subtotal", "Amount before tax"] },
      { key: "tax_amount", name: "Tax Amount", type: "number", aliases: ["VAT", "Tax", "GST"] },
      {
        key: "total_amount",
        name: "Total Amount",
        type: "number",
        required: true,
        aliases: ["Total", "Amount Due", "Balance Due", "Gesamtbetrag"],
      },
      { key: "currency", name: "Currency", type: "text", description: "ISO 4217 code, e.g. EUR or USD" },
    ],
  },
  {
    id: "receipt",
    name: "Receipt",
    description: "Point-of-sale receipts: merchant, address, date and total.",
    fields: [
      { key: "vendor_name", name: "Merchant Name", type: "text", required: true, aliases: ["Store", "Merchant"] },
      { key: "vendor_address", name: "Merchant Address", type: "text", aliases: ["Address"] },
      { key: "date", name: "Date", type: "date", required: true, aliases: ["Transaction Date"] },
      {
        key: "total_amount",
        name: "Total",
        type: "number",
        required: true,
        aliases: ["Total", "Grand Total", "Amount Paid", "Total Incl. GST"],
      },
      { key: "payment_method", name: "Payment Method", type: "enum", options: ["cash", "card", "other"] },
    ],
  },
  {
    id: "purchase-order",
    name: "Purchase order",
    description: "Purchase orders: PO number, buyer, supplier, dates and total.",
    fields: [
      { key: "po_number", name: "PO Number", type: "text", required: true, aliases: ["Purchase Order #", "PO #", "Order Number"] },
      { key: "buyer_name", name: "Buyer Name", type: "text", aliases: ["Bill To", "Buyer"] },
      { key: "vendor_name", name: "Supplier Name", type: "text", aliases: ["Vendor", "Supplier"] },
      { key: "order_date", name: "Order Date", type: "date", aliases: ["Date", "PO Date"] },
      { key: "delivery_date", name: "Delivery Date", type: "date", aliases: ["Ship Date", "Required By"] },
      { key: "total_amount", name: "Total Amount", type: "number", aliases: ["Total", "Order Total"] },
      { key: "contact_email", name: "Contact Email", type: "email", aliases: ["Email"] },
    ],
  },
];
