// The middle and bottom of a synthetic receipt: address, contact lines, the date and number rows, items and totals.

import type { Rng } from "../synthetic-invoices/prng";
import type { TLine } from "./receipt-model";
import { AREAS, CASHIERS, DATE_LABELS, GOODS, NUMBER_LABELS, STATE_SUFFIX, STREET_WORDS, STREETS, TOTAL_LABELS, TOWNS } from "./vocabulary";

const MONTHS = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"];

export function money(cents: number): string {
  return `${cents < 0 ? "-" : ""}${Math.floor(Math.abs(cents) / 100)}.${String(Math.abs(cents) % 100).padStart(2, "0")}`;
}

function fill(template: string, rng: Rng, words: readonly string[]): string {
  return template
    .replace("{w}", rng.pick(words))
    .replace("{n}", String(rng.int(1, 30)))
    .replace("{m}", String(rng.int(1, 12)));
}

export function addressLines(rng: Rng): string[] {
  const comma = rng.chance(0.7) ? "," : "";
  const number = rng.pick([
    `NO. ${rng.int(1, 199)}`,
    `NO.${rng.int(1, 199)}`,
    `LOT ${rng.int(100, 9999)}`,
    `${rng.int(1, 99)}-${rng.int(1, 3)}`,
    `G-${rng.int(1, 40)}`,
    `${rng.int(1, 199)}`,
  ]);
  const street = fill(rng.pick(STREETS), rng, STREET_WORDS);
  const area = fill(rng.pick(AREAS), rng, STREET_WORDS);
  const town = rng.pick(TOWNS);
  const postcode = String(rng.int(town.postcode[0], town.postcode[1])).padStart(5, "0");
  const state = rng.chance(0.3) ? (STATE_SUFFIX[town.state] ?? town.state) : town.state;
  const end = rng.chance(0.5) ? "." : "";
  const parts = [`${number}${comma} ${street}${comma}`, `${area}${comma}`, `${postcode} ${town.town}${comma}`, `${state}${end}`];
  if (rng.chance(0.25)) parts.splice(1, 1); // no area line
  // Receipts wrap their address two or three parts a line.
  const lines: string[] = [];
  for (let i = 0; i < parts.length; ) {
    const take = rng.chance(0.45) && i + 1 < parts.length ? 2 : 1;
    lines.push(parts.slice(i, i + take).join(" "));
    i += take;
  }
  return lines;
}

function phone(rng: Rng): string {
  return rng.pick([
    `03-${rng.digits(4)} ${rng.digits(4)}`,
    `0${rng.int(4, 9)}-${rng.digits(7)}`,
    `01${rng.int(0, 9)}-${rng.digits(3)} ${rng.digits(4)}`,
  ]);
}

export function contactLines(rng: Rng): TLine[] {
  const lines: TLine[] = [];
  const tel = phone(rng);
  if (rng.chance(0.5)) lines.push({ kind: "center", text: `TEL: ${tel}${rng.chance(0.5) ? `  FAX: ${phone(rng)}` : ""}` });
  else lines.push({ kind: "center", text: `${rng.pick(["Tel", "TEL NO", "Tel/Fax", "H/P"])} : ${tel}` });
  if (rng.chance(0.7))
    lines.push({ kind: "center", text: `${rng.pick(["GST ID", "GST REG NO", "GST No.", "(GST Reg. No"])} : 00${rng.digits(10)}` });
  if (rng.chance(0.15)) lines.push({ kind: "center", text: `Email: sales@${rng.letters(5).toLowerCase()}.com.my` });
  return lines;
}

function formatDate(rng: Rng, date: Date): string {
  const d = date.getUTCDate();
  const m = date.getUTCMonth() + 1;
  const y = date.getUTCFullYear();
  const dd = String(d).padStart(2, "0");
  const mm = String(m).padStart(2, "0");
  const yy = String(y).slice(2);
  const options = [
    `${dd}/${mm}/${y}`,
    `${dd}-${mm}-${y}`,
    `${dd}/${mm}/${yy}`,
    `${dd}-${mm}-${yy}`,
    `${dd}.${mm}.${y}`,
    `${y}-${mm}-${dd}`,
    `${dd} ${MONTHS[m - 1]} ${y}`,
    `${dd}-${MONTHS[m - 1]}-${yy}`,
    `${d}/${m}/${y}`,
  ];
  // Month-first only where the day shows it (a reader could not tell 05/06 apart either).
  if (d > 12) options.push(`${mm}/${dd}/${y}`);
  return rng.pick(options);
}

function time(rng: Rng): string {
  const h = rng.int(8, 22);
  const min = String(rng.int(0, 59)).padStart(2, "0");
  if (rng.chance(0.5))
    return `${h > 12 ? h - 12 : h}:${min}${rng.chance(0.5) ? `:${rng.digits(2).replace(/^[6-9]/, "5")}` : ""} ${h >= 12 ? "PM" : "AM"}`;
  return `${String(h).padStart(2, "0")}:${min}`;
}

export function metaLines(rng: Rng, date: Date): TLine[] {
  const number = rng.pick([
    `CS${rng.digits(7)}`,
    `${rng.letters(2)}${rng.digits(6)}`,
    `${rng.digits(6)}`,
    `T${rng.digits(2)}-${rng.digits(6)}`,
    `INV-${rng.digits(2)}/${rng.digits(5)}`,
  ]);
  const printed = formatDate(rng, date);
  const dateLabel = rng.pick(DATE_LABELS);
  const lines: TLine[] = [
    { kind: "row", left: `${rng.pick(NUMBER_LABELS)}: ${number}`, right: rng.chance(0.5) ? `Cashier: ${rng.pick(CASHIERS)}` : "" },
  ];
  switch (rng.int(0, 3)) {
    case 0:
      lines.push({ kind: "row", left: `${dateLabel}: ${printed}`, right: `Time: ${time(rng)}` });
      break;
    case 1:
      lines.push({ kind: "left", text: `${dateLabel} : ${printed} ${time(rng)}` });
      break;
    case 2:
      lines.push({ kind: "row", left: printed, right: time(rng) });
      break;
    default:
      lines.push({ kind: "left", text: `${dateLabel}: ${printed}` });
  }
  if (rng.chance(0.3)) lines.push({ kind: "left", text: `Counter: ${rng.int(1, 9)}   Table: ${rng.int(1, 40)}` });
  return rng.chance(0.3) ? lines.reverse() : lines;
}

export function itemsOf(rng: Rng): { itemLines: TLine[]; subtotal: number } {
  const layout = rng.int(0, 2);
  const lines: TLine[] = [];
  if (layout === 1) lines.push({ kind: "columns", cells: ["QTY", "DESCRIPTION", "AMT"] });
  let subtotal = 0;
  for (const name of rng.shuffle(GOODS).slice(0, rng.int(1, 7))) {
    const qty = rng.chance(0.6) ? 1 : rng.int(2, 6);
    const price = rng.int(5, 3000) * (rng.chance(0.5) ? 10 : 1);
    const amount = qty * price;
    subtotal += amount;
    const tax = rng.chance(0.4) ? ` ${rng.pick(["SR", "ZRL", "S"])}` : "";
    // An item discount printed under its item.
    const discount = rng.chance(0.1) ? Math.round(amount * 0.1) : 0;
    subtotal -= discount;
    if (layout === 0) {
      lines.push({ kind: "left", text: name });
      lines.push({ kind: "row", left: `  ${qty} x ${money(price)}`, right: `${money(amount)}${tax}` });
    } else if (layout === 1) lines.push({ kind: "columns", cells: [String(qty), name, money(amount)] });
    else lines.push({ kind: "row", left: qty > 1 ? `${name} x${qty}` : name, right: `${money(amount)}${tax}` });
    if (discount) lines.push({ kind: "row", left: "  DISC 10%", right: money(-discount) });
  }
  return { itemLines: lines, subtotal };
}

export function totalsOf(rng: Rng, subtotal: number): { totalLines: TLine[]; total: number } {
  const lines: TLine[] = [];
  const rm = rng.chance(0.3) ? "RM " : "";
  const row = (left: string, cents: number) => lines.push({ kind: "row", left, right: `${rm}${money(cents)}` });
  if (rng.chance(0.3)) lines.push({ kind: "left", text: `Total Qty: ${rng.int(1, 12)}` });
  let total = subtotal;
  const mode = rng.int(0, 4);
  if (mode === 1) {
    // Prices before tax: the tax is added.
    row(rng.pick(["Sub Total", "SUBTOTAL", "Total Excl. GST", "Sub-Total"]), subtotal);
    const tax = Math.round(subtotal * 0.06);
    row(rng.pick(["GST 6%", "GST @6%", "Total GST", "SST 6%", "Service Tax 6%"]), tax);
    total += tax;
  } else if (mode === 2) {
    // Prices include tax: the sums without and with it, and the tax.
    const net = Math.round(subtotal / 1.06);
    if (rng.chance(0.5)) {
      row("Total Sales (Excluding GST)", net);
      row("Total GST", subtotal - net);
      row("Total Sales (Inclusive GST)", subtotal);
    } else {
      row(rng.pick(["Total Excl. GST", "Amount Excl GST"]), net);
      row(rng.pick(["GST Payable", "Total GST 6%"]), subtotal - net);
    }
  } else if (mode === 4) {
    // A restaurant's bill: a service charge, then the tax on both.
    row(rng.pick(["Sub Total", "SUBTOTAL", "Food & Beverage"]), subtotal);
    const service = Math.round(subtotal * 0.1);
    row(rng.pick(["Service Charge 10%", "SVC CHG 10%", "Service Chg (10%)"]), service);
    const tax = Math.round((subtotal + service) * 0.06);
    row(rng.pick(["GST 6%", "SST 6%", "Govt Tax 6%"]), tax);
    total += service + tax;
  } else if (mode === 3 && rng.chance(0.6)) {
    row("Discount", -Math.round(subtotal * 0.1));
    total -= Math.round(subtotal * 0.1);
  }
  const rounded = Math.round(total / 5) * 5;
  if (rounded !== total && rng.chance(0.8)) {
    row(rng.pick(["Rounding Adj", "Rounding", "ROUNDING ADJUSTMENT"]), rounded - total);
    total = rounded;
  }
  const totalLabel = rng.pick(TOTAL_LABELS);
  if (rng.chance(0.15))
    lines.push({ kind: "left", text: totalLabel }, { kind: "right", text: `${rm}${money(total)}`, big: rng.chance(0.5) });
  else lines.push({ kind: "row", left: totalLabel, right: `${rm}${money(total)}`, big: rng.chance(0.2) });
  if (rng.chance(0.75)) {
    const note = rng.pick([1000, 5000, 10000]);
    const paid = rng.chance(0.2) ? total : Math.ceil(total / note) * note;
    row(rng.pick(["CASH", "Cash", "Tendered", "CASH PAID"]), paid);
    row(rng.pick(["CHANGE", "Change", "Change Due"]), paid - total);
  } else if (rng.chance(0.5)) row(rng.pick(["VISA", "MASTERCARD", "DEBIT CARD"]), total);
  // A tax summary whose own "Total" row holds the net and the tax, not the amount paid.
  if (rng.chance(0.3)) {
    const net = Math.round(total / 1.06);
    lines.push({ kind: "summary", cells: ["GST Summary", "Amount(RM)", "Tax(RM)"] });
    lines.push({ kind: "summary", cells: ["SR @ 6%", money(net), money(total - net)] });
    lines.push({ kind: "summary", cells: ["Total", money(net), money(total - net)] });
  }
  return { totalLines: lines, total };
}
