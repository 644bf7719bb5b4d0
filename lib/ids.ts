import { init } from "@paralleldrive/cuid2";

// Resource ids. Documents and jobs use the contract's 20-character lowercase ids
// ("c1a2b3c4d5e6f7g8h9i0"); everything else is prefixed so it reads well in logs and tickets.
const PREFIXES = ["org", "usr", "mem", "key", "sch", "scv", "wh", "whd", "run"] as const;
export type TIdPrefix = (typeof PREFIXES)[number];

const createPlainId = init({ length: 20 });
const createSuffix = init({ length: 24 });

export function createId(prefix?: TIdPrefix): string {
  if (!prefix) return createPlainId();
  return `${prefix}_${createSuffix()}`;
}
