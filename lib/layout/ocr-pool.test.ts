import { EventEmitter } from "node:events";
import sharp from "sharp";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";

// A fake tesseract.js: each worker does what the next queued behaviour says, so the pool's guards can be driven
// through every failure without waiting for real OCR. read-page-layout.test.ts runs the real thing.
type TBehaviour = "ok" | "reject" | "exit" | "thread-error" | "hang";
const fake = vi.hoisted(() => ({ behaviours: [] as string[], created: 0, terminated: 0, failStart: false }));

vi.mock("tesseract.js", () => {
  const bbox = { x0: 10, y0: 20, x1: 90, y1: 40 };
  const result = {
    data: {
      blocks: [
        { paragraphs: [{ lines: [{ text: "Acme Corp\n", bbox, confidence: 90, words: [{ text: "Acme", bbox, confidence: 95 }] }] }] },
      ],
    },
  };
  const createWorker = async () => {
    if (fake.failStart) throw new Error("cannot load language data");
    fake.created++;
    const thread = new EventEmitter();
    return {
      worker: thread,
      setParameters: async () => ({}),
      terminate: async () => {
        fake.terminated++;
        thread.emit("exit", 1);
      },
      recognize: () => {
        const behaviour = fake.behaviours.shift() ?? "ok";
        if (behaviour === "reject") return Promise.reject("Error: Error attempting to read image.");
        if (behaviour === "exit") setTimeout(() => thread.emit("exit", 1), 5);
        if (behaviour === "thread-error") setTimeout(() => thread.emit("error", new Error("RuntimeError: memory access out of bounds")), 5);
        if (behaviour !== "ok") return new Promise(() => {});
        return new Promise((resolve) => setTimeout(() => resolve(result), 5));
      },
    };
  };
  return { default: { createWorker, OEM: { LSTM_ONLY: 1 } } };
});

const { getOcrPool } = await import("./ocr-pool");

let page: Buffer;
beforeAll(async () => {
  page = await sharp({ create: { width: 100, height: 50, channels: 3, background: "white" } })
    .png()
    .toBuffer();
});

afterEach(async () => {
  await getOcrPool().terminate();
  Object.assign(fake, { behaviours: [], created: 0, terminated: 0, failStart: false });
});

async function expectOcrFailure(promise: Promise<unknown>) {
  await expect(promise).rejects.toMatchObject({ name: "DocumentError", code: "ocr_failed" });
}

describe("getOcrPool", () => {
  it("turns tesseract's result into lines with normalized boxes and confidences", async () => {
    const result = await getOcrPool().recognize(page);
    expect(result).toEqual({
      width: 100,
      height: 50,
      lines: [
        {
          text: "Acme",
          box: { x0: 0.1, y0: 0.4, x1: 0.9, y1: 0.8 },
          confidence: 0.9,
          words: [{ text: "Acme", box: { x0: 0.1, y0: 0.4, x1: 0.9, y1: 0.8 }, confidence: 0.95 }],
        },
      ],
    });
  });

  it("is one pool per process, started lazily", async () => {
    const pool = getOcrPool({ size: 2 });
    expect(getOcrPool()).toBe(pool);
    expect(pool.size).toBe(2);
    expect(fake.created).toBe(0);
    await pool.recognize(page);
    expect(fake.created).toBe(1);
  });

  it.each<TBehaviour>(["reject", "exit", "thread-error"])("fails the page and replaces the worker when it does '%s'", async (behaviour) => {
    const pool = getOcrPool();
    fake.behaviours.push(behaviour);
    await expectOcrFailure(pool.recognize(page));
    expect((await pool.recognize(page)).lines).toHaveLength(1);
    expect(fake.created).toBe(2);
  });

  it("gives up on a page that takes too long", async () => {
    const pool = getOcrPool({ timeoutMs: 50 });
    fake.behaviours.push("hang");
    await expectOcrFailure(pool.recognize(page));
    expect(fake.terminated).toBe(1);
    expect((await pool.recognize(page)).lines).toHaveLength(1);
  });

  it("fails the page when a worker can't start, and tries again for the next one", async () => {
    const pool = getOcrPool();
    fake.failStart = true;
    await expectOcrFailure(pool.recognize(page));
    fake.failStart = false;
    expect((await pool.recognize(page)).lines).toHaveLength(1);
  });

  it("refuses what isn't an image before any worker sees it", async () => {
    await expectOcrFailure(getOcrPool().recognize(Buffer.from("definitely not an image")));
    expect(fake.created).toBe(0);
  });

  it("keeps the other pages going when one fails", async () => {
    const pool = getOcrPool({ size: 2 });
    fake.behaviours.push("ok", "reject", "ok", "ok");
    const results = await Promise.allSettled([1, 2, 3, 4].map(() => pool.recognize(page)));
    expect(results.map((result) => result.status).sort()).toEqual(["fulfilled", "fulfilled", "fulfilled", "rejected"]);
  });

  it("replaces workers after a number of pages", async () => {
    const pool = getOcrPool({ maxPagesPerWorker: 2 });
    for (let run = 0; run < 5; run++) await pool.recognize(page);
    expect(fake.created).toBe(3);
  });

  it("rejects queued pages on terminate and starts afresh afterwards", async () => {
    const pool = getOcrPool();
    fake.behaviours.push("hang");
    const pending = [pool.recognize(page), pool.recognize(page)];
    await new Promise((resolve) => setTimeout(resolve, 20));
    await pool.terminate();
    for (const promise of pending) await expectOcrFailure(promise);
    await expectOcrFailure(pool.recognize(page));
    expect(getOcrPool()).not.toBe(pool);
  });
});
