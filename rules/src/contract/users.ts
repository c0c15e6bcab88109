// Who is signed in: the answers of POST /auth/login and /auth/refresh.
import type { Role } from './common.js';

export interface SessionUser {
  id: string;
  email: string;
  displayName: string;
  role: Role;
  profession: string | null;
}

export interface AuthResponse {
  token: string;
  refreshToken: string;
  user: SessionUser;
}

/** GET /health. */
export interface Health {
  status: string;
  database: string;
  temporal: string;
}
