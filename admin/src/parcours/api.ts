// Calls of the parcours endpoints that are not plain CRUD (ra-data-simple-rest covers the list).
import type { Issue } from '@parcours/rules';
import { API_URL } from '../config';
import { httpClient } from '../providers/httpClient';
import type { DiffChange, LocalizedText, Parcours, ParcoursRow, Template } from '@parcours/rules/contract';
import type { Draft } from './editor/draft';

/** One located error of a 422 answer: a code and parameters for the editor's own message, a pointer for machines. */
export type ServerIssue = Pick<Issue, 'pointer' | 'code'> & {
  params?: Record<string, string>;
  message: LocalizedText | string;
};

const url = (path: string) => `${API_URL}/${path}`;
const post = (path: string, body?: unknown) =>
  httpClient(url(path), { method: 'POST', body: body === undefined ? undefined : JSON.stringify(body) });

export const getParcours = async (id: string): Promise<Parcours> =>
  (await httpClient(url(`parcours/${encodeURIComponent(id)}`))).json as Parcours;

export const saveDraft = async (id: string, definition: Draft): Promise<Parcours> =>
  (
    await httpClient(url(`parcours/${encodeURIComponent(id)}`), {
      method: 'PUT',
      body: JSON.stringify({ definition }),
    })
  ).json as Parcours;

export const createParcours = async (definition: Draft, templateKey?: string): Promise<{ id: string }> =>
  (await post('parcours', { definition, ...(templateKey ? { templateKey } : {}) })).json as { id: string };

export const createFromTemplate = async (templateKey: string, key?: string): Promise<{ id: string }> =>
  (await post('parcours/from-template', { templateKey, ...(key ? { key } : {}) })).json as { id: string };

export const publishParcours = async (id: string): Promise<ParcoursRow> =>
  (await post(`parcours/${encodeURIComponent(id)}/publish`)).json as ParcoursRow;

export const retireParcours = async (id: string): Promise<ParcoursRow> =>
  (await post(`parcours/${encodeURIComponent(id)}/retire`)).json as ParcoursRow;

export const getVersions = async (id: string): Promise<ParcoursRow[]> =>
  (await httpClient(url(`parcours/${encodeURIComponent(id)}/versions`))).json as ParcoursRow[];

export const getDiff = async (id: string, other: string): Promise<{ changes: DiffChange[] }> =>
  (await httpClient(url(`parcours/${encodeURIComponent(id)}/diff?with=${encodeURIComponent(other)}`))).json as {
    changes: DiffChange[];
  };

export const getTemplates = async (): Promise<Template[]> => (await httpClient(url('templates'))).json as Template[];

/** Located errors of a 422 problem+json answer (publish refusals), empty for anything else. */
export const problemIssues = (error: unknown): ServerIssue[] => {
  const body = (error as { body?: { errors?: unknown } } | null)?.body;
  return Array.isArray(body?.errors) ? (body.errors as ServerIssue[]) : [];
};
