import os from "node:os";
import path from "node:path";
import { z } from "zod";

// The one place that reads the environment. Everything else asks `getConfig()`.
const ZBooleanFlag = z
  .enum(["0", "1", "true", "false", ""])
  .optional()
  .transform((value) => value === "1" || value === "true");

const ZEnv = z.object({
  NODE_ENV: z.string().optional(),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  DATABASE_URL: z
    .string()
    .url()
    .optional()
    .or(z.literal("").transform(() => undefined)),
  DATA_DIR: z.string().min(1).default(".data"),
  NEXTAUTH_SECRET: z.string().min(1).optional(),
  GITHUB_ID: z.string().optional(),
  GITHUB_SECRET: z.string().optional(),
  GOOGLE_CLIENT_ID: z.string().optional(),
  GOOGLE_CLIENT_SECRET: z.string().optional(),
  RATE_LIMIT_REQUESTS: z.coerce.number().int().min(1).default(120),
  RATE_LIMIT_WINDOW_SECONDS: z.coerce.number().int().min(1).default(60),
  ADMIN_API: ZBooleanFlag.default(true),
  LOG_LEVEL: z.enum(["debug", "info", "warn", "error"]).default("info"),
  // Uploaded files go to S3 (or an S3-compatible service) when a bucket is named, else to DATA_DIR/blobs.
  S3_BUCKET: z
    .string()
    .min(1)
    .optional()
    .or(z.literal("").transform(() => undefined)),
  S3_REGION: z.string().min(1).default("us-east-1"),
  /** For S3-compatible services (MinIO, R2, s3rver); unset means AWS itself. */
  S3_ENDPOINT: z
    .string()
    .url()
    .optional()
    .or(z.literal("").transform(() => undefined)),
  /** Most S3-compatible services need `bucket` in the path rather than the host name. */
  S3_FORCE_PATH_STYLE: ZBooleanFlag.default(false),
  // Without both keys the AWS SDK's default credential chain applies (env, profile, instance/task role).
  S3_ACCESS_KEY_ID: z.string().optional(),
  S3_SECRET_ACCESS_KEY: z.string().optional(),
  // Upload limits.
  MAX_UPLOAD_BYTES: z.coerce
    .number()
    .int()
    .min(1024)
    .default(50 * 1024 * 1024),
  MAX_PAGES: z.coerce.number().int().min(1).default(500),
  /** Images above this many pixels are refused before decoding (decompression bombs). 100 MP ≈ 10000×10000. */
  MAX_IMAGE_PIXELS: z.coerce.number().int().min(1).default(100_000_000),
  /** Read the fields of a PDF's embedded e-invoice (Factur-X, ZUGFeRD, XRechnung); "0" reads the pages only. */
  EXTRACTION_READ_EMBEDDED_INVOICE: ZBooleanFlag.default(true),
  // The pipeline. Inngest runs it when configured; otherwise the local durable engine in the server process.
  INNGEST_EVENT_KEY: z.string().optional(),
  INNGEST_SIGNING_KEY: z.string().optional(),
  INNGEST_DEV: z.string().optional(),
  /** Documents processed at once by this server (local engine); default: one per CPU core. */
  PIPELINE_CONCURRENCY: z.coerce.number().int().min(1).max(64).default(Math.max(1, os.availableParallelism())),
  /** Documents of one organization processed at once, across all servers (both engines). */
  PIPELINE_CONCURRENCY_PER_ORG: z.coerce.number().int().min(1).max(1000).optional(),
  /** First retry delay of a failed step; doubles per attempt (local engine). */
  PIPELINE_RETRY_BASE_MS: z.coerce.number().int().min(1).default(1000),
  /** Lets webhooks and batch refs reach private, loopback and link-local addresses (local development and tests only). */
  ALLOW_PRIVATE_URLS: ZBooleanFlag.default(false),
  /** Seconds between webhook delivery attempts (the contract's 1 s, 5 s, 30 s, 5 min, 30 min). */
  WEBHOOK_RETRY_DELAYS: z
    .string()
    .default("1,5,30,300,1800")
    .transform((text) => text.split(",").map((part) => Number(part.trim())))
    .pipe(z.array(z.number().min(0).max(86_400)).min(1).max(20)),
  /** Buckets that batch `s3://bucket/key` refs may read from (comma-separated); empty refuses every s3:// ref. */
  S3_ALLOWED_BUCKETS: z
    .string()
    .default("")
    .transform((text) =>
      text
        .split(",")
        .map((part) => part.trim())
        .filter(Boolean),
    ),
  /** tesseract.js workers kept alive; default: PIPELINE_CONCURRENCY. */
  OCR_WORKERS: z.coerce.number().int().min(1).max(32).optional(),
});

export type TConfig = ReturnType<typeof parseConfig>;

function parseConfig(env: NodeJS.ProcessEnv) {
  const parsed = ZEnv.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
    throw new Error(`Invalid configuration: ${problems.join("; ")}`);
  }
  const values = parsed.data;
  // Half a key pair would silently fall back to the default chain and fail later with a confusing auth error.
  if (Boolean(values.S3_ACCESS_KEY_ID) !== Boolean(values.S3_SECRET_ACCESS_KEY)) {
    throw new Error("Invalid configuration: S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY must be set together");
  }
  return {
    ...values,
    dataDir: path.resolve(values.DATA_DIR),
    database: values.DATABASE_URL ? ("postgres" as const) : ("pglite" as const),
    storage: values.S3_BUCKET ? ("s3" as const) : ("local" as const),
    pipelineEngine: values.INNGEST_EVENT_KEY || values.INNGEST_DEV ? ("inngest" as const) : ("local" as const),
    PIPELINE_CONCURRENCY_PER_ORG: values.PIPELINE_CONCURRENCY_PER_ORG ?? values.PIPELINE_CONCURRENCY,
    OCR_WORKERS: values.OCR_WORKERS ?? values.PIPELINE_CONCURRENCY,
    authProviders: {
      github: Boolean(values.GITHUB_ID && values.GITHUB_SECRET),
      google: Boolean(values.GOOGLE_CLIENT_ID && values.GOOGLE_CLIENT_SECRET),
    },
  };
}

let cached: TConfig | undefined;

export function getConfig(): TConfig {
  cached ??= parseConfig(process.env);
  return cached;
}
