import { describe, expect, it } from 'vitest';
import { isOverdue } from './isOverdue';

const now = new Date('2026-03-10T12:00:00Z');

describe('isOverdue', () => {
  it('flags open tasks past their due date only', () => {
    expect(isOverdue({ status: 'open', dueAt: '2026-03-10T11:59:00Z' }, now)).toBe(true);
    expect(isOverdue({ status: 'open', dueAt: '2026-03-10T12:01:00Z' }, now)).toBe(false);
    expect(isOverdue({ status: 'completed', dueAt: '2026-03-01T00:00:00Z' }, now)).toBe(false);
    expect(isOverdue({ status: 'open', dueAt: null }, now)).toBe(false);
  });
});
