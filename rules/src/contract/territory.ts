// The CPTS's territory and organisation as the API answers them: its communes, its named pools. Browser-safe: the
// back office validates its forms with the same patterns the API's zod schemas use.
import { SLUG_PATTERN } from '../schema/patterns.js';

/**
 * An INSEE commune code (code officiel géographique): the department (01–19, 21–95, 2A, 2B, or 97x/98x overseas,
 * whose code has three characters) followed by the commune's number, five characters in all.
 */
export const INSEE_CODE_PATTERN = /^(?:0[1-9]|1\d|2[1-9AB]|[3-8]\d|9[0-5])\d{3}$|^9[78]\d{3}$/;
/** A number of the Répertoire partagé des professionnels de santé: 11 digits. */
export const RPPS_PATTERN = /^\d{11}$/;
/** A pool's key, as parcours definitions name it (`assignee: { pool }`): lowercase letters, digits and dashes. */
export const POOL_KEY_PATTERN = SLUG_PATTERN;

/** GET /communes, /communes/:id. `id` is the INSEE code (react-admin needs an `id`). */
export interface Commune {
  id: string;
  inseeCode: string;
  name: string;
}

/** A member of a pool, as the pool pages show them. */
export interface PoolMemberSummary {
  id: string;
  displayName: string;
  profession: string | null;
}

/** GET /pools, /pools/:id. `id` is the key. */
export interface Pool {
  id: string;
  key: string;
  label: string;
  description: string | null;
  memberIds: string[];
  members: PoolMemberSummary[];
  memberCount: number;
  createdAt: string;
  updatedAt: string;
}
