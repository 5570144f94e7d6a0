import { describe, expect, test } from 'vitest';
import { canonicalPeriod, parsePeriod, subPeriods } from './period.js';

describe('stats period', () => {
  test.each([
    ['2024', '2024'],
    ['2025-H1', '2025-H1'],
    ['2025-S2', '2025-H2'],
    ['2024Q3', '2024-Q3'],
    ['2024-Q3', '2024-Q3'],
    ['2024M06', '2024-06'],
    ['2024-06', '2024-06'],
    ['2024-13', '2024-13'],
    ['last year', 'last year'],
  ])('stats period: %s is written %s', (s, out) => {
    expect(canonicalPeriod(s)).toBe(out);
  });

  test('stats period: a half-year splits into quarters and months; a month does not split into quarters', () => {
    expect(subPeriods(parsePeriod('2025-H1')!, 'Q')).toEqual(['2025-Q1', '2025-Q2']);
    expect(subPeriods(parsePeriod('2025-H2')!, 'M')).toEqual(['2025-07', '2025-08', '2025-09', '2025-10', '2025-11', '2025-12']);
    expect(subPeriods(parsePeriod('2024')!, 'A')).toEqual(['2024']);
    expect(subPeriods(parsePeriod('2024-05')!, 'Q')).toBeNull();
  });
});
