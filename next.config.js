/** @type {import('next').NextConfig} */
const nextConfig = {
  output: "standalone",
  // Native or WASM packages that must be loaded from node_modules at run time, not bundled.
  serverExternalPackages: ["@electric-sql/pglite", "@node-rs/argon2", "postgres"],
  // Migrations are read from disk at start-up; the standalone output must carry them.
  outputFileTracingIncludes: { "/**": ["./db/migrations/**"] },
  poweredByHeader: false,
};

module.exports = nextConfig;
