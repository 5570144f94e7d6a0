import type { Format } from '../doc.js';

/** Tags whose presence suggests HTML markup rather than prose that mentions "<". */
const HTML_TAG =
  /<\/?(?:p|div|br|span|a|b|i|u|em|strong|h[1-6]|ul|ol|li|table|tr|td|th|tbody|thead|blockquote|figure|figcaption|img|article|section|main|header|footer|nav|aside|script|style|meta|link|title|head|body|html|time|font|center|hr|pre|iframe|form|input|button|noscript|svg)(?=[\s/>])[^<>]{0,400}>/gi;
// A comment body excludes "-->" so that consecutive comments parse one way only (no backtracking blow-up).
const DOCUMENT_START = /^(?:\s|<!--(?:[^-]|-(?!->))*-->)*<(?:!doctype\s+html|html[\s>]|head[\s>]|body[\s>]|\?xml[^>]*>\s*<(?:!doctype\s+html|html))/i;

/** How far into the text the sniffer looks; enough for any real page's opening, bounded for 20 MB inputs. */
const SNIFF_CHARS = 65536;

/**
 * Guesses the format of decoded text, content first: a doctype, <html>,
 * <head> or <body> at the start, or a density of HTML tags, means HTML;
 * front matter, "#" headings, "**bold**" paragraph openings, [text](url)
 * links and "> " quotes mean Markdown. The file extension and the
 * Content-Type decide only when the content is ambiguous; a Content-Type of
 * text/html over text with no tag at all is treated as text, because parsing
 * tagless text as HTML would merge all its lines into one paragraph.
 */
export function sniffFormat(text: string, uri: string, contentType?: string): Format {
  const head = text.length > SNIFF_CHARS ? text.slice(0, SNIFF_CHARS) : text;
  if (DOCUMENT_START.test(head)) return 'html';

  let lines = 0;
  for (const line of head.split('\n')) if (line.trim() !== '') lines++;
  const tags = head.match(HTML_TAG)?.length ?? 0;
  const md = markdownScore(head);

  if (tags >= 2 && tags >= lines * 0.5 && tags > md) return 'html';
  if (md >= 3 || (md >= 2 && md >= lines * 0.05)) return 'markdown';

  const hint = hintOf(uri, contentType);
  if (hint === 'html') return tags > 0 ? 'html' : 'text';
  if (hint !== null) return hint;
  if (tags >= 3 && tags >= lines * 0.2) return 'html';
  if (md >= 2) return 'markdown';
  return 'text';
}

/** Counts Markdown signals; front matter counts three, a heading two. */
function markdownScore(text: string): number {
  let score = 0;
  if (/^(?:---|\+\+\+)[ \t]*\n(?:(?:[\w-]{1,40}[ \t]*[:=]|[ \t]+\S|-[ \t])[^\n]*\n){1,60}(?:---|\+\+\+|\.\.\.)[ \t]*(?:\n|$)/.test(text)) {
    score += 3;
  }
  for (const raw of text.split('\n')) {
    const line = raw.trimEnd();
    if (/^ {0,3}#{1,6}[ \t]+\S/.test(line)) score += 2;
    else if (/^ {0,3}(?:\*\*|__)\S/.test(line) && /\S(?:\*\*|__)/.test(line.slice(3))) score += 1;
    else if (/^ {0,3}> ?\S/.test(line)) score += 1;
    else if (/^ {0,3}```/.test(line)) score += 1;
    else if (/^ {0,3}(?:=+|-+)$/.test(line) && line.trim().length >= 3) score += 0.5;
    if (line.includes('](')) {
      const links = line.match(/!?\[[^\]\n]{1,500}\]\([^)\s]{1,2000}(?:\s+"[^"\n]{0,200}")?\)/g);
      if (links) score += links.length;
    }
  }
  return score;
}

function hintOf(uri: string, contentType: string | undefined): Format | null {
  const type = contentType?.split(';')[0]?.trim().toLowerCase();
  if (type === 'text/html' || type === 'application/xhtml+xml') return 'html';
  if (type === 'text/markdown' || type === 'text/x-markdown') return 'markdown';
  if (type === 'text/plain') return 'text';
  const path = uri.replace(/[?#].*$/, '').toLowerCase();
  if (/\.(?:html?|xhtml|shtml|php|aspx?|jsp)$/.test(path)) return 'html';
  if (/\.(?:md|markdown|mdown|mkd|mdx)$/.test(path)) return 'markdown';
  if (/\.(?:txt|text)$/.test(path)) return 'text';
  return null;
}
