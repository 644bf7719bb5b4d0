const FORMAT = new Intl.DateTimeFormat("en", { dateStyle: "medium", timeStyle: "short" });

export function formatDateTime(value: string | null | undefined, fallback = "—") {
  return value ? FORMAT.format(new Date(value)) : fallback;
}
