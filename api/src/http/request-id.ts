// Request ids: the server generates its own for every request (logs, audit rows, the X-Request-Id answer header). A
// client's X-Request-Id is kept apart as clientRequestId — useful to correlate with its own logs, never trusted as ours.
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';

declare module 'express-serve-static-core' {
  interface Request {
    /** The X-Request-Id the client sent, cut to 100 printable ASCII characters; absent when it sent none. */
    clientRequestId?: string;
  }
}

const MAX_CLIENT_ID = 100;

/** The client's id, reduced to what is safe to store and log (printable ASCII, bounded). */
export function clientRequestIdOf(req: IncomingMessage): string | undefined {
  const raw = req.headers['x-request-id'];
  const value = (Array.isArray(raw) ? raw[0] : raw)?.replace(/[^\x20-\x7e]/g, '').slice(0, MAX_CLIENT_ID);
  return value || undefined;
}

/** pino-http's genReqId: always a fresh UUID, echoed in the answer; the client's own id is parked beside it. */
export function generateRequestId(req: IncomingMessage, res: ServerResponse): string {
  const id = randomUUID();
  (req as IncomingMessage & { clientRequestId?: string }).clientRequestId = clientRequestIdOf(req);
  res.setHeader('X-Request-Id', id);
  return id;
}
