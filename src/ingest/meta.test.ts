import { describe, expect, test } from 'vitest';
import type { Removed } from '../doc.js';
import { readMeta } from './meta.js';
import type { Block, PageMeta } from './types.js';

const block = (text: string): Block => ({ text, strong: 0, em: 0, heading: false });

function meta(title: string | null, lead: string[] = [], removed: Removed[] = [], page: PageMeta = {}) {
  const kept = lead.map(block);
  return readMeta({ page, title, kept, removed, text: lead.join('\n\n') || 'The minister spoke about the harvest and the port.' });
}

describe('meta: headline patterns', () => {
  test('"Interview of H.E. X, ROLE, to OUTLET (date)"', () => {
    const m = meta('Interview of H.E. Pavel Orlin, Ambassador of Vellmark to Norland, to Agency "Northern Wire" (March 3, 2025)');
    expect(m).toMatchObject({
      interviewee: 'Pavel Orlin',
      interviewee_role: 'Ambassador of Vellmark to Norland',
      outlet: 'Agency Northern Wire',
      published: '2025-03-03',
    });
  });

  test('"X, ROLE: “quote”"', () => {
    const m = meta('Lena Varga, Deputy Foreign Minister of Ostria: “We never asked for this war”');
    expect(m).toMatchObject({ interviewee: 'Lena Varga', interviewee_role: 'Deputy Foreign Minister of Ostria' });
  });

  test('"ROLE X\'s interview with OUTLET"', () => {
    const m = meta("Foreign Minister Arvid Holm's interview with Radio Kestrel, 12 May 2024");
    expect(m).toMatchObject({ interviewee: 'Arvid Holm', outlet: 'Radio Kestrel', published: '2024-05-12' });
    expect(m.interviewee_role).toBe('Foreign Minister');
  });
});

describe('meta: Russian headlines', () => {
  test('"Интервью <role> <name> агентству <outlet> (date)", the name made nominative from a caption', () => {
    const m = meta('Интервью Министра торговли Острии И.Томова газете "Северный вестник" (3 марта 2024 года)', [], [
      { text: 'Министр торговли Острии Илья Томов в порту', reason: 'caption' },
    ]);
    expect(m).toMatchObject({ interviewee: 'Илья Томов', interviewee_role: 'Министр торговли Острии', outlet: 'Северный вестник', published: '2024-03-03' });
  });
});

describe('meta: standfirst, furniture and page metadata', () => {
  test('the interviewer and the interviewee from a standfirst sentence', () => {
    const m = meta(null, ['During a visit to Vell, Carmen Ibarra had the chance to interview Tomas Reed, Minister of Trade of Ostria. They spoke about grain.']);
    expect(m).toMatchObject({ interviewer: 'Carmen Ibarra', interviewee: 'Tomas Reed', interviewee_role: 'Minister of Trade of Ostria' });
  });

  test('an interviewer from "Interview by" in furniture, a role before the name in the standfirst', () => {
    const m = meta('Ilan Toma: “Grain is peace”', ['Ines Moll asked the Minister of Ports of Ostria, Ilan Toma, about the quotas.'], [
      { text: 'Harbour Post · 2 May 2025 · Interview by Ines Moll', reason: 'dateline' },
    ]);
    expect(m).toMatchObject({ interviewer: 'Ines Moll', interviewee: 'Ilan Toma', interviewee_role: 'Minister of Ports of Ostria' });
  });

  test('the outlet from an acronym and its expansion in a subscription prompt', () => {
    const m = meta('Tomas Reed, Minister of Trade: “Grain is peace”', [], [
      { text: 'Join the NWR Premium plan for all the seminars of Northern Wire Review.', reason: 'subscription' },
    ]);
    expect(m.outlet).toBe('Northern Wire Review');
  });

  test('the outlet from a copyright footer, the date from furniture', () => {
    const m = meta('Tomas Reed speaks', [], [
      { text: 'Published 14 February 2024', reason: 'footer' },
      { text: '© 2024 The Kestrel Herald. All rights reserved.', reason: 'footer' },
    ]);
    expect(m).toMatchObject({ outlet: 'The Kestrel Herald', published: '2024-02-14' });
  });

  test('page metadata fills what the body does not say', () => {
    const m = meta(null, ['Q: Why?'], [], { siteName: 'Daily Ledger', published: '2023-11-02T09:00:00Z', author: 'Ines Moll', lang: 'en-GB' });
    expect(m).toMatchObject({ outlet: 'Daily Ledger', published: '2023-11-02', interviewer: 'Ines Moll' });
  });

  test('no date is invented from a partial date in the body', () => {
    expect(meta('Tomas Reed speaks', ['In February 2015 the agreements were signed in Vell.']).published).toBeNull();
  });

  test('language from the body: English and Russian', () => {
    expect(meta(null, ['We think that the port is open and the grain is moving to the south.']).language).toBe('en');
    expect(meta(null, ['Мы считаем, что это решение было принято без нас и не в наших интересах.']).language).toBe('ru');
  });
});
