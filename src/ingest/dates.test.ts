import { expect, test } from 'vitest';
import { findDate, parseDate } from './dates.js';

test.each([
  ['Interview (September 22, 2025)', '2025-09-22'],
  ['Published 3 June 2025 at 10:00', '2025-06-03'],
  ['12 de marzo de 2024', '2024-03-12'],
  ['le 1er avril 2023', '2023-04-01'],
  ['am 7. Oktober 2022', '2022-10-07'],
  ['22 сентября 2025 г.', '2025-09-22'],
  ['Posted 05.11.2021, 14:02', '2021-11-05'],
  ['2020-02-29T08:00:00Z', '2020-02-29'],
  ['Sept. 3, 2019', '2019-09-03'],
])('dates: finds %s', (text, iso) => {
  expect(findDate(text)?.iso).toBe(iso);
});

test.each([['in February 2015'], ['the 2014 agreements'], ['on 17 September'], ['West 2025'], ['version 1.2.3']])(
  'dates: a partial date is not a publication date: %s',
  (text) => {
    expect(findDate(text)).toBeNull();
  },
);

test('dates: parseDate reads ISO date-times from metadata', () => {
  expect(parseDate('2025-09-22T07:30:00+03:00')).toBe('2025-09-22');
  expect(parseDate('no date here')).toBeNull();
});
