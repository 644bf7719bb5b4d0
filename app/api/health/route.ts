import { sql } from "drizzle-orm";
import { NextResponse } from "next/server";
import { getConfig } from "@/lib/config";
import { getDatabaseHandle } from "@/lib/db";

export const dynamic = "force-dynamic";

// GET /api/health – liveness and which engines are configured (no auth, no secrets)
export async function GET() {
  const config = getConfig();
  let isDatabaseReachable = false;
  let databaseError: string | undefined;
  try {
    const { db } = await getDatabaseHandle();
    await db.execute(sql`select 1`);
    isDatabaseReachable = true;
  } catch (error) {
    databaseError = error instanceof Error ? error.name : "Error";
  }
  return NextResponse.json(
    {
      status: isDatabaseReachable ? "ok" : "degraded",
      database: { driver: config.database, reachable: isDatabaseReachable, ...(databaseError ? { error: databaseError } : {}) },
      engines: {
        database: config.database,
        storage: config.storage,
        pipeline: config.pipelineEngine,
        ocr: config.OCR_ENGINE === "paddle" ? "paddleocr" : "tesseract.js",
        search: "postgres",
        auth_providers: [
          "credentials",
          ...(config.authProviders.github ? ["github"] : []),
          ...(config.authProviders.google ? ["google"] : []),
        ],
      },
    },
    { status: isDatabaseReachable ? 200 : 503 },
  );
}
