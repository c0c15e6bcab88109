// The API refuses a body with problem+json `errors: [{pointer: '/body/<field>', message}]`; react-admin forms expect
// `{ <field>: message }`. Shared by the data provider (Create/Edit forms) and the custom dialogs.

interface ProblemItem {
  pointer?: unknown;
  message?: unknown;
}

/**
 * Field messages of a problem+json body keyed by the path under `/body/` (`/body/to/userId` → `to.userId`); list
 * indexes stay on their list (`/body/conditions/2` → `conditions`), as the form shows one message per input.
 */
export const fieldErrorsFromProblem = (body: unknown): Record<string, string> => {
  const errors: Record<string, string> = {};
  const items = (body as { errors?: unknown } | null)?.errors;
  if (!Array.isArray(items)) return errors;
  for (const item of items as ProblemItem[]) {
    if (typeof item.pointer !== 'string' || typeof item.message !== 'string') continue;
    const match = /^\/body\/(.+)$/.exec(item.pointer);
    if (!match?.[1]) continue;
    const path = match[1]
      .split('/')
      .filter((segment) => !/^\d+$/.test(segment))
      .join('.');
    errors[path] ??= item.message;
  }
  return errors;
};
