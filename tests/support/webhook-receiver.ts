import http from "node:http";
import type { AddressInfo } from "node:net";

export type TReceivedWebhook = { path: string; headers: http.IncomingHttpHeaders; rawBody: Buffer; receivedAt: number };

/**
 * A real HTTP endpoint for webhook tests. Paths choose behaviour: `/ok` answers 200,
 * `/fail-N` answers 500 to the first N requests then 200, `/down` always answers 503.
 */
export async function startWebhookReceiver() {
  const received: TReceivedWebhook[] = [];
  const counts = new Map<string, number>();
  const server = http.createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      const path = request.url ?? "/";
      received.push({ path, headers: request.headers, rawBody: Buffer.concat(chunks), receivedAt: Date.now() });
      const seen = (counts.get(path) ?? 0) + 1;
      counts.set(path, seen);
      const failures = /^\/[^/]*fail-(\d+)/.exec(path);
      if (path.includes("down")) response.writeHead(503).end("temporarily down");
      else if (failures && seen <= Number(failures[1])) response.writeHead(500).end("boom");
      else response.writeHead(200).end("thanks");
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    received,
    on: (path: string) => received.filter((request) => request.path === path),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
