import "server-only";
import { once } from "node:events";
import { PassThrough, type Readable } from "node:stream";

/**
 * Streams `source` as an HTTP request body of exactly `size` bytes, through `send`.
 *
 * The AWS SDK pipes a stream body with `body.pipe(request)` and never listens for the body's errors, so an
 * upload that fails part way (a client that disconnects) would be an uncaught exception that kills the
 * process, and a body shorter than its Content-Length would leave the request waiting forever. Here the SDK
 * only ever sees a PassThrough that is never destroyed with an error: failures of `source`, and a byte count
 * other than `size`, abort the request through its AbortSignal instead, and the source's own error is thrown.
 */
export async function sendExactLength(
  source: Readable,
  size: number,
  send: (body: Readable, abortSignal: AbortSignal) => Promise<unknown>,
): Promise<void> {
  const controller = new AbortController();
  const body = new PassThrough();
  const pumping = pump(source, body, size, controller.signal);
  pumping.catch((error: unknown) => controller.abort(error));

  let sendError: unknown;
  let isAbortedBySource = false;
  try {
    await send(body, controller.signal);
  } catch (error) {
    sendError = error;
    isAbortedBySource = controller.signal.aborted;
  } finally {
    // Once the request is over, a pump still waiting on the source or on "drain" would wait forever.
    controller.abort(new Error("The upload request has ended"));
    body.destroy();
  }
  const pumpError = await pumping.then(
    () => undefined,
    (error: unknown) => error,
  );
  if (sendError !== undefined) throw isAbortedBySource ? pumpError : sendError;
  if (pumpError !== undefined) throw pumpError;
}

async function pump(source: Readable, body: PassThrough, size: number, signal: AbortSignal): Promise<void> {
  // Destroying without an error ends the loop below without an 'error' event nobody would listen to.
  const stopReading = () => source.destroy();
  signal.addEventListener("abort", stopReading, { once: true });
  try {
    let sent = 0;
    for await (const chunk of source) {
      const bytes: Buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk);
      sent += bytes.length;
      if (sent > size) throw new Error(`Upload is longer than its declared size of ${size} bytes`);
      if (!body.write(bytes)) await once(body, "drain", { signal });
      signal.throwIfAborted();
    }
    if (sent !== size) throw new Error(`Upload ended after ${sent} bytes of its declared size of ${size}`);
    body.end();
  } finally {
    signal.removeEventListener("abort", stopReading);
  }
}
