// The journey's search attributes: typed keys shared by the workflow (upserts), the client (start) and the dev server
// registration (`npm start`, tests). They let the API and the Temporal UI list journeys by patient, parcours and status.
// No workflow API here, so scripts and the client import it without pulling workflow code.
import { defineSearchAttributeKey, SearchAttributeType } from '@temporalio/common';

export const PATIENT_ID = defineSearchAttributeKey('ParcoursPatientId', SearchAttributeType.KEYWORD);
export const PARCOURS_KEY = defineSearchAttributeKey('ParcoursKey', SearchAttributeType.KEYWORD);
export const PARCOURS_VERSION = defineSearchAttributeKey('ParcoursVersion', SearchAttributeType.INT);
export const PARCOURS_STATUS = defineSearchAttributeKey('ParcoursStatus', SearchAttributeType.KEYWORD);

export const JOURNEY_SEARCH_ATTRIBUTES = [PATIENT_ID, PARCOURS_KEY, PARCOURS_VERSION, PARCOURS_STATUS];

const CLI_TYPE_NAMES: Record<string, string> = { KEYWORD: 'Keyword', INT: 'Int' };

/** `--search-attribute Name=Type` flags for `temporal server start-dev`. */
export function devServerSearchAttributeFlags(): string[] {
  return JOURNEY_SEARCH_ATTRIBUTES.flatMap((k) => ['--search-attribute', `${k.name}=${CLI_TYPE_NAMES[k.type]}`]);
}
