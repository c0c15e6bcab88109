import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { AppError } from './errors.ts';
import { parseListQuery } from './list-query.ts';

const options = { sortable: ['lastName'] as const, filter: z.object({}).default({}) };

describe('list query', () => {
  it('takes react-admin’s default sort on id as "no particular order"', () => {
    const q = parseListQuery({ sort: '["id","DESC"]', range: '[0,0]', filter: '{}' }, options);
    expect(q).toMatchObject({ sort: null, skip: 0, take: 1 });
  });

  it('still refuses any other field that is not sortable, and sorts by one that is', () => {
    expect(() => parseListQuery({ sort: '["password","ASC"]' }, options)).toThrow(AppError);
    expect(parseListQuery({ sort: '["lastName","ASC"]' }, options).sort).toEqual({ field: 'lastName', order: 'asc' });
  });
});
