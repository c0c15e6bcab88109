// Works around electric-sql/pglite#1046 (open against pglite-socket 0.2.17, the latest; fix proposed in PR #977).
// The socket server feeds every protocol message of every connection, one at a time, into one shared PGlite session,
// and keeps a connection's messages together only inside a SQL transaction. An extended-protocol batch (Parse, Bind,
// Execute, Sync: every Prisma query) is not a transaction, so two connections' batches interleave under load and a
// query fails ("unnamed prepared statement does not exist", "portal cannot be run") or silently gets another query's
// rows. The demo journeys of `npm start` put the worker and the API under exactly that load. This keeps a connection's
// messages together until its batch ends (Sync or a simple Query), and lets the queue go on after a failed message
// (the second defect, which otherwise stalls every connection). Remove it once upstream is fixed.
import type { PGLiteSocketServer } from '@electric-sql/pglite-socket';

interface QueuedMessage {
  handlerId: number;
  message: Uint8Array;
  onData: (data: Uint8Array) => void;
  resolve: (bytes: number) => void;
  reject: (error: unknown) => void;
}

/** The fields of pglite-socket's QueryQueueManager this relies on (checked at start, so an upgrade fails loudly). */
interface QueryQueue {
  queue: QueuedMessage[];
  processing: boolean;
  lastHandlerId: number | null;
  db: {
    isInTransaction: () => boolean;
    runExclusive: <T>(fn: () => Promise<T>) => Promise<T>;
    execProtocolRawStream: (message: Uint8Array, options: { onRawData: (data: Uint8Array) => void }) => Promise<void>;
  };
  processQueue: () => Promise<void>;
  clearTransactionIfNeeded: (handlerId: number) => Promise<void>;
}

// First byte of a frontend message. A startup message starts with its length (first byte 0) and is complete alone.
const SYNC = 0x53;
const QUERY = 0x51;
const TERMINATE = 0x58;
const STARTUP = 0x00;
const BATCH_ENDS = new Set([SYNC, QUERY, TERMINATE, STARTUP]);

export function keepProtocolBatchesTogether(server: PGLiteSocketServer): void {
  const q = (server as unknown as { queryQueue?: QueryQueue }).queryQueue;
  if (
    !q ||
    !Array.isArray(q.queue) ||
    typeof q.processQueue !== 'function' ||
    typeof q.db?.isInTransaction !== 'function'
  )
    throw new Error('pglite-socket internals changed: review scripts/start/pglite-batches.ts');
  // The connection whose extended-protocol batch is under way: only its messages may run until the batch ends.
  let batchOf: number | null = null;

  q.processQueue = async () => {
    if (q.processing) return;
    q.processing = true;
    try {
      while (q.queue.length > 0) {
        const pinned = batchOf ?? (q.db.isInTransaction() ? q.lastHandlerId : null);
        const index = pinned === null ? 0 : q.queue.findIndex((m) => m.handlerId === pinned);
        // The pinned connection's next message has not arrived yet: its enqueue will start the queue again.
        if (index === -1) break;
        const [item] = q.queue.splice(index, 1) as [QueuedMessage];
        let bytes = 0;
        try {
          await q.db.runExclusive(() =>
            q.db.execProtocolRawStream(item.message, {
              onRawData: (data) => {
                bytes += data.length;
                item.onData(data);
              },
            }),
          );
          q.lastHandlerId = item.handlerId;
          batchOf = BATCH_ENDS.has(item.message[0] ?? STARTUP) ? null : item.handlerId;
          item.resolve(bytes);
        } catch (error) {
          batchOf = null;
          item.reject(error);
        }
      }
    } finally {
      q.processing = false;
    }
  };

  // A connection that goes away mid-batch must not keep the others waiting.
  const clearTransaction = q.clearTransactionIfNeeded.bind(q);
  q.clearTransactionIfNeeded = async (handlerId) => {
    if (batchOf === handlerId) batchOf = null;
    await clearTransaction(handlerId);
    await q.processQueue();
  };
}
