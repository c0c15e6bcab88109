// Conditions compiled to SQL over the "Patient" row (see compile.ts).
export { conditionToSql, validPatientToSql } from './compile.js';
export type { SqlCompilation, SqlOptions } from './compile.js';
export type { SqlText } from './fragment.js';
