import { randomUUID } from "node:crypto";
import { DeleteObjectsCommand, ListObjectsV2Command, S3Client } from "@aws-sdk/client-s3";
import { afterAll, describe } from "vitest";
import { describeBlobStoreContract } from "./blob-store-contract";
import { createS3BlobStore } from "./s3-blob-store";

// Runs only when pointed at a real bucket, e.g.
//   S3_INTEGRATION_BUCKET=my-test-bucket S3_INTEGRATION_REGION=eu-central-1 npx vitest run --project unit lib/storage
// with credentials from the AWS SDK's default chain (AWS_PROFILE, AWS_ACCESS_KEY_ID, ...). The credentials need
// s3:PutObject, GetObject, DeleteObject and ListBucket on the bucket. Everything is written under one random
// prefix and deleted afterwards. Test-only settings are read here, not through lib/config.ts, because the app
// never uses them.
const bucket = process.env.S3_INTEGRATION_BUCKET;
const region = process.env.S3_INTEGRATION_REGION ?? "us-east-1";
const prefix = `docustack-contract-tests/${randomUUID()}`;

describe.skipIf(!bucket)("S3 blob store against real S3", () => {
  afterAll(async () => {
    const client = new S3Client({ region });
    let token: string | undefined;
    do {
      const page = await client.send(new ListObjectsV2Command({ Bucket: bucket, Prefix: `${prefix}/`, ContinuationToken: token }));
      const objects = (page.Contents ?? []).map(({ Key }) => ({ Key }));
      if (objects.length > 0) await client.send(new DeleteObjectsCommand({ Bucket: bucket, Delete: { Objects: objects } }));
      token = page.NextContinuationToken;
    } while (token);
    client.destroy();
  });

  describeBlobStoreContract("S3 on AWS", () => createS3BlobStore({ bucket: bucket!, region, prefix }));
});
