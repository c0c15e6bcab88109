// Parcours definitions as GET /parcours answers them, their version diff, and the shipped templates.
import type { LocalizedText } from './common.js';

export type ParcoursStatus = 'draft' | 'published' | 'retired';

export interface ParcoursRow<D = string> {
  id: string;
  key: string;
  /** Null while the parcours is a draft. */
  version: number | null;
  status: ParcoursStatus;
  /** The French title, as stored. */
  title: string;
  publishedAt: D | null;
  retiredAt?: D | null;
  runningJourneys?: number;
}

/** One definition with its body (GET /parcours/:id). */
export interface Parcours<D = string> extends ParcoursRow<D> {
  body: unknown;
}

export interface DiffChange {
  op: 'add' | 'remove' | 'replace';
  path: string;
  before?: unknown;
  after?: unknown;
  summary: LocalizedText;
}

export interface Template {
  key: string;
  title: LocalizedText;
  description?: LocalizedText;
  stepCount: number;
}
