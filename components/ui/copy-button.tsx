"use client";

import { useState } from "react";
import { Button } from "./button";

export function CopyButton({ value, label = "Copy" }: { value: string; label?: string }) {
  const [isCopied, setIsCopied] = useState(false);
  async function copy() {
    try {
      await navigator.clipboard.writeText(value);
    } catch {
      // Clipboard API unavailable (insecure context): fall back to a selection copy.
      const area = document.createElement("textarea");
      area.value = value;
      document.body.appendChild(area);
      area.select();
      document.execCommand("copy");
      area.remove();
    }
    setIsCopied(true);
    setTimeout(() => setIsCopied(false), 2000);
  }
  return (
    <Button variant="secondary" size="sm" onClick={copy} aria-label={`${label}: ${isCopied ? "copied" : "copy to clipboard"}`}>
      {isCopied ? "Copied" : label}
    </Button>
  );
}
