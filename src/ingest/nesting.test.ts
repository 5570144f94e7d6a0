import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { parseHTML } from 'linkedom';
import { describe, expect, test } from 'vitest';
import { limitNesting } from './nesting.js';

interface Node {
  readonly nodeType: number;
  readonly localName?: string;
  readonly childNodes: ArrayLike<Node>;
}
const VOID = new Set(['area', 'base', 'basefont', 'br', 'col', 'command', 'embed', 'frame', 'hr', 'img', 'input', 'isindex', 'keygen', 'link', 'meta', 'param', 'source', 'track', 'wbr']);

/** The deepest nesting of non-void elements in the document linkedom parses from `html`: its parser's stack depth. */
function parsedDepth(html: string): number {
  const { document } = parseHTML(html) as unknown as { document: Node };
  let max = 0;
  const todo: Array<[Node, number]> = [[document, 0]];
  while (todo.length) {
    const [node, depth] = todo.pop()!;
    for (const child of Array.from(node.childNodes)) {
      if (child.nodeType !== 1 || VOID.has(child.localName ?? '')) continue;
      max = Math.max(max, depth + 1);
      todo.push([child, depth + 1]);
    }
  }
  return max;
}

const root = new URL('../../', import.meta.url);

describe('limitNesting', () => {
  test('nesting: leaves real pages alone', () => {
    const pages = [
      ...readdirSync(new URL('test/fixtures/ingest/', root)).filter((f) => f.endsWith('.html')).map((f) => new URL(`test/fixtures/ingest/${f}`, root)),
      ...readdirSync(new URL('examples/', root)).filter((f) => f.endsWith('.html')).map((f) => new URL(`examples/${f}`, root)),
    ];
    expect(pages.length).toBeGreaterThan(2);
    for (const page of pages) {
      const html = readFileSync(page, 'latin1');
      expect(limitNesting(html), page.pathname).toBe(html);
    }
  });

  test('nesting: drops the start tags beyond the cap and keeps the text', () => {
    expect(limitNesting('<b><b><b>x</b></b></b>', 2)).toBe('<b><b> x</b></b></b>');
    expect(limitNesting(`<p>A: hello ${'<b>'.repeat(100_000)}end`, 512).match(/<b>/g)).toHaveLength(511);
    expect(parsedDepth(limitNesting(`<html>${'<div><span>'.repeat(5000)}x</html>`, 100))).toBe(100);
  });

  test.each([
    ['a comment', `<!--${'<b>'.repeat(50)}-->`],
    ['a CDATA section', `<![CDATA[${'<b>'.repeat(50)}]]>`],
    ['a script', `<script>${'<b>'.repeat(50)}</script>`],
    ['a title', `<title>${'<b>'.repeat(50)}</TITLE >`],
    ['quoted attributes', `<a title=">${'<b>'.repeat(50)}">x</a>`],
    ['closed elements', '<b>x</b>'.repeat(50)],
    ['void elements', '<br><img src=x><hr>'.repeat(50)],
    ['paragraphs that close each other', '<p>a'.repeat(50)],
    ['list items that close each other', '<ul>' + '<li>a'.repeat(50)],
    ['table cells and rows that close each other', '<table>' + '<tr><td>a<td>b'.repeat(50)],
    ['self-closing SVG elements', `<svg>${'<g/>'.repeat(50)}</svg>`],
  ])('nesting: does not count tags in %s', (_what, html) => {
    expect(limitNesting(html, 10)).toBe(html);
  });

  test('nesting: agrees with the parser on the depth of any tag soup', () => {
    const piece = fc.constantFrom(
      '<b>', '</b>', '<B>', '</B >', '</ b>', '<div>', '</div>', '<p>', '</p>', '</p >', '<li>', '<td>', '<tr>', '<table>', '<dd>', '<dt>',
      '<h1>', '<select>', '<option>', '<svg>', '</svg>', '<g/>', '<g />', '<math>', '<mi>', '</mi>', '<foreignObject>', '<title>',
      '</title>', '<script>', '</script>', '</script x>', '<style>', '</style>', '<xmp>', '</xmp>', '<textarea>', '</textarea>',
      '<scriptx>', '</scriptx>', '<!--', '-->', '<!-->', '<![CDATA[', ']]>', '<!x>', '<?x>', '</>', '< b>', '<br>', '</br>', '<img src=">">',
      '<a href="x>y">', "<i title='a>b'>", '</i>', '<i =">">', '<i a=b/>', '<i/ >', '<i a = "c" d=e>', '<', '>', '"', "'", 'text', ' ', '\n',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 80 }), fc.integer({ min: 1, max: 6 }), (pieces, limit) => {
        const html = `<html>${pieces.join('')}</html>`;
        const capped = limitNesting(html, limit);
        // An unmatched </p> makes the parser add an empty <p>, one level below the deepest element.
        expect(parsedDepth(capped)).toBeLessThanOrEqual(limit + (/<\/p[\s>]/i.test(html) ? 1 : 0));
        if (capped !== html) expect(parsedDepth(html)).toBeGreaterThan(limit);
      }),
      { numRuns: 1000 },
    );
  });
});
