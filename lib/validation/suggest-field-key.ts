/** "Invoice Number" → "invoice_number", "Total (incl. VAT)" → "total_incl_vat", "1st line" → "f_1st_line". */
export function suggestFieldKey(name: string): string {
  const words = name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/ß/g, "ss")
    .replace(/[^a-z0-9]+/g, "_")
    .replace(/^_+|_+$/g, "");
  if (!words) return "";
  const key = /^[a-z]/.test(words) ? words : `f_${words}`;
  return key.slice(0, 64).replace(/_+$/, "");
}
