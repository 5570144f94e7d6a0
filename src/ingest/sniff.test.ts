import { describe, expect, test } from 'vitest';
import { sniffFormat } from './sniff.js';

describe('sniffFormat', () => {
  test.each([
    ['<!DOCTYPE html><html><body><p>Hi</p></body></html>', 'html'],
    ['\n  <!-- saved page --><!-- twice --> <html lang="en"><p>x</p></html>', 'html'],
    ['<?xml version="1.0"?>\n<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN">\n<html>', 'html'],
    ['<body><p>Question?</p><p>Answer.</p></body>', 'html'],
    ['<p><strong>Q:</strong> Why?</p>\n<p>Because.</p>\n<p>Fine.</p>', 'html'],
  ])('sniff: recognises HTML by content: %s', (text, format) => {
    expect(sniffFormat(text, 'input.txt')).toBe(format);
  });

  test.each([
    ['---\ntitle: Talk\ndate: 2025-01-02\n---\nBody text.', 'front matter'],
    ['# The interview\n\nShe spoke to us.', 'a heading'],
    ['**Why now?**\n\nBecause.\n\n**And later?**\n\nWe will see.', 'bold question paragraphs'],
    ['See [the report](https://example.org/r) and [the data](https://example.org/d).', 'links'],
    ['> a quoted line\n> another quoted line\nplain', 'quotes'],
  ])('sniff: recognises Markdown by %s', (text) => {
    expect(sniffFormat(text, 'input.txt')).toBe('markdown');
  });

  test.each([
    ['— Как дела?\n— Хорошо.\n— А завтра?\n— Посмотрим.'],
    ['Q: Is 3 < 4 and 5 > 2?\nA: Yes.'],
    ['He wrote <p> on the board once.\nThen left.\nThe end.\nReally.'],
    ['#1 priority is the budget.\nSecond line.'],
    ['A line with a single > sign in the middle.'],
  ])('sniff: keeps plain prose as text: %s', (text) => {
    expect(sniffFormat(text, 'input')).toBe('text');
  });

  test('sniff: uses the extension when the content is ambiguous', () => {
    expect(sniffFormat('Just words.', 'notes.md')).toBe('markdown');
    expect(sniffFormat('Just <b>bold</b> words.', 'page.html')).toBe('html');
    expect(sniffFormat('Just words.', 'https://example.org/a.txt?x=1')).toBe('text');
  });

  test('sniff: uses the Content-Type before the extension', () => {
    expect(sniffFormat('Just <b>bold</b> words.', 'https://example.org/a.txt', 'text/html; charset=utf-8')).toBe('html');
    expect(sniffFormat('Just words.', 'https://example.org/a.html', 'text/markdown')).toBe('markdown');
  });

  test('sniff: does not parse tagless text as HTML even when the server says text/html', () => {
    expect(sniffFormat('Line one.\nLine two.', 'https://example.org/', 'text/html')).toBe('text');
  });

  test('sniff: content beats a misleading extension', () => {
    expect(sniffFormat('<!doctype html><p>x</p>', 'saved.txt', 'text/plain')).toBe('html');
    expect(sniffFormat('# Title\n\nText', 'notes.txt')).toBe('markdown');
  });

  test('sniff: stays fast on pathological input', () => {
    const nasty = '<!--'.repeat(20000) + '<p '.repeat(20000) + '['.repeat(20000) + '\n'.repeat(5);
    const t0 = performance.now();
    sniffFormat(nasty, 'x');
    expect(performance.now() - t0).toBeLessThan(1000);
  });
});
