// Types of the back office alone. What the API answers lives in the contract, `@parcours/rules/contract`.
import type { Role } from '@parcours/rules/contract';

/** What the auth provider's getPermissions gives the pages: the signed-in user's role and profession. */
export interface Permissions {
  role: Role;
  profession: string | null;
}
