import { describe, expect, it } from 'vitest';
import { parseParameterInput } from './ParametersSection';

describe('parseParameterInput', () => {
  it('reads numbers (French decimal comma too), durations and booleans, and nothing that is not one yet', () => {
    expect(parseParameterInput({ type: 'number' }, '3')).toBe(3);
    expect(parseParameterInput({ type: 'number' }, '2,5')).toBe(2.5);
    expect(parseParameterInput({ type: 'number' }, '')).toBeUndefined();
    expect(parseParameterInput({ type: 'number' }, '3 mots')).toBeUndefined();
    expect(parseParameterInput({ type: 'duration' }, 'P4M')).toBe('P4M');
    expect(parseParameterInput({ type: 'duration' }, '4 mois')).toBeUndefined();
    expect(parseParameterInput({ type: 'boolean' }, 'true')).toBe(true);
    expect(parseParameterInput({ type: 'string' }, ' a ')).toBe(' a ');
  });
});
