import { describe, expect, it } from 'vitest';
import { listTotalOf } from './listTotal';

const headers = (h: Record<string, string>) => new Headers(h);

describe('listTotalOf', () => {
  it('reads an exact total', () => {
    expect(listTotalOf(headers({ 'Content-Range': 'tasks 0-24/137' }), 1)).toEqual({ total: 137 });
    expect(listTotalOf(headers({ 'Content-Range': 'tasks 0-0/0' }), 1)).toEqual({ total: 0 });
  });

  it('turns a capped total into partial pagination and the number it exceeds', () => {
    const capped = headers({ 'Content-Range': 'tasks 25-49/*', 'Total-Exceeds': '1000' });
    expect(listTotalOf(capped, 2)).toEqual({
      pageInfo: { hasNextPage: true, hasPreviousPage: true },
      meta: { totalExceeds: 1000 },
    });
    expect(listTotalOf(headers({ 'Content-Range': 'tasks 0-24/*', 'Total-Exceeds': '1000' }), 1).pageInfo).toEqual({
      hasNextPage: true,
      hasPreviousPage: false,
    });
  });

  it('refuses an answer without Content-Range', () => {
    expect(() => listTotalOf(headers({}), 1)).toThrow(/Content-Range/);
  });
});
