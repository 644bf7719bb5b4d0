import os from "node:os";
import path from "node:path";
import { z } from "zod";
import { OCR_ENGINE_NAMES } from "@/lib/layout/ocr-engine-names";

// The one place that reads the environment. Everything else asks `getConfig()`.
const ZBooleanFlag = z
  .enum(["0", "1", "true", "false", ""])
  .optional()
  .transform((value) => value === "1" || value === "true");

/** An optional setting; set but empty counts as unset. */
const ZOptionalText = z
  .string()
  .trim()
  .optional()
  .transform((value) => value || undefined);

export const EXTRACTION_PROVIDERS = ["openai-compatible", "openai", "anthropic", "bedrock"] as const;
export type TExtractionProvider = (typeof EXTRACTION_PROVIDERS)[number];

/** Models used when EXTRACTION_MODEL is unset (OpenAI and Anthropic only; the others need a model named). */
const DEFAULT_EXTRACTION_MODELS = { openai: "gpt-4.1-mini", anthropic: "claude-sonnet-4-5" } as const;

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
  /** The reader for scanned pages and images: "tesseract" (tesseract.js) or "paddle" (PaddleOCR PP-OCRv4 on onnxruntime). */
  OCR_ENGINE: z.enum(OCR_ENGINE_NAMES).default("paddle"),
  /** tesseract.js workers kept alive, or PaddleOCR's onnxruntime threads; default: PIPELINE_CONCURRENCY. */
  OCR_WORKERS: z.coerce.number().int().min(1).max(32).optional(),
  // AI extraction (optional): without a provider, extraction is offline only.
  /** Picks the provider when several are configured, or "none" to keep extraction offline; default: the first configured. */
  EXTRACTION_PROVIDER: z
    .enum([...EXTRACTION_PROVIDERS, "none"])
    .optional()
    .or(z.literal("").transform(() => undefined)),
  EXTRACTION_MODEL: ZOptionalText,
  /** An OpenAI-compatible server (a local Ollama: http://localhost:11434/v1); needs EXTRACTION_MODEL. */
  EXTRACTION_BASE_URL: z
    .string()
    .url()
    .optional()
    .or(z.literal("").transform(() => undefined)),
  /** Bearer key for EXTRACTION_BASE_URL, when that server wants one. */
  EXTRACTION_API_KEY: ZOptionalText,
  /** The whole AI call, retries included; past it the document keeps the offline result. */
  EXTRACTION_TIMEOUT_MS: z.coerce.number().int().min(1000).default(60_000),
  /** Retries of failed provider calls (rate limits, 5xx, network). */
  EXTRACTION_MAX_RETRIES: z.coerce.number().int().min(0).max(10).default(2),
  OPENAI_API_KEY: ZOptionalText,
  ANTHROPIC_API_KEY: ZOptionalText,
  // Bedrock takes explicit keys (and EXTRACTION_MODEL), so credentials meant for other AWS tools don't turn it on.
  AWS_ACCESS_KEY_ID: ZOptionalText,
  AWS_SECRET_ACCESS_KEY: ZOptionalText,
  AWS_SESSION_TOKEN: ZOptionalText,
  AWS_REGION: z.string().trim().min(1).default("us-east-1"),
});

type TEnv = z.infer<typeof ZEnv>;

/** Which provider and model the AI extractor uses, or undefined for offline extraction only. */
export function resolveExtractionModel(values: TEnv): { provider: TExtractionProvider; modelId: string } | undefined {
  const configured: Record<TExtractionProvider, boolean> = {
    "openai-compatible": Boolean(values.EXTRACTION_BASE_URL),
    openai: Boolean(values.OPENAI_API_KEY),
    anthropic: Boolean(values.ANTHROPIC_API_KEY),
    bedrock: Boolean(values.AWS_ACCESS_KEY_ID && values.AWS_SECRET_ACCESS_KEY && values.EXTRACTION_MODEL),
  };
  if (values.EXTRACTION_PROVIDER === "none") return undefined;
  const provider = values.EXTRACTION_PROVIDER ?? EXTRACTION_PROVIDERS.find((name) => configured[name]);
  if (!provider) return undefined;
  if (provider === "openai-compatible" || provider === "bedrock") {
    const needs =
      provider === "bedrock" ? "AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY and EXTRACTION_MODEL" : "EXTRACTION_BASE_URL and EXTRACTION_MODEL";
    if (!configured[provider] || !values.EXTRACTION_MODEL)
      throw new Error(`Invalid configuration: AI extraction with ${provider} needs ${needs}`);
    return { provider, modelId: values.EXTRACTION_MODEL };
  }
  if (!configured[provider]) {
    throw new Error(
      `Invalid configuration: EXTRACTION_PROVIDER=${provider} needs ${provider === "openai" ? "OPENAI_API_KEY" : "ANTHROPIC_API_KEY"}`,
    );
  }
  return { provider, modelId: values.EXTRACTION_MODEL ?? DEFAULT_EXTRACTION_MODELS[provider] };
}

export type TConfig = ReturnType<typeof parseConfig>;

export function parseConfig(env: Record<string, string | undefined>) {
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
    extractionModel: resolveExtractionModel(values),
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
