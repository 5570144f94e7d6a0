/**
 * Geography for the statistics check: country codes per provider, and a scanner that finds the
 * countries a sentence names — by name (from src/lexicon/places.ts), by adjective ("Belgian"),
 * by possessive ("Belgium's") or by capital used for the state ("Brussels lags behind").
 */
import { COUNTRIES, REGIONS } from '../lexicon/places.js';
import type { AggregateDef, ProviderId } from './types.js';

/** ISO 3166-1 alpha-2 → alpha-3, for the countries parley's gazetteer knows. */
export const ISO3: Readonly<Record<string, string>> = Object.fromEntries(
  (`AF AFG AL ALB DZ DZA AD AND AO AGO AG ATG AR ARG AM ARM AU AUS AT AUT AZ AZE BS BHS BH BHR BD BGD BB BRB BY BLR
BE BEL BZ BLZ BJ BEN BT BTN BO BOL BA BIH BW BWA BR BRA BN BRN BG BGR BF BFA BI BDI CV CPV KH KHM CM CMR CA CAN
CF CAF TD TCD CL CHL CN CHN CO COL KM COM CG COG CD COD CR CRI CI CIV HR HRV CU CUB CY CYP CZ CZE DK DNK DJ DJI
DM DMA DO DOM EC ECU EG EGY SV SLV GQ GNQ ER ERI EE EST SZ SWZ ET ETH FJ FJI FI FIN FR FRA GA GAB GM GMB GE GEO
DE DEU GH GHA GR GRC GD GRD GT GTM GN GIN GW GNB GY GUY HT HTI HN HND HU HUN IS ISL IN IND ID IDN IR IRN IQ IRQ
IE IRL IL ISR IT ITA JM JAM JP JPN JO JOR KZ KAZ KE KEN KI KIR KP PRK KR KOR KW KWT KG KGZ LA LAO LV LVA LB LBN
LS LSO LR LBR LY LBY LI LIE LT LTU LU LUX MG MDG MW MWI MY MYS MV MDV ML MLI MT MLT MH MHL MR MRT MU MUS MX MEX
FM FSM MD MDA MC MCO MN MNG ME MNE MA MAR MZ MOZ MM MMR NA NAM NR NRU NP NPL NL NLD NZ NZL NI NIC NE NER NG NGA
MK MKD NO NOR OM OMN PK PAK PW PLW PS PSE PA PAN PG PNG PY PRY PE PER PH PHL PL POL PT PRT QA QAT RO ROU RU RUS
RW RWA KN KNA LC LCA VC VCT WS WSM SM SMR ST STP SA SAU SN SEN RS SRB SC SYC SL SLE SG SGP SK SVK SI SVN SB SLB
SO SOM ZA ZAF SS SSD ES ESP LK LKA SD SDN SR SUR SE SWE CH CHE SY SYR TW TWN TJ TJK TZ TZA TH THA TL TLS TG TGO
TO TON TT TTO TN TUN TR TUR TM TKM TV TUV UG UGA UA UKR AE ARE GB GBR US USA UY URY UZ UZB VU VUT VA VAT VE VEN
VN VNM YE YEM ZM ZMB ZW ZWE XK XKX GL GRL HK HKG MO MAC PR PRI GI GIB FO FRO SJ SJM NC NCL PF PYF GU GUM BM BMU
KY CYM VG VGB IM IMN GG GGY AW ABW CW CUW EH ESH FK FLK AX ALA`)
    .split(/\s+/)
    .reduce<[string, string][]>((acc, code, i, all) => (i % 2 === 0 ? [...acc, [code, all[i + 1]!]] : acc), []),
);

/** EU member states since 2020 (ISO alpha-2). */
export const EU_MEMBERS: ReadonlySet<string> = new Set(
  'AT BE BG HR CY CZ DK EE FI FR DE GR HU IE IT LV LT LU MT NL PL PT RO SK SI ES SE'.split(' '),
);

/** Countries most Eurostat datasets cover besides the EU: EFTA, candidates, the former member. */
const EUROSTAT_OTHERS: ReadonlySet<string> = new Set('IS NO CH LI ME MK AL RS TR GB'.split(' '));

/** True when Eurostat's usual datasets have the country. */
export function inEurostat(iso2: string): boolean {
  return EU_MEMBERS.has(iso2) || EUROSTAT_OTHERS.has(iso2);
}

/** Eurostat's geo code: ISO alpha-2 except Greece (EL) and the United Kingdom (UK). */
export function eurostatGeo(iso2: string): string {
  return iso2 === 'GR' ? 'EL' : iso2 === 'GB' ? 'UK' : iso2;
}

/** IMF DataMapper's code: ISO alpha-3, with the IMF's own code for Kosovo. */
export function imfGeo(iso2: string): string | null {
  if (iso2 === 'XK') return 'UVK';
  return ISO3[iso2] ?? null;
}

/** Maps a provider's code back to ISO alpha-2 (EL → GR, BEL → BE). */
export function toIso2(code: string): string | null {
  const c = code.toUpperCase();
  if (c === 'EL') return 'GR';
  if (c === 'UK') return 'GB';
  if (c === 'UVK') return 'XK';
  if (c.length === 2 && (ISO3[c] || c === 'XK')) return c;
  if (c.length === 3) {
    for (const [k, v] of Object.entries(ISO3)) if (v === c) return k;
  }
  return null;
}

/** English name of a country from the gazetteer ("BE" → "Belgium"). */
export function countryName(iso2: string): string {
  return NAMES.get(iso2) ?? iso2;
}

/** Adjectives of nationality → ISO alpha-2. "Korean" and "Congolese" are left out: they do not say which. */
const DEMONYMS: Readonly<Record<string, string>> = {
  Afghan: 'AF', Albanian: 'AL', Algerian: 'DZ', American: 'US', Argentine: 'AR', Argentinian: 'AR', Armenian: 'AM',
  Australian: 'AU', Austrian: 'AT', Azerbaijani: 'AZ', Azeri: 'AZ', Bahraini: 'BH', Bangladeshi: 'BD',
  Belarusian: 'BY', Belarussian: 'BY', Byelorussian: 'BY', Belorussian: 'BY', Belgian: 'BE', Bolivian: 'BO',
  Bosnian: 'BA', Brazilian: 'BR', British: 'GB', Bulgarian: 'BG', Cambodian: 'KH', Canadian: 'CA', Chilean: 'CL',
  Chinese: 'CN', Colombian: 'CO', Croatian: 'HR', Cuban: 'CU', Cypriot: 'CY', Czech: 'CZ', Danish: 'DK', Dutch: 'NL',
  Ecuadorian: 'EC', Egyptian: 'EG', Emirati: 'AE', Estonian: 'EE', Ethiopian: 'ET', Finnish: 'FI', French: 'FR',
  Georgian: 'GE', German: 'DE', Greek: 'GR', Hungarian: 'HU', Icelandic: 'IS', Indian: 'IN', Indonesian: 'ID',
  Iranian: 'IR', Iraqi: 'IQ', Irish: 'IE', Israeli: 'IL', Italian: 'IT', Japanese: 'JP', Jordanian: 'JO',
  Kazakh: 'KZ', Kazakhstani: 'KZ', Kenyan: 'KE', Kosovar: 'XK', Kuwaiti: 'KW', Kyrgyz: 'KG', Latvian: 'LV',
  Lebanese: 'LB', Libyan: 'LY', Lithuanian: 'LT', Luxembourgish: 'LU', Macedonian: 'MK', Malaysian: 'MY',
  Maltese: 'MT', Mexican: 'MX', Moldovan: 'MD', Mongolian: 'MN', Montenegrin: 'ME', Moroccan: 'MA',
  Nigerian: 'NG', Norwegian: 'NO', Omani: 'OM', Pakistani: 'PK', Palestinian: 'PS', Peruvian: 'PE', Filipino: 'PH',
  Philippine: 'PH', Polish: 'PL', Portuguese: 'PT', Qatari: 'QA', Romanian: 'RO', Russian: 'RU', Saudi: 'SA',
  Serbian: 'RS', Singaporean: 'SG', Slovak: 'SK', Slovakian: 'SK', Slovenian: 'SI', Spanish: 'ES', Swedish: 'SE',
  Swiss: 'CH', Syrian: 'SY', Taiwanese: 'TW', Tajik: 'TJ', Tajikistani: 'TJ', Thai: 'TH', Tunisian: 'TN',
  Turkish: 'TR', Turkmen: 'TM', Ukrainian: 'UA', Uruguayan: 'UY', Uzbek: 'UZ', Venezuelan: 'VE', Vietnamese: 'VN',
  Yemeni: 'YE', Soviet: 'SU',
};

/** Capitals that stand for their state in political prose ("Moscow insists", "Brussels lags behind"). */
const CAPITALS: Readonly<Record<string, string>> = {
  Moscow: 'RU', Minsk: 'BY', Kyiv: 'UA', Kiev: 'UA', Brussels: 'BE', Paris: 'FR', Berlin: 'DE', London: 'GB',
  Madrid: 'ES', Rome: 'IT', Warsaw: 'PL', Vienna: 'AT', Budapest: 'HU', Prague: 'CZ', Bratislava: 'SK',
  Bucharest: 'RO', Sofia: 'BG', Athens: 'GR', Lisbon: 'PT', Dublin: 'IE', Copenhagen: 'DK', Stockholm: 'SE',
  Helsinki: 'FI', Oslo: 'NO', Tallinn: 'EE', Riga: 'LV', Vilnius: 'LT', Ljubljana: 'SI', Zagreb: 'HR',
  Belgrade: 'RS', Ankara: 'TR', Beijing: 'CN', Tokyo: 'JP', Washington: 'US', Ottawa: 'CA', 'New Delhi': 'IN',
  Tbilisi: 'GE', Yerevan: 'AM', Baku: 'AZ', Astana: 'KZ', Tashkent: 'UZ', Chisinau: 'MD', Tehran: 'IR',
  Valletta: 'MT', Nicosia: 'CY', 'The Hague': 'NL', Luxembourg: 'LU', Bern: 'CH',
};

const NAMES = new Map<string, string>();
const NAME_TO_ISO = new Map<string, string>();
for (const row of COUNTRIES) {
  const [id, ...names] = row.split('|');
  if (!id || id.length !== 2) continue;
  if (!NAMES.has(id) && names[0]) NAMES.set(id, names[0]);
  for (const n of names) if (!NAME_TO_ISO.has(n)) NAME_TO_ISO.set(n, id);
}

/** A place named in a text range. */
export interface GeoMention {
  readonly start: number;
  readonly end: number;
  /** ISO alpha-2, or the id of an aggregate (EU, EA, NATO…). */
  readonly code: string;
  readonly how: 'entity' | 'name' | 'demonym' | 'capital' | 'aggregate';
  /** The words that named it. */
  readonly text: string;
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

interface Scanner {
  /** Names matched as written (case-sensitive). */
  readonly exact: RegExp;
  /** Lowercase aggregate phrases, matched in any case ("euro area", "Euro Area"). */
  readonly loose: RegExp | null;
  readonly lookup: Map<string, { code: string; how: GeoMention['how'] }>;
  readonly lowerAggregates: Map<string, string>;
}

let cached: { key: readonly AggregateDef[]; scanner: Scanner } | undefined;

const BEFORE = '(?<![\\p{L}\\p{N}])';
// A name followed by "-" and a lowercase word is an adjective of place ("Russia-based"), not a party.
const AFTER = '(?![\\p{L}\\p{N}]|-\\p{Ll})';

function scannerFor(aggregates: readonly AggregateDef[]): Scanner {
  if (cached?.key === aggregates) return cached.scanner;
  const lookup = new Map<string, { code: string; how: GeoMention['how'] }>();
  for (const [n, id] of NAME_TO_ISO) lookup.set(n, { code: id, how: 'name' });
  for (const [n, id] of Object.entries(DEMONYMS)) lookup.set(n, { code: id, how: 'demonym' });
  for (const [n, id] of Object.entries(CAPITALS)) if (!lookup.has(n)) lookup.set(n, { code: id, how: 'capital' });
  // Regions shadow the country names inside them ("Latin America" is not America): matched, then dropped.
  for (const row of REGIONS) for (const n of row.split('|')) if (!lookup.has(n)) lookup.set(n, { code: '', how: 'name' });
  const lowerAggregates = new Map<string, string>();
  for (const a of aggregates) {
    for (const p of a.phrases) {
      // Phrases with a capital are matched as written ("EU"); lowercase ones in any case ("euro area").
      if (p === p.toLowerCase()) lowerAggregates.set(p, a.id);
      else lookup.set(p, { code: a.id, how: 'aggregate' });
    }
  }
  const byLength = (a: string, b: string): number => b.length - a.length;
  const exact = new RegExp(`${BEFORE}(?:${[...lookup.keys()].sort(byLength).map(escape).join('|')})${AFTER}`, 'gu');
  const lower = [...lowerAggregates.keys()].sort(byLength).map(escape);
  const loose = lower.length ? new RegExp(`${BEFORE}(?:${lower.join('|')})${AFTER}`, 'giu') : null;
  const scanner = { exact, loose, lookup, lowerAggregates };
  cached = { key: aggregates, scanner };
  return scanner;
}

/**
 * The countries and aggregates named in `text[start, end)`, in text order; where two overlap,
 * the longer one is kept.
 */
export function scanGeo(text: string, start: number, end: number, aggregates: readonly AggregateDef[] = []): GeoMention[] {
  const sc = scannerFor(aggregates);
  const slice = text.slice(start, end);
  const found: GeoMention[] = [];
  for (const m of slice.matchAll(sc.exact)) {
    const hit = sc.lookup.get(m[0]);
    if (hit) found.push({ start: start + m.index, end: start + m.index + m[0].length, code: hit.code, how: hit.how, text: m[0] });
  }
  if (sc.loose) {
    for (const m of slice.matchAll(sc.loose)) {
      const code = sc.lowerAggregates.get(m[0].toLowerCase());
      if (code) found.push({ start: start + m.index, end: start + m.index + m[0].length, code, how: 'aggregate', text: m[0] });
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: GeoMention[] = [];
  for (const g of found) {
    const last = kept[kept.length - 1];
    if (last && g.start < last.end) continue;
    kept.push(g);
  }
  return kept.filter((g) => g.code !== '');
}

/** The provider code of an aggregate, or null when that provider has none. */
export function aggregateCode(aggregates: readonly AggregateDef[], id: string, provider: ProviderId): string | null {
  return aggregates.find((a) => a.id === id)?.codes[provider] ?? null;
}

/** True when `code` is an ISO alpha-2 country code parley knows (not an aggregate). */
export function isCountry(code: string): boolean {
  return code.length === 2 && code in ISO3;
}

/**
 * The countries a role names: "Ambassador of Russia to Belgium" → { of: RU, to: BE };
 * "Deputy Foreign Minister of Belarus" → { of: BY }.
 */
export function roleCountries(role: string | null): { of?: string; to?: string } {
  if (!role) return {};
  const found = scanGeo(role, 0, role.length);
  const out: { of?: string; to?: string } = {};
  for (const g of found) {
    if (!isCountry(g.code)) continue;
    const before = role.slice(Math.max(0, g.start - 8), g.start);
    if (/\b(?:to|in)\s+(?:the\s+)?$/i.test(before)) out.to ??= g.code;
    else if (g.how === 'demonym' || /\bof\s+(?:the\s+)?$/i.test(before)) out.of ??= g.code;
  }
  return out;
}
