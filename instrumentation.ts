// Runs once when the server starts: open (and migrate) the database before the first request,
// so a misconfiguration shows at boot, and publish the admin token for the CLI.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { bootServer } = await import("./lib/boot-server");
  await bootServer();
}
