import { describe, expect, it } from 'vitest';
import { fromDayFirst, toDayFirst } from './dayFirstDate';

describe('day-first dates', () => {
  it('shows an ISO date or timestamp as jj/mm/aaaa', () => {
    expect(toDayFirst('1948-05-02')).toBe('02/05/1948');
    expect(toDayFirst('1948-05-02T00:00:00.000Z')).toBe('02/05/1948');
    expect(toDayFirst(null)).toBe('');
    expect(toDayFirst('pas une date')).toBe('');
  });

  it('reads what a person types, day first', () => {
    expect(fromDayFirst('02/05/1948')).toBe('1948-05-02');
    expect(fromDayFirst('2/5/1948')).toBe('1948-05-02');
    expect(fromDayFirst(' 02.05.1948 ')).toBe('1948-05-02');
  });

  it('refuses partial and impossible dates', () => {
    expect(fromDayFirst('02/05/19')).toBeNull();
    expect(fromDayFirst('31/02/2024')).toBeNull();
    expect(fromDayFirst('05/13/2024')).toBeNull();
    expect(fromDayFirst('')).toBeNull();
  });
});
