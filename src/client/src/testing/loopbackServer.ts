// The server side of the client tests: a real HTTP server on 127.0.0.1 that records each request and
// answers with bytes written by hand per docs/protocol.md ("Responses: Flight") or as problem documents. The client
// under test talks to it through the real fetch, so headers such as Content-Type are what goes on the wire.
import { createServer, type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";

/** One request as the server received it. */
export interface ReceivedRequest {
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
  body: Buffer;
  /** Resolves when the client goes away before the response is finished (an aborted call). */
  aborted: Promise<void>;
}

/** What the server answers. */
export interface Reply {
  status?: number;
  headers?: Record<string, string>;
  body?: string;
}

export type Handler = (request: ReceivedRequest) => Reply | Promise<Reply>;

export interface LoopbackServer {
  /** The server-function prefix to give the client: `http://127.0.0.1:<port>/_serverfn`. */
  prefix: string;
  requests: ReceivedRequest[];
  close(): Promise<void>;
}

/** A Flight response (HTTP 200 unless given) with the rows given, one per line, each ending in `\n`. */
export function flight(rows: string[], status = 200, headers: Record<string, string> = {}): Reply {
  return { status, headers: { "Content-Type": "text/x-component; charset=utf-8", ...headers }, body: rows.map((r) => r + "\n").join("") };
}

/** A problem document (RFC 9457) with the given status and fields. */
export function problem(status: number, fields: Record<string, unknown>): Reply {
  return { status, headers: { "Content-Type": "application/problem+json; charset=utf-8" }, body: JSON.stringify({ status, ...fields }) };
}

export async function startServer(handler: Handler): Promise<LoopbackServer> {
  const requests: ReceivedRequest[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    const aborted = new Promise<void>((resolve) => res.on("close", () => res.writableFinished || resolve()));
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const request: ReceivedRequest = { method: req.method ?? "", path: req.url ?? "", headers: req.headers, body: Buffer.concat(chunks), aborted };
      requests.push(request);
      void Promise.resolve(handler(request)).then((reply) => {
        if (res.destroyed) return;
        res.writeHead(reply.status ?? 200, reply.headers ?? {});
        res.end(reply.body ?? "");
      });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    prefix: `http://127.0.0.1:${port}/_serverfn`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** The request body's parts, read with the platform's multipart parser (what a server would see). */
export async function formPartsOf(request: ReceivedRequest): Promise<[string, string][]> {
  const form = await new Response(new Uint8Array(request.body), { headers: { "Content-Type": String(request.headers["content-type"]) } }).formData();
  const parts: [string, string][] = [];
  form.forEach((value, name) => parts.push([name, typeof value === "string" ? value : `<file ${value.size} bytes>`]));
  return parts;
}
