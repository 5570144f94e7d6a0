import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { htmlToBlocks } from './html.js';
import type { Block } from './types.js';

const fixture = (name: string) => readFileSync(new URL(`../../test/fixtures/ingest/${name}`, import.meta.url), 'utf8');
const texts = (blocks: readonly Block[]) => blocks.map((b) => b.text);
const body = (inner: string) => htmlToBlocks(`<!doctype html><html><body>${inner}</body></html>`).blocks;

describe('htmlToBlocks: a full interview page', () => {
  const result = htmlToBlocks(fixture('interview.html'));

  test('html: reads page metadata from JSON-LD @graph, meta tags and <html lang>', () => {
    expect(result.page).toEqual({
      title: 'Mayor Ada Brook: "We will not raise local taxes"',
      siteName: 'The Riverside Gazette',
      author: 'Tom Field, Lena Ortiz',
      published: '2025-04-02T09:30:00+01:00',
      description: 'The mayor explains the new city budget & what it means for residents.',
      lang: 'en-GB',
      byline: 'Tom Field',
    });
  });

  test('html: keeps the article with its heading, byline, caption, aside and tags, in reading order', () => {
    expect(texts(result.blocks)).toEqual([
      'Mayor Ada Brook: “We will not raise local taxes”',
      'By Tom Field and Lena Ortiz',
      '2 April 2025',
      "Ada Brook has run Riverside for three years. Ahead of the council vote on the budget, she talked to us about housing, buses and the city's debt, which has grown by 12% since 2022.",
      'Ada Brook in her office at the town hall. Photo: Sam Lee',
      'Mrs Brook, will residents pay more next year?',
      'No. The council tax stays where it is. We balanced the budget by cutting the cost of our own offices, by selling two buildings we no longer use, and by renegotiating the bus contract, which alone saves the city about £4 million a year.',
      'Critics say the savings are one-offs. They are partly right, and I have never hidden that. Selling buildings works once. But the bus contract runs for ten years, and the office savings are permanent, because we now share a building with the county.',
      'Read more: How the new bus contract was negotiated',
      'Why now?',
      'Because interest rates went up and we had to act. Waiting another year would have cost us more than any of the measures we took.',
      'What about housing?',
      'We will build 400 homes on the old depot site.',
      'Half of them will be social housing, and the first residents should move in by the spring of 2027.',
      'This interview has been edited for length.',
      'Tags: budget, housing',
    ]);
    expect(result.via).toBe('container');
  });

  test('html: leaves out navigation, site header and footer, sidebars, forms, scripts, styles, noscript and templates', () => {
    const all = texts(result.blocks).join('\n');
    for (const junk of ['News', 'Sport', 'Most read', 'All rights reserved', 'Subscribe', 'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']) {
      expect(all).not.toContain(junk);
    }
  });

  test('html: measures leading strong and em runs and marks headings', () => {
    const by = (start: string) => result.blocks.find((b) => b.text.startsWith(start))!;
    expect(by('Mayor Ada Brook')).toMatchObject({ heading: true, strong: 0 });
    expect(by('Mrs Brook')).toMatchObject({ strong: 45, em: 0, heading: false });
    expect(by('Critics say').strong).toBe('Critics say the savings are one-offs.'.length);
    expect(by('What about housing?').strong).toBe(19);
    expect(by('This interview').em).toBe(42);
  });

  test('html: Readability alone drops the aside and the tags the cleaner needs to see', () => {
    const read = htmlToBlocks(fixture('interview.html'), { extractor: 'readability' });
    expect(texts(read.blocks)).not.toContain('Read more: How the new bus contract was negotiated');
  });
});

describe('htmlToBlocks: choosing the content', () => {
  test('html: recovers the questions Readability drops, without the page furniture', () => {
    const html = fixture('questions-dropped.html');
    expect(texts(htmlToBlocks(html, { extractor: 'readability' }).blocks).some((t) => t.includes('?'))).toBe(false);
    const auto = htmlToBlocks(html);
    expect(auto.via).toBe('container');
    expect(texts(auto.blocks).filter((t) => t.endsWith('?'))).toEqual([
      'Frau Brook, steigen die Steuern?',
      'Ist das nachhaltig?',
      'Und der Wohnungsbau?',
    ]);
    expect(texts(auto.blocks).join(' ')).not.toMatch(/Impressum|Politik/);
    expect(auto.blocks).toHaveLength(7);
  });

  test('html: walks the body when the page is too small for Readability', () => {
    const r = htmlToBlocks('<html><body><p>Short?</p><p>Yes.</p></body></html>');
    expect(texts(r.blocks)).toEqual(['Short?', 'Yes.']);
  });

  test('html: skips Readability above maxElemsToParse and walks the page itself', () => {
    const r = htmlToBlocks(fixture('interview.html'), { maxElemsToParse: 10 });
    expect(r.via).toBe('container');
    expect(r.page.byline).toBeUndefined();
    expect(texts(r.blocks)).toContain('Why now?');
  });

  test('html: ignores a teaser <article> in a listing and uses the body', () => {
    const teasers = Array.from({ length: 5 }, (_, i) => `<article><p>Teaser number ${i} about something.</p></article>`).join('');
    const r = htmlToBlocks(`<html><body>${teasers}</body></html>`, { extractor: 'container' });
    expect(r.via).toBe('body');
    expect(r.blocks).toHaveLength(5);
  });
});

describe('htmlToBlocks: broken and hostile markup', () => {
  test('html: survives broken HTML and never returns markup, script or comment text', () => {
    const r = htmlToBlocks(fixture('broken.html'));
    const all = texts(r.blocks).join('\n');
    expect(r.page.title).toBe('Broken & old page');
    expect(all).toContain('Interview with the director');
    expect(all).toContain('Is it broken? Yes, but it still works — mostly.');
    expect(all).toContain('Entities: «quoted» Привет a b © 1999 &bogus; 3 < 4');
    expect(all).not.toMatch(/<\/?[a-z][^>]*>/i);
    expect(all).not.toMatch(/SCRIPT TEXT|COMMENT TEXT/);
    const q = r.blocks.find((b) => b.text.startsWith('Is it broken?'))!;
    expect(q.strong).toBe('Is it broken?'.length);
  });

  test('html: survives 20,000 nested elements without overflowing the stack', () => {
    const deep = '<div>'.repeat(20_000) + 'deep text' + '</div>'.repeat(20_000);
    expect(texts(htmlToBlocks(`<html><body>${deep}</body></html>`).blocks)).toEqual(['deep text']);
  });

  // Found by test/property/ingest.property.test.ts: the depth that keeps Readability away
  // was measured on what the walk visits only, so nesting inside <svg>/<math> (or in a
  // second <html>) reached Readability, which took 5 s on 10 KB and minutes on 100 KB.
  const article = `<article>${'<p>The minister answered every question about the budget at length. </p>'.repeat(12)}</article>`;
  test.each([
    ['<svg>', `<html><body>${article}<svg>${'<g>'.repeat(2000)}</svg></body></html>`],
    ['<math>', `<html><body>${article}<math>${'<table><tr><td>'.repeat(700)}x</math></body></html>`],
    ['<nav>', `<html><body>${article}<nav>${'<div>'.repeat(2000)}menu</nav></body></html>`],
    ['a second <html>', `<html><body>${article}</body></html><html><body>${'<div>'.repeat(2000)}x</body></html>`],
  ])('html: deep nesting inside %s keeps Readability out', (_where, html) => {
    const r = htmlToBlocks(html);
    expect(r.via).not.toBe('readability');
    expect(texts(r.blocks)[0]).toBe('The minister answered every question about the budget at length.');
  });

  test('html: keeps text that follows </html>, as a browser does', () => {
    expect(texts(htmlToBlocks('<html><body><p>First.</p></body></html>\n<p>After the end tag.</p>').blocks)).toEqual(['First.', 'After the end tag.']);
    expect(texts(htmlToBlocks('<!DOCTYPE html><html><body><p>First.</p></html> and <b>more</b>').blocks)).toEqual(['First.', 'and more']);
    expect(texts(htmlToBlocks('<html><head></head><body></body></html><html><body><p>A second document.</p></body></html>').blocks)).toEqual([
      'A second document.',
    ]);
  });

  test('html: any tag soup yields trimmed blocks with emphasis within bounds', () => {
    const piece = fc.constantFrom('<p>', '</p>', '<b>', '</b>', '<i>', '</i>', '<br>', '<div>', '</div>', '<h2>', '</h2>',
      '<article>', '</article>', '<script>', '</script>', '<!--', '-->', '<table><tr><td>', 'text ', 'Q? ', '&amp;', '&nbsp;', ' ', '\n', '<');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
        for (const b of htmlToBlocks(pieces.join('')).blocks) {
          expect(b.text).toBe(b.text.trim());
          expect(b.text).not.toBe('');
          expect(b.strong).toBeLessThanOrEqual(b.text.length);
          expect(b.em).toBeLessThanOrEqual(b.text.length);
        }
      }),
      { numRuns: 300 },
    );
  });

  test('html: returns no blocks for a page without text', () => {
    expect(htmlToBlocks('<html><head><title>T</title></head><body><img src=x></body></html>').blocks).toEqual([]);
  });
});

describe('htmlToBlocks: block structure', () => {
  test('html: <br> and <br><br> split blocks without empty ones', () => {
    expect(texts(body('<p>one<br>two<br><br>three<br/><br/></p>'))).toEqual(['one', 'two', 'three']);
  });

  test('html: collapses whitespace and NBSP and joins inline elements as a browser would', () => {
    expect(texts(body('<p>  a\n\t<span>b</span><span>c</span>&nbsp;&nbsp;d <a href=x>e</a>f </p>'))).toEqual(['a bc d ef']);
  });

  test('html: makes list items, table cells, figcaptions, blockquotes and headings blocks', () => {
    const blocks = body(
      '<h2>Part</h2><ul><li>one</li><li>two</li></ul><table><tr><td>2024</td><td>€5 bn</td></tr></table>' +
        '<blockquote>quoted</blockquote><figure><figcaption>caption</figcaption></figure>',
    );
    expect(texts(blocks)).toEqual(['Part', 'one', 'two', '2024', '€5 bn', 'quoted', 'caption']);
    expect(blocks[0]!.heading).toBe(true);
  });

  test('html: splits <pre> into lines', () => {
    expect(texts(body('<pre>line one\nline two\n\nline three</pre>'))).toEqual(['line one', 'line two', 'line three']);
  });

  test('html: skips hidden elements', () => {
    expect(texts(body('<p>shown</p><p hidden>no</p><p style="display: none">no</p><div aria-hidden="true">no</div>'))).toEqual([
      'shown',
    ]);
  });

  test.each([
    ['<p><b>Q:</b> What now?</p>', 'Q: What now?', 2, 0],
    ['<p><strong>Anna</strong> <strong>Petrova:</strong> Hello.</p>', 'Anna Petrova: Hello.', 13, 0],
    ['<p><strong><em>Both</em></strong> rest</p>', 'Both rest', 4, 4],
    ['<p><strong>Question? </strong>Answer</p>', 'Question? Answer', 9, 0],
    ['<p>Plain <b>bold</b></p>', 'Plain bold', 0, 0],
    ['<p><span style="font-weight: 700">Styled</span> bold</p>', 'Styled bold', 6, 0],
    ['<p><i>Whole italic paragraph</i></p>', 'Whole italic paragraph', 0, 22],
  ])('html: measures the leading emphasis of %s', (html, text, strong, em) => {
    expect(body(html)).toEqual([{ text, strong, em, heading: false }]);
  });
});

describe('htmlToBlocks: metadata variants', () => {
  const meta = (head: string, bodyHtml = '<p>x</p>') => htmlToBlocks(`<html><head>${head}</head><body>${bodyHtml}</body></html>`).page;

  test('html: reads JSON-LD given as a top-level array with string authors', () => {
    const ld = JSON.stringify([
      { '@type': 'BreadcrumbList' },
      { '@type': ['Article', 'NewsArticle'], headline: 'Head', author: ['A. One', 'B. Two'], datePublished: '2024-05-06', publisher: { name: 'Pub' }, inLanguage: 'ru' },
    ]);
    expect(meta(`<script type="application/ld+json">${ld}</script>`)).toEqual({
      title: 'Head',
      author: 'A. One, B. Two',
      published: '2024-05-06',
      siteName: 'Pub',
      lang: 'ru',
    });
  });

  test('html: tolerates raw line breaks inside JSON-LD strings and ignores invalid JSON-LD', () => {
    const bad = '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Two\nlines"}</script>';
    expect(meta(bad).title).toBe('Two lines');
    expect(meta('<script type="application/ld+json">{not json</script><title>Fallback</title>').title).toBe('Fallback');
  });

  test('html: falls back to og:locale, meta tags and <time datetime>', () => {
    expect(
      meta(
        '<meta property="og:locale" content="ru_RU"><meta name="author" content="I. Ivanov"><title>T</title>',
        '<article><time datetime="2023-01-02T10:00">2 Jan</time><p>x</p></article>',
      ),
    ).toEqual({ title: 'T', author: 'I. Ivanov', published: '2023-01-02T10:00', lang: 'ru-RU', byline: 'I. Ivanov' });
  });

  test('html: ignores an article:author that is a URL', () => {
    expect(meta('<meta property="article:author" content="https://facebook.com/someone">').author).toBeUndefined();
  });
});

describe('htmlToBlocks: speed', () => {
  test('html: extracts a 5,000-word page quickly', () => {
    const para = (i: number) =>
      `<p><strong>Question ${i}?</strong> ${'answer words that go on and on for a while '.repeat(5)}</p>`;
    const html = `<html><body><nav><a href="/">Home</a></nav><article>${Array.from({ length: 100 }, (_, i) => para(i)).join('')}</article></body></html>`;
    const t0 = performance.now();
    const r = htmlToBlocks(html);
    const ms = performance.now() - t0;
    expect(r.blocks).toHaveLength(100);
    expect(ms).toBeLessThan(3000);
  });
});

describe('htmlToBlocks: fragments', () => {
  test('html: handles a fragment without <html> or <body>', () => {
    expect(texts(htmlToBlocks('<p>First?</p><p>Second.</p>').blocks)).toEqual(['First?', 'Second.']);
  });

  test('html: handles text with no tags at all', () => {
    expect(texts(htmlToBlocks('just words').blocks)).toEqual(['just words']);
  });
});
