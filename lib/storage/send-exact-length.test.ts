import { Readable, Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { sendExactLength } from "./send-exact-length";

/** Consumes the body the way the AWS SDK's Node handler does: `pipe`, no error listener, abort via the signal. */
function sdkLikeSend(received: Buffer[]) {
  return (body: Readable, abortSignal: AbortSignal) =>
    new Promise<void>((resolve, reject) => {
      const request = new Writable({
        write(chunk: Buffer, _encoding, done) {
          received.push(chunk);
          done();
        },
      });
      request.on("finish", () => resolve());
      abortSignal.addEventListener("abort", () => reject(Object.assign(new Error("Request aborted"), { name: "AbortError" })));
      body.pipe(request);
    });
}

function failing(): Readable {
  return Readable.from(
    (async function* () {
      yield Buffer.alloc(10, 1);
      throw new Error("client disconnected");
    })(),
  );
}

describe("sendExactLength", () => {
  it("passes every byte through when the size matches", async () => {
    const received: Buffer[] = [];
    await sendExactLength(Readable.from([Buffer.from("abc"), Buffer.from("de")]), 5, sdkLikeSend(received));
    expect(Buffer.concat(received).toString()).toBe("abcde");
  });

  it("rejects with the source's error, not the abort, and without an uncaught exception", async () => {
    await expect(sendExactLength(failing(), 100, sdkLikeSend([]))).rejects.toThrow("client disconnected");
  });

  it("rejects a source that ends early instead of leaving the request open", async () => {
    await expect(sendExactLength(Readable.from([Buffer.from("abc")]), 5, sdkLikeSend([]))).rejects.toThrow(/ended after 3 bytes/);
  });

  it("rejects a source longer than declared", async () => {
    await expect(sendExactLength(Readable.from([Buffer.from("abcdef")]), 5, sdkLikeSend([]))).rejects.toThrow(/longer/);
  });

  it("rejects with the request's error and stops reading a source that has stalled", async () => {
    const stalled = new Readable({ read() {} });
    stalled.push(Buffer.from("abc"));
    const refused = Object.assign(new Error("Access Denied"), { name: "AccessDenied" });
    await expect(sendExactLength(stalled, 100, () => Promise.reject(refused))).rejects.toBe(refused);
    expect(stalled.destroyed).toBe(true);
  });
});
