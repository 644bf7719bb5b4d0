import { getConfig } from "./config";

const LEVELS = { debug: 10, info: 20, warn: 30, error: 40 } as const;
type TLevel = keyof typeof LEVELS;

function log(level: TLevel, message: string) {
  if (LEVELS[level] < LEVELS[getConfig().LOG_LEVEL]) return;
  const line = `${new Date().toISOString()} ${level} ${message}`;
  if (level === "error") console.error(line);
  else if (level === "warn") console.warn(line);
  else console.log(line);
}

/** Plain-text logging with a threshold (LOG_LEVEL); one line per event, greppable. */
export const logger = {
  debug: (message: string) => log("debug", message),
  info: (message: string) => log("info", message),
  warn: (message: string) => log("warn", message),
  error: (message: string) => log("error", message),
};
