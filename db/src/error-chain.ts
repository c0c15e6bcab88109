// A Prisma error wraps the driver adapter's, which wraps PostgreSQL's: the SQLSTATE and PostgreSQL's own message sit at
// different depths depending on the path the query took. Every reader of those fields walks the chain the same way.

/** The fields a link of the chain may carry. */
export interface ErrorLink {
  code?: unknown;
  originalCode?: unknown;
  originalMessage?: unknown;
  message?: unknown;
}

/** The error, then the adapter error or cause each link names, at most six deep. */
export function* errorChain(error: unknown): Generator<ErrorLink> {
  for (let e: unknown = error, depth = 0; e && typeof e === 'object' && depth < 6; depth++) {
    const link = e as ErrorLink & { cause?: unknown; meta?: unknown };
    yield link;
    const adapter = (link.meta as { driverAdapterError?: unknown } | undefined)?.driverAdapterError;
    e = adapter ?? link.cause;
  }
}
