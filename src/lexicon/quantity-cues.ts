/**
 * Words around a number that the quantities stage reads: approximation cues, change cues, words that make a
 * number a label rather than an amount, and the small closed lists the count-noun heuristic needs.
 * Data only; lower case; multi-word cues are space-separated tokens ("at least", "> =").
 */
import type { Approx } from '../doc.js';

export interface ApproxCue {
  readonly words: string;
  readonly approx: Approx;
  /** False for verbs ("exceeded"): the cue sets `approx` but stays outside the quoted span. */
  readonly inSpan: boolean;
}

const cues = (approx: Approx, inSpan: boolean, list: string): ApproxCue[] =>
  list.split('|').map((words) => ({ words: words.trim(), approx, inSpan }));

/** Cues written before the number ("more than €200 billion", "up to eight million tonnes"). */
export const APPROX_BEFORE: readonly ApproxCue[] = [
  ...cues('over', true, 'more than|more then|over|above|upwards of|in excess of|well in excess of|greater than|higher than|larger than|bigger than|just over|well over|just above|well above|slightly more than|slightly over|a little over|a little more than|significantly more than|much more than|far more than|north of|>'),
  ...cues('over', false, 'exceeded|exceeds|exceed|exceeding|surpassed|surpasses|surpass|surpassing|topped|outstripped'),
  ...cues('under', true, 'less than|fewer than|under|below|nearly|almost|just under|just below|close to|lower than|smaller than|just short of|short of|not quite|slightly less than|a little under|a little less than|well under|well below|barely|<'),
  ...cues('about', true, 'around|about|approximately|approx|approx .|roughly|some|circa|ca .|an estimated|estimated|an approximate|somewhere around|in the region of|on the order of|of the order of|something like|more or less|round about|~|≈|∼'),
  ...cues('at_least', true, 'greater than or equal to|more than or equal to|bigger or equal than|larger or equal than|higher or equal than|greater or equal than|equal to or more than|equal to or greater than|equal to or higher than|at least or equal to|at least|no less than|not less than|no fewer than|not fewer than|a minimum of|at a minimum|minimum of|at minimum|≥|> ='),
  ...cues('up_to', true, 'less than or equal to|smaller than or equal to|lower than or equal to|smaller or equal than|less or equal than|lower or equal than|less or equal to|equal to or less than|equal to or smaller than|equal to or lower than|up to|upto|as many as|as much as|at most|no more than|not more than|a maximum of|maximum of|as high as|≤|< ='),
];

/** Cues written after the quantity ("500 or more", "20 or so", "100-plus"). */
export const APPROX_AFTER: readonly ApproxCue[] = [
  ...cues('at_least', true, 'or more|and more|or above|or higher|or greater|and above|and over'),
  ...cues('over', true, 'plus|- plus|+'),
  ...cues('about', true, 'or so|- odd|odd'),
  ...cues('up_to', true, 'or less|or fewer|or lower|or below|and under|and below'),
];

/** Words after a bounded number that make the bound inclusive: "less than 5000 or equal" is up_to. */
export const OR_EQUAL: readonly string[] = ['or equal to it', 'or equal to', 'or equal'];

/** Words after which "about" is a preposition, not an approximation ("talked about two options"). */
export const ABOUT_NOT_APPROX: ReadonlySet<string> = new Set([
  'talk', 'talks', 'talked', 'talking', 'speak', 'speaks', 'spoke', 'speaking', 'think', 'thinking', 'thought',
  'know', 'knew', 'care', 'cares', 'worry', 'worried', 'concerned', 'ask', 'asked', 'asking', 'learn', 'learned',
  'read', 'said', 'say', 'says', 'tell', 'told', 'story', 'question', 'questions', 'news', 'information', 'debate',
  'argue', 'argued', 'write', 'wrote', 'written', 'complain', 'complained', 'remind', 'reminded', 'forget', 'forgot',
]);

/** Words in the clause before a percentage that make it a change rather than a share. */
export const CHANGE_WORDS: ReadonlySet<string> = new Set([
  'increase', 'increased', 'increases', 'increasing', 'rise', 'rose', 'risen', 'rises', 'rising',
  'grow', 'grew', 'grown', 'grows', 'growing', 'growth', 'fall', 'fell', 'fallen', 'falls', 'falling',
  'decline', 'declined', 'declines', 'declining', 'drop', 'dropped', 'drops', 'dropping',
  'decrease', 'decreased', 'decreases', 'decreasing', 'reduction', 'reductions', 'reduce', 'reduced', 'reduces', 'reducing',
  'cut', 'cuts', 'plunge', 'plunged', 'plunges', 'surge', 'surged', 'surges', 'jump', 'jumped', 'jumps',
  'soar', 'soared', 'soars', 'slump', 'slumped', 'shrink', 'shrank', 'shrunk', 'shrinks', 'contracted', 'contraction',
  'expand', 'expanded', 'expansion', 'gain', 'gained', 'gains', 'raise', 'raised', 'raises', 'boost', 'boosted',
  'climb', 'climbed', 'climbs', 'slid', 'slide', 'tumbled', 'tumble', 'dipped', 'dip', 'added', 'add', 'adds',
  'inflation', 'deflation', 'year-on-year', 'yoy', 'y-o-y', 'compared', 'comparing', 'comparison', 'comparatively',
  'devalued', 'depreciated', 'appreciated', 'widened', 'narrowed', 'lost', 'lose', 'loses',
]);

/** Words that make the change cue before them a reporting verb ("he added that 40% …"). */
export const NOT_CHANGE_AFTER: ReadonlySet<string> = new Set(['that']);

/** Nouns of change: "a 5% increase", "a reduction of 30%". */
export const CHANGE_NOUNS: ReadonlySet<string> = new Set([
  'increase', 'increases', 'rise', 'rises', 'growth', 'gain', 'gains', 'jump', 'surge', 'decline', 'declines', 'drop',
  'drops', 'fall', 'falls', 'decrease', 'decreases', 'reduction', 'reductions', 'cut', 'cuts', 'contraction',
  'expansion', 'hike', 'hikes', 'slump', 'plunge', 'rebound', 'uptick', 'downturn', 'inflation', 'deflation',
  'devaluation', 'depreciation', 'appreciation', 'more', 'less', 'higher', 'lower', 'up', 'down', 'year-on-year', 'yoy',
]);

/** Nouns before a number that make it a label ("Article 5", "Resolution 2231", "top 5"), never an amount. */
export const LABEL_WORDS: ReadonlySet<string> = new Set([
  'article', 'articles', 'chapter', 'section', 'paragraph', 'resolution', 'no', 'nos', 'number', 'item', 'point',
  'part', 'annex', 'protocol', 'rule', 'clause', 'phase', 'version', 'flight', 'room', 'route', 'page', 'pages',
  'figure', 'figures', 'fig', 'figs', 'table', 'tables', 'level', 'grade', 'class', 'category', 'type', 'model',
  'block', 'unit', 'step', 'line', 'stage', 'season', 'episode', 'volume', 'vol', 'issue', 'platform', 'gate',
  'terminal', 'highway', 'interstate', 'district', 'zone', 'sector', 'squadron', 'battalion', 'brigade', 'division',
  'top', 'group', 'format', 'minsk', 'helsinki', 'paragraphs', 'verse', 'act', 'law', 'decree', 'order', 'code',
  'tier', 'wave', 'index', 'rank', 'ranked', 'ranks', 'size', 'channel', 'bus', 'train', 'tram', 'gen', 'generation',
  'covid', 'sars', 'f', 'su', 'mig', 'tu', 'il', 'mi', 'ka', 's', 'iskander', 'kalibr', 'kinzhal', 'patriot',
]);

/** Prepositions that make a bare four-digit number a year ("in 2015", "by 2030"). */
export const YEAR_PREPOSITIONS: ReadonlySet<string> = new Set([
  'in', 'since', 'by', 'from', 'until', 'till', 'before', 'after', 'of', 'during', 'through', 'to', 'and', 'or',
  'between', 'for', 'as', 'early', 'late', 'mid', 'spring', 'summer', 'autumn', 'fall', 'winter', 'year', 'the',
]);

/** Words that end in "s" but are not plural nouns after a number. */
export const NOT_PLURAL: ReadonlySet<string> = new Set([
  'was', 'has', 'as', 'gas', 'bias', 'alias', 'atlas', 'canvas', 'whereas', 'christmas', 'texas', 'kansas', 'vegas',
  'always', 'perhaps', 'across', 'towards', 'besides', 'afterwards', 'sometimes', 'nevertheless', 'does', 'goes',
  'says', 'gets', 'makes', 'takes', 'comes', 'seems', 'means', 'its', 'hers', 'ours', 'yours', 'theirs', 'less',
  'unless', 'yes', 'ones', 'others', 'times', 'percents', 'thousands', 'millions', 'billions', 'trillions', 'hundreds',
  'dozens', 'tens', 'lakhs', 'crores', 'thirds', 'quarters', 'fifths', 'plus', 'minus', 'versus', 'whilst', 'amongst',
  'needs', 'remains', 'appears', 'shows', 'gives', 'looks', 'works', 'stands', 'lies', 'runs', 'falls', 'rises',
  'grows', 'increases', 'decreases', 'declines', 'drops', 'jumps', 'lives', 'dies', 'belongs', 'exists',
  'degrees', 'aims', 'ways', 'pts', 'bps', 'pps', 'ppts', 'yrs', 'kms', 'mtpa', 'bbls', 'percents',
]);

/** Plural nouns that do not end in "s". */
export const IRREGULAR_PLURALS: ReadonlySet<string> = new Set([
  'people', 'personnel', 'children', 'men', 'women', 'staff', 'police', 'cattle', 'sheep', 'fish', 'aircraft',
  'spacecraft', 'data', 'media', 'feet', 'teeth', 'geese', 'mice', 'criteria', 'phenomena', 'deer', 'livestock',
  'clergy', 'crew', 'offspring', 'folk', 'troops', 'servicemen', 'servicewomen', 'policemen', 'firemen',
  'fishermen', 'businessmen', 'workmen', 'gentlemen', 'chairmen', 'congressmen', 'countrymen', 'kinsmen',
]);

/** Plural nouns after a number that are durations or multipliers, not counts of things. */
export const NOT_COUNTED: ReadonlySet<string> = new Set([
  'months', 'weeks', 'days', 'hours', 'minutes', 'seconds', 'nights', 'weekends', 'mornings', 'evenings',
  'times', 'ones', 'others', 'fold', 'percent', 'percents', 'pts', 'points', 'degrees', 'decades', 'centuries',
  'years', 'yrs', 'ago', 'o\'clock', 'am', 'pm', 'a.m', 'p.m', 'ways', 'things', 'lots', 'odds', 'ends',
  'words', 'us', 'thanks', 'goes', 'x', 'pennies',
]);

/** Nouns that take "of …" as what they count ("600 pieces of military equipment", "three rounds of talks"). */
export const PARTITIVE_NOUNS: ReadonlySet<string> = new Set([
  'pieces', 'rounds', 'units', 'kinds', 'types', 'sorts', 'items', 'cases', 'batches', 'sets', 'pairs', 'packages',
  'series', 'portions', 'parts', 'bottles', 'boxes', 'loads', 'tranches', 'waves', 'packs', 'heads', 'flights',
  'hectares', 'tonnes', 'tons', 'barrels', 'cubic', 'metres', 'meters', 'litres', 'liters', 'kilometres', 'kilometers',
  'groups', 'teams', 'rows', 'layers', 'members', 'brigades', 'battalions', 'divisions', 'squadrons', 'shipments',
  'consignments', 'deliveries', 'containers', 'wagons', 'carloads', 'sacks', 'bags', 'crates', 'doses', 'vials',
  'acres', 'plots', 'blocks', 'sessions', 'stages', 'phases', 'years', 'decades', 'centuries',
]);

/** Words that end a noun phrase when `of` is read backwards from a number, or that are skipped before it starts. */
export const FUNCTION_WORDS: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'its', 'their', 'our', 'his', 'her', 'my', 'your', 'this', 'that', 'these', 'those', 'which',
  'who', 'whom', 'whose', 'what', 'and', 'or', 'but', 'nor', 'as', 'than', 'if', 'when', 'while', 'whereas',
  'although', 'though', 'because', 'since', 'so', 'such', 'all', 'some', 'any', 'each', 'every', 'no', 'not', 'only',
  'also', 'even', 'just', 'very', 'too', 'both', 'either', 'neither', 'there', 'here', 'it', 'they', 'we', 'you',
  'he', 'she', 'i', 'them', 'us', 'him', 'me', 'to', 'of', 'in', 'on', 'at', 'by', 'for', 'from', 'with', 'without',
  'into', 'onto', 'about', 'over', 'under', 'after', 'before', 'during', 'between', 'among', 'through', 'per', 'via',
  'up', 'down', 'out', 'off', 'is', 'are', 'was', 'were', 'be', 'been', 'being', 'am', 'has', 'have', 'had', 'having',
  'do', 'does', 'did', 'will', 'would', 'shall', 'should', 'can', 'could', 'may', 'might', 'must', 'already', 'now',
  'then', 'still', 'yet', 'again', 'ever', 'never', 'almost', 'nearly', 'around', 'more', 'less', 'most', 'least',
  'other', 'another', 'same', 'own', 'new', 'last', 'next', 'first', 'second', 'third', 'former', 'latter', 'total',
  'overall', 'another', 'where', 'how', 'why', 'whether', 'including', 'like', 'unlike', 'against', 'despite',
  'within', 'across', 'along', 'towards', 'toward', 'upon', 'until', 'till', 'above', 'below', 'beyond', 'than',
]);

/** Verbs and link words skipped when reading `of` backwards ("its debt has exceeded €643 billion"). */
export const LINK_WORDS: ReadonlySet<string> = new Set([
  'is', 'are', 'was', 'were', 'be', 'been', 'being', 'has', 'have', 'had', 'will', 'would', 'shall', 'should', 'can',
  'could', 'may', 'might', 'must', 'reach', 'reached', 'reaches', 'exceed', 'exceeded', 'exceeds', 'amounted',
  'amounts', 'amounting', 'totalled', 'totaled', 'totals', 'stood', 'stands', 'stand', 'hit', 'hits', 'grew',
  'grown', 'grow', 'rose', 'risen', 'rise', 'fell', 'fallen', 'fall', 'dropped', 'declined', 'increased', 'decreased',
  'to', 'at', 'by', 'of', 'equivalent', 'equal', 'equals', 'worth', 'costing', 'cost', 'costs', 'spend', 'spent',
  'spending', 'allocate', 'allocated', 'allocating', 'up', 'down', 'a', 'an', 'the', 'about', 'some', 'only',
  'already', 'now', 'still', 'currently', 'just', 'almost', 'nearly', 'around', 'than', 'more', 'less', 'over',
  'under', 'approximately', 'least', 'most', 'record', 'low', 'high', 'new', 'another', 'additional', 'further',
  'another', 'extra', 'roughly', 'estimated', 'reportedly', 'supposedly', 'seemingly', 'also', 'even', 'make', 'makes',
  'made', 'account', 'accounts', 'accounted', 'for', 'represent', 'represents', 'represented', 'constitute',
  'constitutes', 'constituted', 'get', 'gets', 'got', 'receive', 'received', 'receives', 'pay', 'paid', 'pays',
  'lose', 'lost', 'loses', 'earn', 'earned', 'earns', 'it', 'they', 'we', 'he', 'she', 'there', 'this', 'that', 'as',
  'is', 'be', 'been', 'its', 'their',
]);

/** Relative periods resolved against `meta.published`: years to add to the publication year. */
export const RELATIVE_YEARS: Readonly<Record<string, number>> = {
  'last year': -1, 'this year': 0, 'next year': 1, 'previous year': -1, 'the year before': -1, 'past year': -1,
  'current year': 0, 'coming year': 1, 'year before last': -2,
};

/** Relative months resolved against `meta.published`: months to add to the publication month. */
export const RELATIVE_MONTHS: Readonly<Record<string, number>> = {
  'last month': -1, 'this month': 0, 'next month': 1, 'previous month': -1, 'current month': 0,
};

/** Halves and quarters of a year, by the words that name them ("the first half of 2025" is 2025-H1). */
export const YEAR_PARTS: Readonly<Record<string, string>> = {
  'first half': 'H1', 'second half': 'H2', 'h1': 'H1', 'h2': 'H2',
  'first quarter': 'Q1', 'second quarter': 'Q2', 'third quarter': 'Q3', 'fourth quarter': 'Q4', 'last quarter': 'Q4',
  'q1': 'Q1', 'q2': 'Q2', 'q3': 'Q3', 'q4': 'Q4',
};

/** Words before a year that make it a baseline of comparison rather than the period measured. */
export const BASELINE_WORDS: ReadonlySet<string> = new Set(['compared', 'comparing', 'than', 'versus', 'vs']);

/** Common verbs that can end a backward read of `of` but are never what is measured ("He wants to spend $2 trillion"). */
export const NOT_MEASURED: ReadonlySet<string> = new Set([
  'want', 'wants', 'wanted', 'owe', 'owes', 'owed', 'need', 'needs', 'needed', 'said', 'say', 'says', 'think', 'thinks',
  'believe', 'believes', 'know', 'knows', 'get', 'gets', 'got', 'make', 'makes', 'take', 'takes', 'took', 'give',
  'gives', 'gave', 'see', 'sees', 'saw', 'come', 'comes', 'came', 'go', 'goes', 'went', 'pay', 'pays', 'cut', 'cuts',
  'spend', 'spends', 'put', 'puts', 'keep', 'keeps', 'kept', 'call', 'calls', 'invest', 'invests', 'add', 'adds', 'won',
  'win', 'wins', 'raise', 'raises', 'bring', 'brings', 'brought', 'create', 'creates', 'buy', 'buys', 'bought', 'sell',
  'sells', 'sold', 'receive', 'receives', 'grows', 'grow', 'ask', 'asks', 'send', 'sends', 'sent', 'lose', 'loses',
  'lost', 'find', 'finds', 'found', 'show', 'shows', 'hold', 'holds', 'held', 'plan', 'plans', 'expect', 'expects',
  'promise', 'promises', 'promised', 'offer', 'offers', 'allocate', 'allocates', 'provide', 'provides', 'supply',
  'supplies', 'estimate', 'estimates', 'count', 'counts', 'let', 'lets', 'remind', 'imagine', 'mean', 'means', 'meant',
  'comes', 'involving', 'including', 'rather', 'about', 'maybe', 'perhaps', 'yes', 'no', 'well', 'so', 'again',
  'support', 'supports', 'supported', 'oppose', 'opposes', 'opposed', 'vote', 'votes', 'voted', 'agree', 'agrees',
  'agreed', 'stay', 'stays', 'stayed', 'live', 'lives', 'lived', 'work', 'works', 'worked', 'die', 'died', 'dies',
  'leave', 'leaves', 'left', 'remain', 'remains', 'remained', 'became', 'become', 'becomes', 'seem', 'seems',
  'seen', 'given', 'taken', 'done', 'gotten', 'paid', 'won', 'sent', 'that\'s', 'it\'s', 'there\'s', 'here\'s',
  'what\'s', 'who\'s', 'he\'s', 'she\'s', 'let\'s', 'one\'s',
]);
