// json-rules-engine conditions, verbatim. Types are our own so that workflow code never imports the engine.
import { z } from 'zod';

export type LeafCondition = {
  fact: string;
  operator: string;
  value?: unknown;
  path?: string;
  params?: Record<string, unknown>;
  name?: string;
  priority?: number;
};
export type AllCondition = { all: NestedCondition[]; name?: string; priority?: number };
export type AnyCondition = { any: NestedCondition[]; name?: string; priority?: number };
export type NotCondition = { not: NestedCondition; name?: string; priority?: number };
export type ConditionReference = { condition: string; name?: string; priority?: number };
/** A top-level json-rules-engine condition (`all`/`any`/`not`/`condition`). */
export type Condition = AllCondition | AnyCondition | NotCondition | ConditionReference;
export type NestedCondition = LeafCondition | Condition;

const meta = { name: z.string().optional(), priority: z.number().optional() };

// Strict objects: json-rules-engine throws on a node with two kinds (`all` and `any`) or a leaf that is also a group,
// so such a node is refused here rather than stripped and published as it was written.
export const leafConditionSchema = z.strictObject({
  fact: z.string(),
  operator: z.string(),
  value: z.unknown(),
  path: z.string().optional(),
  params: z.record(z.string(), z.unknown()).optional(),
  ...meta,
});

export const conditionSchema: z.ZodType<Condition> = z.lazy(() =>
  z.union([
    z.strictObject({ all: z.array(nestedConditionSchema), ...meta }),
    z.strictObject({ any: z.array(nestedConditionSchema), ...meta }),
    z.strictObject({ not: nestedConditionSchema, ...meta }),
    z.strictObject({ condition: z.string(), ...meta }),
  ]),
);

export const nestedConditionSchema: z.ZodType<NestedCondition> = z.lazy(() =>
  z.union([leafConditionSchema as z.ZodType<LeafCondition>, conditionSchema]),
);

/** Whether a nested condition is a leaf (`fact`/`operator`/`value`). */
export function isLeaf(c: NestedCondition): c is LeafCondition {
  return typeof (c as LeafCondition).fact === 'string';
}
