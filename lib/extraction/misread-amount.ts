// A receipt printer's decimal point read as a colon by a scan's reader ("100:00", "31:46"). Only where the digits
// before the colon can't be an hour: "10:57" is the time of the sale.

const COLON_FOR_POINT = /^(\d{3,}|2[4-9]|[3-9]\d):(\d{2})$/;

/** The amount a word like "100:00" or "31:46" was printed as, or null (also for a time such as "10:57"). */
export function parseColonAmount(text: string): number | null {
  const match = COLON_FOR_POINT.exec(text);
  return match ? Number(`${match[1]}.${match[2]}`) : null;
}
