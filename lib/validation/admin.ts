import { z } from "zod";
import { ZEnvironment } from "./api-keys";
import { ZEmail, ZPassword } from "./auth";

// Operator commands, shared by the admin CLI and the server's internal admin endpoint.
export const ZAdminCommand = z.discriminatedUnion("command", [
  z.object({
    command: z.literal("org.create"),
    name: z.string().trim().min(1).max(100),
    email: ZEmail,
    password: ZPassword,
    userName: z.string().trim().min(1).max(100).optional(),
  }),
  z.object({
    command: z.literal("key.create"),
    org: z.string().min(1),
    env: ZEnvironment,
    name: z.string().trim().min(1).max(100),
    rateLimit: z.coerce.number().int().min(1).max(100_000).optional(),
  }),
  z.object({ command: z.literal("key.list"), org: z.string().min(1) }),
  z.object({ command: z.literal("key.revoke"), id: z.string().min(1) }),
]);
export type TAdminCommand = z.infer<typeof ZAdminCommand>;
