// Patterns of the format, free of zod so that workflow code (durations) can use them without loading the schema.

/** Pattern of an ISO-8601 duration as the format accepts it (integers only, at least one component). */
export const ISO_DURATION_PATTERN = /^P(?!$)(\d+Y)?(\d+M)?(\d+W)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+S)?)?$/;
export const SLUG_PATTERN = /^[a-z0-9][a-z0-9-]*$/;
export const FIELD_ID_PATTERN = /^[A-Za-z][A-Za-z0-9_-]*$/;
