// One synthetic receipt: its printed lines (top to bottom) and the truth a SROIE annotator would write for it.
// Truth follows SROIE's: vendor_name is the company line as printed (no registration number), vendor_address its
// address lines joined by spaces as printed, date as an ISO date, total_amount the amount payable after rounding.

import { Rng } from "../synthetic-invoices/prng";
import { addressLines, contactLines, itemsOf, metaLines, money, totalsOf } from "./receipt-sections";
import { EATERY_WORDS, FOOTERS, NAME_WORDS, PLACE_WORDS, TITLES, TRADES } from "./vocabulary";

export type TLine =
  | { kind: "center" | "left" | "big"; text: string }
  | { kind: "right"; text: string; big?: boolean }
  | { kind: "row"; left: string; right: string; big?: boolean }
  | { kind: "columns" | "summary"; cells: string[] }
  | { kind: "rule"; char: "-" | "=" | "*" };

export type TReceipt = {
  lines: TLine[];
  truth: { vendor_name: string; vendor_address: string; date: string; total_amount: string };
  style: {
    width: number;
    font: string;
    size: number;
    lineHeight: number;
    ink: string;
    angle: number;
    blur: number;
    scale: number;
    quality: number;
    noise: number;
    /** The letterhead centred, as most tills print it, or flush left. */
    headerAlign: "center" | "left";
  };
};

const FONTS = ["DejaVu Sans Mono", "Liberation Mono", "Liberation Sans", "DejaVu Sans Condensed", "Liberation Sans Narrow"];

/** `harsh`: a worse scan of the same receipt (lower resolution, more blur, fainter ink, heavier JPEG, more grain). */
export function buildReceipt(seed: number, harsh = false): TReceipt {
  const rng = new Rng(seed);
  const lines: TLine[] = [];
  const vendor = vendorName(rng);
  const address = addressLines(rng);
  const lower = rng.chance(0.15);
  const cased = (text: string) => (lower ? titleCase(text) : text);

  // Above the name: a greeting, the cashier's or owner's name, a reprint mark.
  if (rng.chance(0.15))
    lines.push({ kind: "center", text: rng.pick(["WELCOME TO", "TAN MEI LING", "*** RE-PRINT ***", "SELAMAT DATANG"]) });
  if (rng.chance(0.3)) lines.push({ kind: "big", text: brandOf(vendor, rng) });
  const reg = registration(rng);
  const regInline = reg && rng.chance(0.4);
  lines.push({ kind: "center", text: cased(vendor) + (regInline ? ` (${reg})` : "") });
  if (reg && !regInline)
    lines.push({
      kind: "center",
      text: rng.pick(["CO. REG. NO. : {r}", "(Co. Reg. No. {r})", "COMPANY NO: {r}", "({r})"]).replace("{r}", reg),
    });
  for (const line of address) lines.push({ kind: "center", text: cased(line) });
  lines.push(...contactLines(rng));
  if (rng.chance(0.8)) lines.push({ kind: "center", text: rng.pick(TITLES) });
  lines.push({ kind: "rule", char: rng.pick(["-", "=", "*"] as const) });

  const date = new Date(Date.UTC(rng.int(2016, 2019), rng.int(0, 11), rng.int(1, 28)));
  // Some tills print the date and number under the totals.
  const metaAtBottom = rng.chance(0.2);
  const meta = metaLines(rng, date);
  if (!metaAtBottom) lines.push(...meta, { kind: "rule", char: "-" });
  const { itemLines, subtotal } = itemsOf(rng);
  lines.push(...itemLines);
  lines.push({ kind: "rule", char: "-" });
  const { totalLines, total } = totalsOf(rng, subtotal);
  lines.push(...totalLines);
  if (metaAtBottom) lines.push({ kind: "rule", char: "-" }, ...meta);
  if (rng.chance(0.2)) lines.push({ kind: "left", text: rng.pick(["Points Earned: 12", "Member No: 6012345678", "Total Items: 4"]) });
  lines.push({ kind: "rule", char: rng.pick(["-", "="] as const) });
  for (const footer of rng.shuffle(FOOTERS).slice(0, rng.int(1, 3))) lines.push({ kind: "center", text: footer });

  return {
    lines,
    truth: {
      vendor_name: cased(vendor),
      vendor_address: address.map(cased).join(" "),
      date: date.toISOString().slice(0, 10),
      total_amount: money(total),
    },
    style: {
      width: rng.int(270, 400),
      font: rng.pick(FONTS),
      size: rng.int(11, 14),
      lineHeight: 1.15 + rng.next() * 0.25,
      ink: rng.pick(["#111", "#222", "#333", "#3a3a3a", "#444", "#555", "#5e5e5e"]),
      angle: (rng.next() - 0.5) * 3,
      blur: rng.chance(0.5) ? rng.next() * 0.6 : 0,
      scale: 1.4 + rng.next() * 0.9,
      quality: rng.int(45, 85),
      noise: rng.chance(0.5) ? 0.03 + rng.next() * 0.07 : 0,
      ...(harsh ? harshScan(new Rng(seed ^ 0x5eed)) : {}),
      headerAlign: rng.chance(0.2) ? "left" : "center",
    },
  };
}

function titleCase(text: string): string {
  return text
    .toLowerCase()
    .replace(/\b([a-z])/g, (c) => c.toUpperCase())
    .replace(/\bSdn Bhd\b/i, "Sdn Bhd");
}

function vendorName(rng: Rng): string {
  const name = rng.pick(NAME_WORDS);
  const trade = rng.pick(TRADES);
  switch (rng.int(0, 7)) {
    case 0:
      return `${name} ${trade} SDN BHD`;
    case 1:
      return `${name} ${trade} (M) SDN. BHD.`;
    case 2:
      return `${rng.pick(["SYARIKAT", "PERNIAGAAN", "KEDAI"])} ${name} ${trade}`;
    case 3:
      return `${rng.pick(EATERY_WORDS)} ${name}`;
    case 4:
      return `${name} ENTERPRISE`;
    case 5:
      return `${name} ${trade} (${rng.pick(PLACE_WORDS)}) SDN BHD`;
    case 6:
      return `${name} ${trade} PLT`;
    default:
      return `${name} ${trade}`;
  }
}

/** A shop sign over the legal name: the name's distinctive words, or initials. */
function brandOf(vendor: string, rng: Rng): string {
  const words = vendor
    .replace(/\(.*?\)|SDN\.? BHD\.?|PLT|ENTERPRISE|SYARIKAT|PERNIAGAAN|KEDAI/g, "")
    .trim()
    .split(/\s+/);
  if (rng.chance(0.5)) return `${words.map((w) => w[0]).join("")} ${rng.pick(["MART", "STORE", "CAFE", "SHOP"])}`;
  return words.slice(0, 2).join(" ");
}

/** A company or business registration number, without brackets. */
function registration(rng: Rng): string | null {
  switch (rng.int(0, 3)) {
    case 0:
      return `${rng.int(100000, 1299999)}-${rng.letters(1)}`;
    case 1:
      return `${rng.pick(["201", "200"])}${rng.digits(9)} (${rng.int(100000, 1299999)}-${rng.letters(1)})`;
    case 2:
      return `${rng.pick(["JM", "SA", "CA", "PG"])}${rng.digits(7)}-${rng.letters(1)}`;
    default:
      return null;
  }
}

function harshScan(rng: Rng): Partial<TReceipt["style"]> {
  return {
    ink: rng.pick(["#444", "#555", "#666", "#707070"]),
    blur: 0.4 + rng.next() * 0.6,
    scale: 1 + rng.next() * 0.4,
    quality: rng.int(25, 50),
    noise: 0.06 + rng.next() * 0.08,
  };
}
