// The shipped templates (JSON files in rules/templates/), parsed once through the schema and keyed by their `key`.
import frailty from '../../templates/frailty-60plus.json' with { type: 'json' };
import postHospitalisation from '../../templates/post-hospitalisation.json' with { type: 'json' };
import diabetes from '../../templates/diabetes-etp.json' with { type: 'json' };
import { parcoursDefinitionSchema, type ParcoursDefinition } from '../schema/definition.js';

const parse = (raw: unknown): ParcoursDefinition => parcoursDefinitionSchema.parse(raw);

/** Shipped parcours templates keyed by key: `frailty-60plus`, `post-hospitalisation`, `diabetes-etp`. */
export const templates: Record<string, ParcoursDefinition> = Object.fromEntries(
  [frailty, postHospitalisation, diabetes].map((raw) => {
    const def = parse(raw);
    return [def.key, def];
  }),
);
