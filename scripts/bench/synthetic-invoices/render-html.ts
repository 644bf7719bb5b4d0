// The invoice as self-contained HTML: layout variants, label choices and the inline CSS.

import { esc, fold, formatDate, formatMoney, formatNumber, formatQty, formatRate } from "./format";
import { COUNTRY_NAMES } from "./parties";
import { Rng } from "./prng";
import type { TInvoice, TLang, TLine, TStyle } from "./types";

const TITLE_NUMBER: Record<TLang, string[]> = {
  "en-GB": ["No.", "no."],
  "en-US": ["No.", "#"],
  de: ["Nr.", "Nr."],
  fr: ["n°", "N°"],
  es: ["n.º", "Nº"],
  it: ["n.", "N."],
  nl: ["nr.", "Nr."],
};
export const PAPER = { A4: { width: 794, height: 1123, css: "210mm 297mm" }, Letter: { width: 816, height: 1056, css: "8.5in 11in" } };

export function renderHtml(inv: TInvoice, size: number): string {
  // Label choices come from their own stream, so re-rendering at a smaller size picks the same words.
  const rng = new Rng(inv.renderSeed);
  const s = inv.style;
  const L = inv.lang;
  const langCode = inv.country.lang;
  const date = (value: Date) => formatDate(value, inv.dateFormat, langCode);
  const vatLabel = rng.pick(inv.country.vatLabels ?? L.vatId) ?? "VAT";
  const taxTemplate = rng.pick(inv.country.taxLabels ?? L.tax);

  // Meta block: the number and dates plus the usual distractors (customer no., order no., delivery date).
  const numberLabel = rng.pick(L.invoiceNo);
  const meta: [string, string][] = [];
  if (!s.titleWithNumber) meta.push([numberLabel, numberLabel.endsWith("#") ? inv.number.replace(/^#/, "") : inv.number]);
  meta.push([rng.pick(L.date), date(inv.issued)]);
  if (inv.dueMode === "meta") meta.push([rng.pick(L.due), date(inv.due)]);
  for (const extra of inv.extraMeta) {
    if (extra === "customer") meta.push([rng.pick(L.customerNo), `${rng.pick(["K", "C", "", ""])}${rng.int(1000, 99999)}`]);
    if (extra === "order") meta.push([rng.pick(L.orderNo), `${rng.pick(["PO-", "B", "", "ORD-"])}${rng.int(1000, 999999)}`]);
    if (extra === "delivery") meta.push([rng.pick(L.deliveryDate), date(inv.delivery)]);
  }
  if (inv.vatIdWhere === "meta" && inv.vendor.vatId) meta.push([vatLabel, inv.vendor.vatId]);
  if (inv.currencyMode === "statement" && inv.statementInMeta) meta.push([L.currencyLabel, inv.currency]);
  if (rng.chance(0.3) && meta.length >= 2) meta.splice(0, 2, meta[1], meta[0]);

  // "Rechnung Nr. RE-10452" as the heading itself: then the number is not repeated in the meta block.
  const titleText = s.titleWithNumber
    ? `${rng.pick(L.title)} ${rng.pick(TITLE_NUMBER[langCode])} ${inv.number.replace(/^#/, "")}`
    : rng.pick(L.title);
  const title = `<div class="title">${esc(titleText)}</div>`;

  const vendorBlock = renderVendor(inv, rng, vatLabel);
  const buyerBlock = renderBuyer(inv, rng);
  const metaHtml = renderMeta(meta, s, rng);
  const table = renderItems(inv, rng, taxTemplate);
  const notes = renderNotes(inv, rng, date);
  const footer = renderFooter(inv, rng, vatLabel);

  const headerRight = s.meta === "table-header" ? `${title}${metaHtml}` : title;
  const header =
    s.vendorSide === "left"
      ? `<div class="row header"><div class="vendor">${vendorBlock}</div><div class="right">${headerRight}</div></div>`
      : `<div class="row header"><div>${headerRight}</div><div class="vendor right">${vendorBlock}</div></div>`;
  const besideBuyer = s.meta === "table-beside" ? `<div class="meta-side">${metaHtml}</div>` : "";
  const below = s.meta === "boxes" || s.meta === "inline" ? metaHtml : "";
  const intro = s.intro ? `<p class="intro">${esc(rng.pick(L.intro))}</p>` : "";
  const paper = PAPER[inv.country.paper];
  return `<!doctype html><html lang="${langCode}"><head><meta charset="utf-8"><style>${css(inv, size, paper.css)}</style></head>
<body><div class="page"><div class="content">${header}
<div class="row parties"><div class="buyer">${buyerBlock}</div>${besideBuyer}</div>
${below}${intro}${table}${notes}</div>${footer}</div></body></html>`;
}

/** Ligatures are off: Chromium's fi/ff glyphs come out of the PDF text layer as "Paci fi c", and the truth must be
 * readable as printed. */
function css(inv: TInvoice, size: number, paperCss: string): string {
  const s = inv.style;
  const headBg = { grey: "#e6e6e6", dark: "#333", accent: s.accent, rule: "transparent" }[s.head];
  const headColor = s.head === "dark" || s.head === "accent" ? "#fff" : "#222";
  return `@page { size: ${paperCss}; margin: 0 }
* { box-sizing: border-box; margin: 0; padding: 0 }
body { font-family: ${s.font}; font-size: ${size}px; color: #222; line-height: 1.35; font-variant-ligatures: none }
.page { width: ${paperCss.split(" ")[0]}; height: ${paperCss.split(" ")[1]}; padding: ${s.pad}mm ${s.pad}mm ${Math.max(8, s.pad - 6)}mm; display: flex; flex-direction: column }
.content { flex: 1 }
.row { display: flex; justify-content: space-between; align-items: flex-start; gap: 24px }
.header { margin-bottom: ${size * 2}px }
.right { text-align: right }
.title { font-family: ${s.headFont}; font-size: ${Math.round(size * 2)}px; font-weight: bold; color: ${s.accent}; margin-bottom: 8px }
.vname { font-family: ${s.headFont}; font-size: ${Math.round(size * 1.5)}px; font-weight: bold }
.logo { font-family: ${s.headFont}; font-size: ${Math.round(size * 2.6)}px; font-weight: 800; letter-spacing: 3px; color: ${s.accent}; line-height: 1 }
.tagline { color: #777; font-size: ${size + 1}px; margin-bottom: 6px }
.mark { display: inline-block; width: ${size * 4}px; height: ${size * 4}px; line-height: ${size * 4}px; text-align: center; background: ${s.accent}; color: #fff; font-size: ${size * 1.8}px; font-weight: bold; border-radius: 6px; margin-right: 10px; vertical-align: middle }
.small { font-size: ${Math.max(7, size - 2)}px; color: #555 }
.sender { font-size: ${Math.max(7, size - 3)}px; color: #555; text-decoration: underline; margin-bottom: 6px }
.parties { margin-bottom: ${size * 2}px }
.buyer { min-width: 40% }
.heading { font-weight: bold; color: ${s.accent}; margin-bottom: 3px; ${s.boldLabels ? "text-transform: uppercase; font-size: 0.85em;" : ""} }
.bname { font-weight: bold }
table { border-collapse: collapse }
.meta td { padding: 1px 0 1px 0 } .meta td.l { padding-right: 14px; ${s.boldLabels ? "font-weight: bold;" : "color: #555;"} }
.meta-side { text-align: left }
.boxes { display: flex; border: 1px solid #999; margin-bottom: ${size * 1.5}px }
.boxes div { flex: 1; padding: 4px 8px; border-right: 1px solid #999 } .boxes div:last-child { border-right: 0 }
.boxes .l { font-size: ${Math.max(7, size - 2)}px; color: #555; ${s.boldLabels ? "font-weight: bold;" : ""} display: block }
.inline { margin-bottom: ${size * 1.5}px }
.intro { margin-bottom: ${size}px }
.items { width: 100%; margin-bottom: ${size}px }
.items th { background: ${headBg}; color: ${headColor}; text-align: left; padding: 5px 6px; ${s.head === "rule" ? "border-bottom: 2px solid #222;" : ""} }
.items td { padding: 4px 6px; vertical-align: top; ${s.grid ? "border: 1px solid #bbb;" : "border-bottom: 1px solid #e2e2e2;"} }
${s.striped ? ".items tbody tr:nth-child(even) td { background: #f5f5f5 }" : ""}
.num { text-align: right !important; white-space: nowrap }
.items tfoot td { border: 0; padding: 2px 6px }
.totals { margin-left: auto; width: ${s.totalsWidth}%; margin-bottom: ${size}px }
.totals td { padding: 2px 0 } .totals td.num { padding-left: 16px }
.grand td { font-weight: bold; border-top: 1.5px solid #222; padding-top: 4px; font-size: ${size + 1}px }
.tboxes { margin-left: auto; border-collapse: collapse; margin-bottom: ${size}px } .tboxes td, .tboxes th { border: 1px solid #999; padding: 4px 10px; text-align: right }
.tboxes th { background: #eee; font-weight: normal }
.lines { text-align: right; margin-bottom: ${size}px } .lines .grand-line { font-weight: bold; font-size: ${size + 2}px }
.notes p { margin-bottom: 4px }
.footer { border-top: 1px solid #bbb; padding-top: 6px; font-size: ${Math.max(7, size - 3)}px; color: #555 }
.footer .cols { display: flex; justify-content: space-between; gap: 12px }
.footer.line { text-align: center }`;
}

function renderVendor(inv: TInvoice, rng: Rng, vatLabel: string): string {
  const v = inv.vendor;
  const L = inv.lang;
  const s = inv.style;
  let name: string;
  if (s.logo === "big") name = `<div class="logo">${esc(v.brand.toUpperCase())}</div><div class="tagline">${esc(v.trade)}</div>`;
  else if (s.logo === "initials") {
    const initials = fold(v.legal)
      .split(/\s+/)
      .filter((word) => /^[A-Z]/.test(word))
      .slice(0, 2)
      .map((word) => word[0])
      .join("");
    name = `<div style="margin-bottom:6px"><span class="mark">${esc(initials)}</span><span class="vname">${esc(v.legal)}</span></div>`;
  } else name = `<div class="vname">${esc(v.legal)}</div>`;
  const lines = [...v.address];
  if (rng.chance(0.6)) lines.push(`${rng.pick(L.phone)} ${v.phone}`);
  if (rng.chance(0.5)) lines.push(`${rng.pick(L.email)}: ${v.email}`);
  if (rng.chance(0.3)) lines.push(v.web);
  if (inv.vatIdWhere === "vendor" && v.vatId) lines.push(`${label(inv, vatLabel)} ${v.vatId}`);
  return `${name}<div>${lines.map(esc).join("<br>")}</div>`;
}

function label(inv: TInvoice, text: string): string {
  return inv.style.colon && !/[:#]$/.test(text) ? `${text}:` : text;
}

function renderBuyer(inv: TInvoice, rng: Rng): string {
  const b = inv.buyer;
  const L = inv.lang;
  const parts: string[] = [];
  if (inv.style.senderLine) parts.push(`<div class="sender">${esc([inv.vendor.legal, ...inv.vendor.address].join(" · "))}</div>`);
  if (inv.style.billToHeading) parts.push(`<div class="heading">${esc(rng.pick(L.billTo))}</div>`);
  const lines = [`<span class="bname">${esc(b.legal)}</span>`];
  if (rng.chance(0.35)) lines.push(esc(rng.pick(L.attention).replace("{n}", b.person)));
  lines.push(...b.address.map(esc));
  // Cross-border: the buyer's country on the last line, as an international address has it.
  if (inv.buyerCountry !== inv.country) lines.push(COUNTRY_NAMES[inv.buyerCountry.code]);
  if (inv.buyerVatShown && b.vatId) lines.push(esc(`${rng.pick(L.buyerVatId.length ? L.buyerVatId : ["VAT"])}: ${b.vatId}`));
  parts.push(`<div>${lines.join("<br>")}</div>`);
  return parts.join("");
}

function renderMeta(meta: [string, string][], s: TStyle, rng: Rng): string {
  const withColon = (text: string) => (s.colon && !/[:#]$/.test(text) ? `${text}:` : text);
  if (s.meta === "boxes")
    return `<div class="boxes">${meta.map(([l, v]) => `<div><span class="l">${esc(l)}</span>${esc(v)}</div>`).join("")}</div>`;
  if (s.meta === "inline") {
    const separator = rng.pick([" · ", " | ", "&nbsp;&nbsp;&nbsp;&nbsp;"]);
    return `<div class="inline">${meta.map(([l, v]) => `${s.boldLabels ? "<b>" : ""}${esc(l)}:${s.boldLabels ? "</b>" : ""} ${esc(v)}`).join(separator)}</div>`;
  }
  // In the right-hand header column the table sits flush right, its labels still left-aligned.
  const align = s.meta === "table-header" && s.vendorSide === "left" ? ' style="margin-left:auto;text-align:left"' : "";
  return `<table class="meta"${align}>${meta.map(([l, v]) => `<tr><td class="l">${esc(withColon(l))}</td><td>${esc(v)}</td></tr>`).join("")}</table>`;
}

function renderItems(inv: TInvoice, rng: Rng, taxTemplate: string): string {
  const L = inv.lang;
  const s = inv.style;
  const multi = inv.taxes.length > 1;
  const lineMarked = inv.currencyMode === "all";
  const amountHead = rng.pick(L.cols.amount);
  const headerMarker =
    inv.currencyMode === "header" ? rng.pick([` (${inv.marker.text})`, ` ${inv.marker.text}`, ` (${inv.currency})`]) : "";
  type TCol = { head: string; num: boolean; cell: (line: TLine, index: number) => string };
  const cols: TCol[] = [];
  if (s.pos) cols.push({ head: rng.pick(L.cols.pos), num: false, cell: (_line, index) => String(index + 1) });
  const desc: TCol = { head: rng.pick(L.cols.desc), num: false, cell: (line) => esc(line.desc) };
  const qty: TCol = { head: rng.pick(L.cols.qty), num: true, cell: (line) => formatQty(line.qty, inv.numbers) };
  const unit: TCol = { head: rng.pick(L.cols.unit), num: false, cell: (line) => esc(L.units[line.unit]) };
  const price: TCol = { head: rng.pick(L.cols.price), num: true, cell: (line) => formatMoney(inv, line.price, lineMarked) };
  const rate: TCol = { head: rng.pick(L.cols.rate), num: true, cell: (line) => `${formatRate(line.rate, inv.numbers)} %` };
  const amount: TCol = { head: `${amountHead}${headerMarker}`, num: true, cell: (line) => formatMoney(inv, line.amount, lineMarked) };
  if (s.qtyFirst) cols.push(qty, ...(s.unitCol ? [unit] : []), desc);
  else cols.push(desc, qty, ...(s.unitCol ? [unit] : []));
  cols.push(price, ...(multi ? [rate] : []), amount);

  const head = `<thead><tr>${cols.map((col) => `<th${col.num ? ' class="num"' : ""}>${esc(col.head)}</th>`).join("")}</tr></thead>`;
  const body = `<tbody>${inv.lines.map((line, index) => `<tr>${cols.map((col) => `<td${col.num ? ' class="num"' : ""}>${col.cell(line, index)}</td>`).join("")}</tr>`).join("")}</tbody>`;
  const rows = totalsRows(inv, rng, taxTemplate);
  if (s.totals === "tfoot") {
    const span = cols.length - 1;
    const foot = rows
      .map(
        ([l, v, grand]) =>
          `<tr${grand ? ' class="grand"' : ""}><td colspan="${span}" class="num">${esc(l)}</td><td class="num">${v}</td></tr>`,
      )
      .join("");
    return `<table class="items">${head}${body}<tfoot>${foot}</tfoot></table>`;
  }
  return `<table class="items">${head}${body}</table>${renderTotals(inv, rows)}`;
}

const BASE_WORD: Record<TLang, string> = { "en-GB": "on", "en-US": "on", de: "auf", fr: "sur", es: "sobre", it: "su", nl: "over" };

/** The totals as [label, amount html, is grand total]: net, one or two tax lines, total, maybe paid and balance. */
function totalsRows(inv: TInvoice, rng: Rng, taxTemplate: string): [string, string, boolean][] {
  const L = inv.lang;
  const marked = inv.currencyMode === "all" || inv.currencyMode === "totals";
  const grandMarked = marked || inv.currencyMode === "grand";
  const money = (value: number, mark: boolean) => esc(formatMoney(inv, value, mark));
  const rows: [string, string, boolean][] = [[rng.pick(L.net), money(inv.net, marked), false]];
  // With two rates, invoices often name each base: "MwSt. 7 % auf 120,00".
  const withBase = inv.taxes.length > 1 && rng.chance(0.4);
  for (const tax of inv.taxes) {
    let text = taxTemplate.replace("{r}", formatRate(tax.rate, inv.numbers));
    if (withBase) text += ` ${BASE_WORD[inv.country.lang]} ${formatNumber(tax.base, inv.numbers)}`;
    rows.push([text, money(tax.amount, marked), false]);
  }
  const totalLabel = rng.pick(inv.paid ? L.total : [...L.total, ...L.totalUnpaid]);
  rows.push([totalLabel, money(inv.total, grandMarked), true]);
  if (inv.paid) {
    rows.push([rng.pick(L.paid), money(-inv.paid, marked), false]);
    rows.push([rng.pick(L.balance.filter((text) => text !== totalLabel)), money(inv.total - inv.paid, grandMarked), false]);
  }
  return rows;
}

function renderTotals(inv: TInvoice, rows: [string, string, boolean][]): string {
  const s = inv.style;
  if (s.totals === "boxes") {
    return `<table class="tboxes"><tr>${rows.map(([l]) => `<th>${esc(l)}</th>`).join("")}</tr><tr>${rows
      .map(([, v, grand]) => `<td${grand ? ' style="font-weight:bold"' : ""}>${v}</td>`)
      .join("")}</tr></table>`;
  }
  if (s.totals === "lines") {
    return `<div class="lines">${rows.map(([l, v, grand]) => `<div${grand ? ' class="grand-line"' : ""}>${esc(label(inv, l))} ${v}</div>`).join("")}</div>`;
  }
  return `<table class="totals">${rows
    .map(([l, v, grand]) => `<tr${grand ? ' class="grand"' : ""}><td>${esc(label(inv, l))}</td><td class="num">${v}</td></tr>`)
    .join("")}</table>`;
}

function renderNotes(inv: TInvoice, rng: Rng, date: (value: Date) => string): string {
  const L = inv.lang;
  const notes: string[] = [];
  if (inv.currencyMode === "statement" && !inv.statementInMeta) notes.push(rng.pick(L.currencyNote).replace("{c}", inv.currency));
  else if (inv.currencyMode === "header" && rng.chance(0.3)) notes.push(rng.pick(L.currencyNote).replace("{c}", inv.currency));
  if (inv.dueMode === "sentence") notes.push(rng.pick(L.dueSentence).replace("{date}", date(inv.due)));
  else if (rng.chance(0.6)) notes.push(rng.pick(L.terms).replace("{d}", String(inv.termsDays)));
  if (inv.style.footer === "none" || rng.chance(0.2)) notes.push(bankText(inv, rng, " · "));
  if (inv.style.lateFeeNote) notes.push("En cas de retard de paiement, indemnité forfaitaire pour frais de recouvrement : 40 €.");
  if (rng.chance(0.5)) notes.push(rng.pick(L.thanks));
  return `<div class="notes">${notes.map((note) => `<p>${esc(note)}</p>`).join("")}</div>`;
}

function bankText(inv: TInvoice, rng: Rng, separator: string): string {
  const b = inv.bank;
  const head = rng.pick(inv.lang.bank);
  if (inv.country.code === "US") return [`${head}: ${b.name}`, `Routing (ABA) ${b.sortCode}`, `Account ${b.account}`].join(separator);
  const ibanText = rng.chance(0.8) ? b.iban.replace(/(.{4})(?=.)/g, "$1 ") : b.iban;
  const parts = [`${head}: ${b.name}`];
  if (b.sortCode) parts.push(`Sort code ${b.sortCode}`, `Account no. ${b.account}`);
  parts.push(`IBAN ${ibanText}`, `BIC ${b.bic}`);
  return parts.join(separator);
}

function renderFooter(inv: TInvoice, rng: Rng, vatLabel: string): string {
  const s = inv.style;
  if (s.footer === "none") return "";
  const v = inv.vendor;
  const L = inv.lang;
  const vat = inv.vatIdWhere === "footer" && v.vatId ? [`${vatLabel} ${v.vatId}`] : [];
  const registration = inv.country.registration(rng, v.city, v.person);
  const contact = [`${rng.pick(L.phone)} ${v.phone}`, v.email, v.web];
  const page = rng.chance(0.3) ? [L.page] : [];
  if (s.footer === "line") {
    const first = [v.legal, ...v.address, ...contact.slice(0, rng.int(1, 3))].join(" · ");
    const second = [...vat, ...registration, bankText(inv, rng, " · ")].join(" · ");
    return `<div class="footer line"><div>${esc(first)}</div><div>${esc(second)}</div>${page.map((p) => `<div>${esc(p)}</div>`).join("")}</div>`;
  }
  const columns = [[v.legal, ...v.address], contact, bankText(inv, rng, "\n").split("\n"), [...vat, ...registration, ...page]];
  return `<div class="footer"><div class="cols">${columns.map((col) => `<div>${col.map(esc).join("<br>")}</div>`).join("")}</div></div>`;
}
