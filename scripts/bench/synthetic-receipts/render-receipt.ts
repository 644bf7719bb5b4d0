// A receipt as self-contained HTML: a narrow slip of thermal paper, slightly turned, on a scanner's grey bed, with
// optional blur and grain, so the screenshot reads like a SROIE scan rather than a clean render.

import { esc } from "../synthetic-invoices/format";
import type { TLine, TReceipt } from "./receipt-model";

export function renderReceiptHtml(receipt: TReceipt): string {
  const s = receipt.style;
  const grain = s.noise
    ? `<svg class="grain" width="100%" height="100%"><filter id="g"><feTurbulence type="fractalNoise" baseFrequency="0.9" numOctaves="2"/></filter><rect width="100%" height="100%" filter="url(#g)" opacity="${s.noise.toFixed(3)}"/></svg>`
    : "";
  return `<!doctype html><html><head><meta charset="utf-8"><style>
body { margin: 0; background: #cfccc6; }
.bed { padding: 28px 36px; display: inline-block; }
.slip { position: relative; width: ${s.width}px; padding: 18px 14px 26px; background: #fbfaf6; color: ${s.ink};
  font-family: "${s.font}", monospace; font-size: ${s.size}px; line-height: ${s.lineHeight.toFixed(2)};
  transform: rotate(${s.angle.toFixed(2)}deg); filter: blur(${s.blur.toFixed(2)}px); }
.center { text-align: ${s.headerAlign}; }
.right { text-align: right; }
.big-row { font-size: 1.35em; font-weight: bold; }
.summary { display: grid; grid-template-columns: 1fr 6.5em 5em; gap: 4px; }
.summary span:not(:first-child) { text-align: right; }
.big { text-align: ${s.headerAlign}; font-size: 1.7em; font-weight: bold; letter-spacing: 0.04em; }
.row { display: flex; justify-content: space-between; gap: 8px; }
.cols { display: grid; grid-template-columns: 2.5em 1fr 5em; gap: 4px; }
.cols span:last-child { text-align: right; }
.rule { overflow: hidden; white-space: nowrap; }
.grain { position: absolute; inset: 0; pointer-events: none; }
</style></head><body><div class="bed"><div class="slip">${receipt.lines.map(renderLine).join("")}${grain}</div></div></body></html>`;
}

function renderLine(line: TLine): string {
  switch (line.kind) {
    case "big":
      return `<div class="big">${esc(line.text)}</div>`;
    case "center":
      return `<div class="center">${esc(line.text)}</div>`;
    case "left":
      return `<div>${esc(line.text)}</div>`;
    case "right":
      return `<div class="right${line.big ? " big-row" : ""}">${esc(line.text)}</div>`;
    case "row":
      return `<div class="row${line.big ? " big-row" : ""}"><span>${esc(line.left)}</span><span>${esc(line.right)}</span></div>`;
    case "columns":
    case "summary":
      return `<div class="${line.kind === "columns" ? "cols" : "summary"}">${line.cells.map((cell) => `<span>${esc(cell)}</span>`).join("")}</div>`;
    case "rule":
      return `<div class="rule">${line.char.repeat(80)}</div>`;
  }
}
