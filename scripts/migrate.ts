// `npm run db:migrate`: apply pending migrations to DATABASE_URL (or the embedded database) and exit.
// The server also migrates at start; this is for deploys that migrate as a separate step.
import { getDatabaseHandle } from "@/lib/db";

async function main() {
  const handle = await getDatabaseHandle();
  console.log(`Migrations applied (${handle.driver}).`);
  await handle.close();
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
