/**
 * Caps element nesting in HTML before it is parsed.
 *
 * linkedom's parser (htmlparser2) keeps its open elements in an array that it
 * grows and shrinks at the front, so each start or end tag costs time in the
 * current nesting depth: a page of unclosed tags ("<b><b><b>…", found by the
 * ingest fuzz test) takes quadratic time, 4 s for 80,000 of them and hours for
 * a 20 MB page. No real page nests more than a few dozen elements deep, so
 * start tags that would open an element deeper than the cap are dropped, text
 * kept, which bounds the parser's work to linear.
 *
 * To know the depth the parser will see, this mirrors htmlparser2's HTML-mode
 * tokenizer (comments, CDATA, declarations, quoted attributes, the raw text of
 * script, style, title, textarea and xmp) and its stack rules (void elements,
 * start tags that close open ones, end tags that close up to their match,
 * self-closing tags in SVG and MathML), with a stack that grows at the end:
 * linear time.
 */

/** Deepest element nesting kept. Readability is not run beyond 256 anyway. */
export const MAX_NESTING = 512;

const VOID = new Set([
  'area', 'base', 'basefont', 'br', 'col', 'command', 'embed', 'frame', 'hr', 'img', 'input', 'isindex', 'keygen',
  'link', 'meta', 'param', 'source', 'track', 'wbr',
]);
const P = new Set(['p']);
const FORM = new Set(['input', 'option', 'optgroup', 'select', 'button', 'datalist', 'textarea']);
const DDT = new Set(['dd', 'dt']);
const RTP = new Set(['rt', 'rp']);
/** Start tags that first close open elements of these names (htmlparser2's openImpliesClose). */
const IMPLIES_CLOSE: ReadonlyMap<string, ReadonlySet<string>> = new Map<string, ReadonlySet<string>>([
  ['tr', new Set(['tr', 'th', 'td'])], ['th', new Set(['th'])], ['td', new Set(['thead', 'th', 'td'])],
  ['body', new Set(['head', 'link', 'script'])], ['li', new Set(['li'])], ['option', new Set(['option'])],
  ['optgroup', new Set(['optgroup', 'option'])], ['dd', DDT], ['dt', DDT], ['rt', RTP], ['rp', RTP],
  ['tbody', new Set(['thead', 'tbody'])], ['tfoot', new Set(['thead', 'tbody'])],
  ...['select', 'input', 'output', 'button', 'datalist', 'textarea'].map((t) => [t, FORM] as const),
  ...[
    'p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'address', 'article', 'aside', 'blockquote', 'details', 'div', 'dl',
    'fieldset', 'figcaption', 'figure', 'footer', 'form', 'header', 'hr', 'main', 'nav', 'ol', 'pre', 'section',
    'table', 'ul',
  ].map((t) => [t, P] as const),
]);
const FOREIGN = new Set(['math', 'svg']);
const INTEGRATION = new Set(['mi', 'mo', 'mn', 'ms', 'mtext', 'annotation-xml', 'foreignobject', 'desc', 'title']);
/** Elements whose content is raw text up to their end tag. */
const RAW_TEXT = new Set(['script', 'style', 'title', 'textarea', 'xmp']);

const GT = 0x3e;
const SLASH = 0x2f;
const EQ = 0x3d;
const DQ = 0x22;
const SQ = 0x27;
const isSpace = (c: number) => c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0c || c === 0x0d;
const isLetter = (c: number) => (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
const endsTagName = (c: number) => isSpace(c) || c === SLASH || c === GT;

/**
 * Returns `html` with every start tag that would nest an element deeper than
 * `limit` replaced by a space; `html` itself when nothing is that deep.
 * Linear in the length of `html`.
 *
 * @example limitNesting('<b>'.repeat(3) + 'x', 2) // '<b><b> x'
 */
export function limitNesting(html: string, limit = MAX_NESTING): string {
  if (count(html, '<') <= limit) return html; // cannot nest deeper than it has tags
  const n = html.length;
  const stack: string[] = [];
  const open = new Map<string, number>();
  const foreign: boolean[] = [false];
  const cuts: number[] = [];
  const push = (name: string) => {
    stack.push(name);
    open.set(name, (open.get(name) ?? 0) + 1);
  };
  const pop = () => {
    const name = stack.pop()!;
    open.set(name, open.get(name)! - 1);
    return name;
  };
  const after = (seq: string, from: number) => {
    const at = html.indexOf(seq, from);
    return at < 0 ? n : at + seq.length;
  };

  let i = html.indexOf('<');
  while (i >= 0 && i < n) {
    const c = html.charCodeAt(i + 1);
    let end: number;
    if (c === 0x21 /* ! */) {
      // From the opening dashes on, as htmlparser2 does: "<!-->" and "<!--->" are whole comments.
      if (html.startsWith('<!--', i)) end = after('-->', i + 2);
      else if (html.startsWith('<![CDATA[', i)) end = after(']]>', i + 9);
      else end = after('>', i + 2);
    } else if (c === 0x3f /* ? */) {
      end = after('>', i + 2);
    } else if (c === SLASH) {
      let j = i + 2;
      while (j < n && isSpace(html.charCodeAt(j))) j++;
      if (isLetter(html.charCodeAt(j))) {
        let k = j;
        while (k < n && !isSpace(html.charCodeAt(k)) && html.charCodeAt(k) !== GT) k++;
        end = after('>', k);
        const name = html.slice(j, k).toLowerCase();
        if (FOREIGN.has(name) || INTEGRATION.has(name)) foreign.pop();
        if (!VOID.has(name) && (open.get(name) ?? 0) > 0) while (pop() !== name);
      } else {
        end = html.charCodeAt(j) === GT ? j + 1 : after('>', j);
      }
    } else if (isLetter(c)) {
      const tag = readStartTag(html, i + 1);
      end = tag.end;
      const name = tag.name;
      // The elements this start tag closes first, from the top of the stack.
      const closes = IMPLIES_CLOSE.get(name);
      let k = 0;
      if (closes) while (k < stack.length && closes.has(stack[stack.length - 1 - k]!)) k++;
      if (!VOID.has(name) && stack.length - k >= limit) {
        cuts.push(i, end); // dropped: the parser never sees it, so nothing else happens
      } else {
        for (; k > 0; k--) pop();
        if (!VOID.has(name)) {
          push(name);
          if (FOREIGN.has(name)) foreign.push(true);
          else if (INTEGRATION.has(name)) foreign.push(false);
          if (tag.selfClosing && foreign[foreign.length - 1] === true && stack[stack.length - 1] === name) pop();
        }
        if (RAW_TEXT.has(name) && !tag.selfClosing) end = rawTextEnd(html, name, end);
      }
    } else {
      end = i + 1; // a "<" in text
    }
    i = end >= n ? -1 : html.indexOf('<', end);
  }
  if (cuts.length === 0) return html;
  const parts: string[] = [];
  let from = 0;
  for (let k = 0; k < cuts.length; k += 2) {
    parts.push(html.slice(from, cuts[k]), ' ');
    from = cuts[k + 1]!;
  }
  parts.push(html.slice(from));
  return parts.join('');
}

function count(s: string, ch: string): number {
  let c = 0;
  for (let i = s.indexOf(ch); i >= 0; i = s.indexOf(ch, i + 1)) c++;
  return c;
}

/** Reads a start tag from its name at `from`: the lower-cased name, the index after its ">", and whether it ends in "/>". */
function readStartTag(html: string, from: number): { name: string; end: number; selfClosing: boolean } {
  const n = html.length;
  let i = from;
  while (i < n && !endsTagName(html.charCodeAt(i))) i++;
  const name = html.slice(from, i).toLowerCase();
  let selfClosing = false;
  while (i < n) {
    const c = html.charCodeAt(i);
    if (c === GT) return { name, end: i + 1, selfClosing };
    if (c === SLASH) {
      selfClosing = true;
      i++;
      continue;
    }
    if (isSpace(c)) {
      i++;
      continue;
    }
    // An attribute: its name, then an optional "=" and a quoted or unquoted value.
    selfClosing = false;
    i++; // the name's first character, whatever it is ("=" included, as in htmlparser2)
    while (i < n && !endsTagName(html.charCodeAt(i)) && html.charCodeAt(i) !== EQ) i++;
    let j = i;
    while (j < n && isSpace(html.charCodeAt(j))) j++;
    if (html.charCodeAt(j) !== EQ) {
      i = j; // a name without a value
      continue;
    }
    j++;
    while (j < n && isSpace(html.charCodeAt(j))) j++;
    const q = html.charCodeAt(j);
    if (q === DQ || q === SQ) {
      const close = html.indexOf(q === DQ ? '"' : "'", j + 1);
      i = close < 0 ? n : close + 1;
    } else {
      while (j < n && !isSpace(html.charCodeAt(j)) && html.charCodeAt(j) !== GT) j++;
      i = j;
    }
  }
  return { name, end: n, selfClosing };
}

/** Where the raw text of a <script> (etc.) that starts at `from` ends: at its end tag, or the end of the input. */
function rawTextEnd(html: string, name: string, from: number): number {
  const re = new RegExp(`</${name}(?=[ \\t\\n\\f\\r>])`, 'gi');
  re.lastIndex = from;
  const m = re.exec(html);
  return m ? m.index : html.length;
}
