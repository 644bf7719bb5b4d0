// Line ids let the model say where a value came from: "p2-l14" is page 2, line 14 (both 1-based).

export function toLineId(page: number, lineIndex: number): string {
  return `p${page}-l${lineIndex + 1}`;
}

/** The page number and 0-based line index of an id, or null when it isn't one. */
export function parseLineId(id: string | null | undefined): { page: number; lineIndex: number } | null {
  const match = /^p(\d+)-l(\d+)$/.exec(id?.trim() ?? "");
  if (!match) return null;
  return { page: Number(match[1]), lineIndex: Number(match[2]) - 1 };
}
