import { describe, expect, test } from 'vitest';
import { bands, contentStems, matchClaims, quantityKey, stem, textQuantities, type ClaimSignature } from './matching.js';

/** A claim's signature as the store computes it, numbers read from the text. */
function sig(text: string): ClaimSignature {
  const stems = contentStems(text);
  return {
    stems: new Set(stems),
    numbers: new Set(textQuantities(text).map((q) => quantityKey(q.value, q.unit)!)),
  };
}

describe('matching', () => {
  test('matching: a number restated in another scale or unit has the same key', () => {
    const keys = (t: string) => textQuantities(t).map((q) => quantityKey(q.value, q.unit));
    expect(keys('€1.3 billion')).toEqual(keys('1,300 million euros'));
    expect(keys('€1.3 billion')).toEqual(['EUR:1.3e+9']);
    expect(keys('$2.5bn')).toEqual(keys('2,500 million dollars'));
    expect(keys('4.1%')).toEqual(keys('4.1 per cent'));
    expect(keys('1,2 млрд рублей')).toEqual(keys('1200 млн руб.'));
    expect(quantityKey(42, 'kilometre')).toBe(quantityKey(42000, 'metre'));
    expect(quantityKey(25, 'basis_point')).toBe(quantityKey(0.25, 'percentage_point'));
    // Years on their own are not quantities; different numbers differ.
    expect(keys('in 2027')).toEqual([]);
    expect(keys('4.1%')).not.toEqual(keys('4.2%'));
  });

  test('matching: content words are lower-cased, stemmed, function words out, directions unified', () => {
    expect(contentStems('The Ministers were cutting the budgets')).toEqual(['minister', '↓', 'budget']);
    expect(contentStems('Exports rose; exports increased; exports grew')).toEqual(['export', '↑', 'export', '↑', 'export', '↑']);
    expect(contentStems('Безработица снизилась, рост экспорта')).toEqual(['безработиц', '↓', '↑', 'экспорт']);
    expect(stem('economies')).toBe('economy');
    expect(stem('crisis')).toBe('crisis');
  });

  test.each([
    ['paraphrase with the same number', 'Unemployment fell to 4.1% in December.', 'In December unemployment dropped to 4.1 per cent, the lowest in years.', 'quantity'],
    ['another scale and currency word', 'We cut the deficit by €1.3 billion last year.', 'Last year the government reduced the deficit by 1,300 million euros.', 'quantity'],
    ['another speaker, nearly the same words', 'The new bridge across the river will carry four lanes of traffic from next spring.', 'Next spring the new bridge across the river will carry four lanes of traffic, he said.', 'wording'],
    ['Russian paraphrase', 'Безработица снизилась до 4,1% в декабре.', 'В декабре безработица сократилась до 4,1%.', 'quantity'],
  ])('matching: %s is the same claim', (_, a, b, reason) => {
    expect(matchClaims(sig(a), sig(b))?.reason).toBe(reason);
    expect(matchClaims(sig(b), sig(a))).toEqual(matchClaims(sig(a), sig(b)));
  });

  test.each([
    ['same number, other subject', 'Unemployment fell to 4.1% in December.', 'Fishing quotas rose by 4.1% this year.'],
    ['same words, other number', 'Unemployment in the northern provinces fell to 4.1% in December.', 'Unemployment in the northern provinces fell to 5.2% in December.'],
    ['same topic, different statement', 'The rail tunnel opens in 2027 and costs too much.', 'Critics say the rail tunnel is badly planned.'],
  ])('matching: %s is not the same claim', (_, a, b) => {
    expect(matchClaims(sig(a), sig(b))).toBeUndefined();
  });

  test('matching: LSH bands are shared by near-identical claims and deterministic', () => {
    const a = new Set(contentStems('The new bridge across the river will carry four lanes of traffic from next spring.'));
    const b = new Set(contentStems('Next spring the new bridge across the river will carry four lanes of traffic, he said.'));
    expect(bands(a)).toHaveLength(20);
    expect(bands(a)).toEqual(bands(new Set(a)));
    expect(bands(a).filter((x) => bands(b).includes(x)).length).toBeGreaterThan(0);
    expect(bands(new Set(['one', 'two', 'three']))).toEqual([]);
  });
});
