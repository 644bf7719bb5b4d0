import "server-only";
import { createApiKey } from "@/lib/api-keys/create-api-key";
import { findApiKeys } from "@/lib/api-keys/find-api-keys";
import { revokeApiKey } from "@/lib/api-keys/revoke-api-key";
import { hashPassword } from "@/lib/auth/password";
import { createOrganizationWithOwner } from "@/lib/organizations/create-organization-with-owner";
import { getOrganization } from "@/lib/organizations/get-organization";
import type { TAdminCommand } from "@/lib/validation/admin";

/** Executes one operator command and returns the JSON object the CLI prints. */
export async function runAdminCommand(command: TAdminCommand): Promise<Record<string, unknown>> {
  switch (command.command) {
    case "org.create": {
      const created = await createOrganizationWithOwner({
        userName: command.userName ?? command.email.split("@")[0],
        organizationName: command.name,
        email: command.email,
        passwordHash: await hashPassword(command.password),
      });
      return { organization_id: created.organizationId, user_id: created.userId };
    }
    case "key.create": {
      await getOrganization({ id: command.org });
      const key = await createApiKey({ orgId: command.org, env: command.env, name: command.name, rateLimit: command.rateLimit });
      return { id: key.id, key: key.key, env: key.env, name: key.name, rate_limit: key.rate_limit };
    }
    case "key.list": {
      await getOrganization({ id: command.org });
      return { data: await findApiKeys({ orgId: command.org }) };
    }
    case "key.revoke": {
      const key = await revokeApiKey({ id: command.id });
      return { id: key.id, revoked_at: key.revoked_at };
    }
  }
}
