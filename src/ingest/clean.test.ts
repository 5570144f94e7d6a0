import { describe, expect, test } from 'vitest';
import { clean, furnitureReason } from './clean.js';
import type { Block } from './types.js';

const block = (text: string): Block => ({ text, strong: 0, em: 0, heading: false });
const blocks = (...lines: string[]) => lines.map(block);

describe('clean: furniture classes', () => {
  test.each([
    ['Home | World | Europe | Minister Talks Grain', 'breadcrumb'],
    ['Portada | Europa | Entrevista con el ministro', 'breadcrumb'],
    ['Read more: Grain corridor talks stall again', 'read_more'],
    ['Related: Five things to know about the port deal', 'read_more'],
    ['Para ampliar: La crisis del grano en el mar Negro', 'read_more'],
    ['Lire aussi : Le ministre en visite à Paris', 'read_more'],
    ['Lesen Sie auch: Der Minister in Berlin', 'read_more'],
    ['Читайте также: Министр провел переговоры', 'read_more'],
    ['Versión en español – English version', 'language_switch'],
    ['Norrish | English', 'language_switch'],
    ['Share: Facebook | X | Telegram', 'share'],
    ['Subscribe to read our exclusive interviews from €2.99', 'subscription'],
    ['Suscríbete y accede a los artículos exclusivos', 'subscription'],
    ['© 2025 Northern Ledger. All rights reserved.', 'footer'],
    ['Photo: Press service of the ministry', 'credit'],
    ['Fuente: Agencia Meridiana', 'credit'],
    ['By Ines Moll | 4 May 2024', 'byline'],
    ['You have read 2 of your 4 free articles. Subscribe to The Ledger for unlimited access.', 'subscription'],
    ['Press conference, 9 October 2024', 'dateline'],
    ['(The conference ended at 11.05.)', 'note'],
    ['Print', 'navigation'],
  ])('%s → %s', (text, reason) => {
    expect(furnitureReason(text)).toBe(reason);
  });

  test.each([
    ['We signed the grain agreement in March, and read more about it in the treaty than anyone else.'],
    ['The source of the problem is the sanctions policy, which has failed.'],
    ['Our exports of premium steel grew, and we share the concern of our partners about Telegram channels.'],
    ['Yes.'],
    ['We subscribe to the principles of the Charter and to nothing else.'],
  ])('body text is kept: %s', (text) => {
    expect(furnitureReason(text)).toBeNull();
  });
});

describe('clean: headlines and captions', () => {
  test('a headline repeated at the top is removed twice and becomes the title', () => {
    const c = clean(blocks('Interview of Minister Ana Ruiz to Daily Ledger', 'Interview of Minister Ana Ruiz to Daily Ledger', '– First question?', '– First answer.'));
    expect(c.title).toBe('Interview of Minister Ana Ruiz to Daily Ledger');
    expect(c.removed.map((r) => r.reason)).toEqual(['duplicate_title', 'duplicate_title']);
    expect(c.kept.map((b) => b.text)).toEqual(['– First question?', '– First answer.']);
  });

  test('the last segment of a breadcrumb names the title, and its copy below is removed', () => {
    const c = clean(blocks('Home | Europe | Minister Ruiz: “We will not back down”', 'Minister Ruiz: “We will not back down”', 'Q: Why?', 'A: Because.'));
    expect(c.title).toBe('Minister Ruiz: “We will not back down”');
    expect(c.removed.map((r) => r.reason)).toEqual(['breadcrumb', 'duplicate_title']);
  });

  test('a caption followed by the same caption with a credit is removed as caption and credit', () => {
    const c = clean(blocks('Q: Why?', 'A: First part.', 'The minister at the port of Vell', 'The minister at the port of Vell. Source: Ministry press office', 'Second part.'));
    expect(c.removed).toEqual([
      { text: 'The minister at the port of Vell', reason: 'caption' },
      { text: 'The minister at the port of Vell. Source: Ministry press office', reason: 'credit' },
    ]);
    expect(c.kept.map((b) => b.text)).toEqual(['Q: Why?', 'A: First part.', 'Second part.']);
  });

  test('a short line right before a photo credit is its caption', () => {
    const c = clean(blocks('– Why?', '– Because.', 'The envoy at the harbour of Vell.', 'Photo: Agency Meridiana', '– And then?'));
    expect(c.removed.map((r) => r.reason)).toEqual(['caption', 'credit']);
  });

  test('the page title from metadata removes its copy in the body, with or without the site suffix', () => {
    const c = clean(blocks('Minister speaks', 'Q: Why?', 'A: Because.'), { title: 'Minister speaks | Daily Ledger' });
    expect(c.removed).toEqual([{ text: 'Minister speaks', reason: 'duplicate_title' }]);
  });
});
