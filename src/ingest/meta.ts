import type { Meta, Removed } from '../doc.js';
import { findDate, parseDate } from './dates.js';
import { guessLanguage } from './language.js';
import type { Block, PageMeta } from './types.js';

// A personal name: 2-4 capitalised words or initials, with common particles.
const CAP = String.raw`(?:\p{Lu}[\p{Ll}\p{M}’'-]+|\p{Lu}\.(?:\s?\p{Lu}\.)*)`;
const PARTICLE = String.raw`(?:de|la|del|van|von|der|den|da|di|du|bin|al|le|dos)`;
const NAME = String.raw`${CAP}(?:\s+(?:${PARTICLE}\s+)?${CAP}){1,3}`;
const HONORIFIC = String.raw`(?:H\.\s?E\.\s+|His Excellency\s+|Her Excellency\s+|Mr\.?\s+|Mrs\.?\s+|Ms\.?\s+|Dr\.?\s+)`;

const INTERVIEW_OF = new RegExp(
  String.raw`\b[Ii]nterview\s+(?:of|with|given by|by)\s+${HONORIFIC}?(?<name>${NAME}),\s+(?<role>[^,()]{3,120}?)(?:,\s+(?:to|with|for)\s+(?<outlet>[^()]{2,80}?))?\s*(?:\((?<date>[^()]*)\))?\s*$`,
  'u',
);
const NAME_ROLE_QUOTE = new RegExp(String.raw`^(?<name>${NAME}),\s+(?<role>[^:“"«]{3,120}?)\s*:\s*[“"«'‘]`, 'u');
const NAME_QUOTE = new RegExp(String.raw`^(?<name>${NAME})\s*:\s*[“"«'‘]`, 'u');
const EVENT_BY = new RegExp(
  String.raw`\b(?:briefing|statement|remarks|interview|conversation|press conference|speech|address)\s+(?:by|of|with)\s+(?:the\s+)?(?<role>(?:[\p{L}-]+\s+){0,5}?)(?<name>${NAME})\s*[.,]?\s*$`,
  'u',
);
// Russian: "Интервью Посла … О.Варниса агентству «Степь-Пресс» (15 апреля 2025 года)"; role and name in the genitive.
const RU_NAME = String.raw`(?:(?:\p{Lu}\.\s?){1,2}\p{Lu}[\p{Ll}-]+|\p{Lu}[\p{Ll}-]+\s+\p{Lu}[\p{Ll}-]+)`;
const RU_INTERVIEW = new RegExp(
  String.raw`^Интервью\s+(?<role>.+?)\s+(?<name>${RU_NAME})\s+(?:агентству|газете|журналу|телеканалу|радиостанции|радио|изданию|порталу|информагентству|РИА|ИА|телеканалу)\s+(?<outlet>[^()]+?)\s*(?:\((?<date>[^()]*)\)?)?\s*$`,
  'u',
);
const POSSESSIVE = new RegExp(String.raw`^(?<role>(?:\p{Lu}[\p{L}-]*\s+){0,4}?)(?<name>${NAME})['’]s\s+[Ii]nterview\s+(?:with|to|for)\s+(?<outlet>.{2,80}?)(?:\s*[,(]|$)`, 'u');

const INTERVIEWER_VERBS = String.raw`(?:had the (?:opportunity|chance|privilege) to interview|interviewed|spoke (?:with|to)|talked (?:with|to)|sat down with|met with|asked)`;
const STANDFIRST_INTERVIEWER = new RegExp(
  String.raw`(?<interviewer>${NAME})\s+${INTERVIEWER_VERBS}\s+(?:the\s+(?<role2>[^,.;]{3,80}?),\s+)?${HONORIFIC}?(?<name>${NAME})(?:,\s+(?<role>[^,.;]{3,120}?)(?=[,.;]))?`,
  'u',
);
// "… · Interview by Nadia Petran", "Entrevista de …", anywhere in a furniture line.
const INTERVIEW_BY = new RegExp(String.raw`\b(?:[Ii]nterview(?:ed)? by|[Ee]ntrevista de|[Ee]ntrevista realizada por|[Ii]nterview réalisée par|[Ii]nterview von)\s+(?<name>${NAME})`, 'u');
const STANDFIRST_TOLD = new RegExp(String.raw`(?<name>${NAME}),\s+(?<role>[^,]{3,120}?),\s+(?:told|said in an interview with|gave an interview to|in an interview with)\s+(?<outlet>(?:the\s+)?\p{Lu}[^,.;]{1,60}?)(?=[,.;])`, 'u');
const CUE_WORDS = /interview|spoke|talked|sat down|met with|asked|told|By /;
const IN_INTERVIEW_WITH = /\b[Ii]n an interview (?:with|to|for) (?<outlet>(?:the )?\p{Lu}[^,.;]{1,60}?)[,.;]/u;
const BYLINE = new RegExp(String.raw`^(?:By|Interview by|Interviewed by|Por|Par|Von|Автор:?|Беседовал[аи]?:?)\s+(?<name>${NAME})\b`, 'u');

// Words of a title that a name-like capitalised run may start with ("Foreign Minister Arvid Holm").
const ROLE_WORDS = new Set(
  ('foreign minister deputy prime president vice ambassador secretary general spokesperson spokesman spokeswoman chancellor ' +
    'king queen prince director chairman chairwoman chair head governor mayor senator envoy special representative commissioner ' +
    'defence defense finance interior economy trade first state chief press permanent high the his her excellency mr mrs ms dr')
    .split(' '),
);

/** Splits leading title words off a capitalised run: ["Foreign Minister", "Arvid Holm"]. */
function splitRole(run: string): [string, string] {
  const words = run.split(/\s+/);
  let i = 0;
  while (i < words.length - 2 && ROLE_WORDS.has(words[i]!.toLowerCase().replace(/\.$/, ''))) i++;
  return [words.slice(0, i).join(' '), words.slice(i).join(' ')];
}

/** Russian genitive surname endings, longest first ("Ивановой" → "Иванов-", "Варниса" → "Варнис"). */
const RU_GENITIVE = ['ого', 'ой', 'ова', 'ева', 'ина', 'а', 'я'];

/**
 * The nominative full name for a genitive one in a Russian headline, looked up in the page's
 * other lines ("О.Варниса" → "Олег Варнис" from a caption); the name as written when not found.
 */
function nominativeName(genitive: string, lines: readonly string[]): string {
  const surname = genitive.split(/[\s.]+/).filter(Boolean).at(-1)!;
  const initial = genitive[0]!;
  const stems = RU_GENITIVE.filter((e) => surname.endsWith(e)).map((e) => surname.slice(0, -e.length));
  stems.push(surname);
  for (const line of lines) {
    for (const m of line.matchAll(/(\p{Lu}[\p{Ll}-]+)\s+(?=(\p{Lu}[\p{Ll}-]+))/gu)) {
      const [, first, last] = m;
      if (first![0] === initial && stems.some((st) => last!.startsWith(st) && last!.length <= st.length + 2) && last !== surname) return `${first} ${last}`;
    }
  }
  return genitive;
}

/** "Посла Республики …" → "Посол Республики …": the head noun of a genitive Russian title in the nominative. */
function nominativeRole(role: string): string {
  const [head = '', ...rest] = role.split(' ');
  const map: Record<string, string> = { Посла: 'Посол', Министра: 'Министр', Президента: 'Президент', Заместителя: 'Заместитель', Главы: 'Глава', Председателя: 'Председатель', Премьер: 'Премьер', Пресс: 'Пресс', Официального: 'Официальный', Постоянного: 'Постоянный', Чрезвычайного: 'Чрезвычайный' };
  return [map[head] ?? head, ...rest].join(' ');
}

/** Removes quotes, trailing punctuation and "the" from a name-like string. */
function tidy(s: string | undefined | null): string | null {
  if (!s) return null;
  const t = s
    // "the newspaper “X”" is X.
    .replace(/^the\s+(?:(?:daily|weekly|online|national|state|international)\s+)?(?:newspaper|magazine|journal|news agency|agency|news portal|portal|website|TV channel|channel|broadcaster|radio station|radio)\s+/iu, '')
    .replace(/["“”«»„]/g, '')
    .replace(/\s+/g, ' ')
    .replace(/(?<![\s,.;:])[\s,.;:]+$/, '') // the lookbehind keeps it linear on long runs
    .trim();
  return t || null;
}

/** An outlet from an acronym and its expansion in furniture ("DLG Premium … Descifrando la Guerra"). */
function outletFromFurniture(lines: readonly string[]): string | null {
  for (const line of lines) {
    const copy = /(?:©|\(c\)|copyright)\s*(?:\d{4}(?:[-–]\d{4})?\s*)?(?<name>\p{Lu}[\p{L}\p{N} .&'-]{1,60}?)(?:[.,|]|\s+all rights|\s*$)/iu.exec(line);
    if (copy?.groups?.name) return tidy(copy.groups.name);
  }
  for (const line of lines) {
    for (const acr of line.match(/\b\p{Lu}{2,6}\b/gu) ?? []) {
      // Find capitalised word runs whose capitals spell the acronym, lower-case particles allowed.
      const re = /\p{Lu}[\p{Ll}\p{M}]+(?:\s+(?:\p{Ll}{1,3}\s+)?\p{Lu}[\p{Ll}\p{M}]+){1,5}/gu;
      for (const m of line.matchAll(re)) {
        const initials = m[0].split(/\s+/).map((w) => w[0]!.toUpperCase()).join('');
        if (initials === acr) return m[0];
      }
    }
  }
  return null;
}

export interface MetaInput {
  readonly page: PageMeta;
  readonly title: string | null;
  readonly kept: readonly Block[];
  readonly removed: readonly Removed[];
  readonly text: string;
}

/**
 * Reads who speaks, in what role, to which outlet and when, from the page's
 * metadata, its headline, its standfirst and its furniture. Null where the
 * page does not say; `turn_convention` is filled in later.
 */
export function readMeta({ page, title, kept, removed, text }: MetaInput): Meta {
  let interviewee: string | null = null;
  let role: string | null = null;
  let outlet: string | null = null;
  let interviewer: string | null = null;
  let published: string | null = null;

  const headline = title ?? page.title ?? null;
  if (headline) {
    const h = headline.trim();
    const ru = h.startsWith('Интервью') ? RU_INTERVIEW.exec(h) : null;
    if (ru?.groups) {
      interviewee = nominativeName(ru.groups.name!, [h, ...kept.slice(0, 6).map((b) => b.text), ...removed.map((r) => r.text)]);
      role = tidy(nominativeRole(ru.groups.role!));
      outlet = tidy(ru.groups.outlet);
      if (ru.groups.date) published = findDate(ru.groups.date)?.iso ?? null;
    }
    const m = ru ? null : (POSSESSIVE.exec(h) ?? INTERVIEW_OF.exec(h) ?? NAME_ROLE_QUOTE.exec(h) ?? NAME_QUOTE.exec(h) ?? EVENT_BY.exec(h));
    if (m?.groups) {
      const [lead, name] = splitRole(m.groups.name ?? '');
      interviewee = tidy(name);
      role = tidy(m.groups.role) ?? tidy(lead);
      outlet = tidy(m.groups.outlet);
      if (m.groups.date) published = findDate(m.groups.date)?.iso ?? null;
    }
    published ??= findDate(h)?.iso ?? null;
  }

  // The standfirst: the first few body paragraphs.
  const lead = kept.slice(0, 4).map((b) => b.text);
  // The patterns below are costly to compile; a cheap word test spares them on most paragraphs.
  for (const p of lead) {
    if (!CUE_WORDS.test(p)) continue;
    const s = STANDFIRST_INTERVIEWER.exec(p);
    if (s?.groups) {
      interviewer ??= tidy(s.groups.interviewer);
      interviewee ??= tidy(s.groups.name);
      role ??= tidy(s.groups.role2) ?? tidy(s.groups.role);
    }
    const t = STANDFIRST_TOLD.exec(p);
    if (t?.groups) {
      interviewee ??= tidy(t.groups.name);
      role ??= tidy(t.groups.role);
      outlet ??= tidy(t.groups.outlet);
    }
    const w = IN_INTERVIEW_WITH.exec(p);
    if (w?.groups) outlet ??= tidy(w.groups.outlet);
    const b = /^(?:By|Interview|Por|Par|Von|Автор|Беседовал)/u.test(p) ? BYLINE.exec(p) : null;
    if (b?.groups) interviewer ??= tidy(b.groups.name);
  }

  outlet ??= tidy(page.siteName);
  const furniture = removed.map((r) => r.text);
  for (const line of furniture) {
    if (/^(?:By|Por|Par|Von|Автор|Беседовал)|nterview|ntrevista/u.test(line)) {
      interviewer ??= tidy(BYLINE.exec(line)?.groups?.name ?? INTERVIEW_BY.exec(line)?.groups?.name);
    }
  }
  outlet ??= outletFromFurniture(furniture);

  if (page.published) published ??= parseDate(page.published);
  for (const line of [...furniture, ...lead.filter((p) => p.length < 200)]) {
    if (published) break;
    published = findDate(line)?.iso ?? null;
  }
  if (!interviewer && page.author && tidy(page.author) !== interviewee) interviewer = tidy(page.author);
  if (!interviewer && page.byline) interviewer = tidy(BYLINE.exec(page.byline)?.groups?.name ?? page.byline);

  const language = guessLanguage(text) ?? (page.lang ? page.lang.split(/[-_]/)[0]!.toLowerCase() : null);
  return {
    title: tidy(headline) === null ? null : headline!.trim(),
    interviewee,
    interviewee_role: role,
    interviewer,
    outlet,
    published,
    language,
    turn_convention: null,
  };
}
