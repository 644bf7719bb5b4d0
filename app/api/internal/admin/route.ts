import { NextResponse } from "next/server";
import { isValidAdminToken } from "@/lib/admin/admin-token";
import { runAdminCommand } from "@/lib/admin/run-admin-command";
import { ApiError, handleApiError } from "@/lib/api/errors";
import { parseJsonBody } from "@/lib/api/parse-json-body";
import { getConfig } from "@/lib/config";
import { ZAdminCommand } from "@/lib/validation/admin";

// POST /api/internal/admin – the admin CLI's commands, while this server owns the embedded database
export async function POST(request: Request) {
  try {
    const config = getConfig();
    if (!config.ADMIN_API || !isValidAdminToken(config.dataDir, request.headers.get("x-admin-token"))) {
      throw new ApiError({ code: "unauthorized", message: "Invalid or missing admin token." });
    }
    const command = ZAdminCommand.parse(await parseJsonBody(request));
    return NextResponse.json(await runAdminCommand(command));
  } catch (error) {
    return handleApiError(error);
  }
}
