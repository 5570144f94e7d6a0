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
  // Russian (ё is written е). "до" is "up to" unless a change verb precedes it ("вырос до 5%" is "rose to"):
  // the stage checks that.
  ...cues('over', true, 'более|более чем|свыше|больше|больше чем|выше|сверх|более чем на|больше чем на|свыше чем на|чуть более|чуть больше|немногим более|немногим больше|значительно более|значительно больше|намного больше|гораздо больше|гораздо более'),
  ...cues('over', false, 'превысил|превысила|превысило|превысили|превышает|превышают|превысит|превысят|превышающий|превышающая|превышающие|превышающих|превзошел|превзошла|превзошло|превзошли'),
  ...cues('under', true, 'менее|менее чем|меньше|меньше чем|ниже|почти|чуть менее|чуть меньше|немногим менее|немногим меньше|неполных|без малого|едва|менее чем на|почти на'),
  ...cues('about', true, 'около|примерно|приблизительно|порядка|ориентировочно|где-то|в районе|в пределах|ок .|приблизительно на|примерно на'),
  ...cues('at_least', true, 'не менее|не меньше|не менее чем|не меньше чем|по меньшей мере|по крайней мере|как минимум|минимум|не ниже|не менее чем на|как минимум на'),
  ...cues('up_to', true, 'до|не более|не больше|не более чем|не больше чем|максимум|как максимум|вплоть до|не свыше|не выше|не более чем на'),
];

/** Cues written after the quantity ("500 or more", "20 or so", "100-plus"). */
export const APPROX_AFTER: readonly ApproxCue[] = [
  ...cues('at_least', true, 'or more|and more|or above|or higher|or greater|and above|and over'),
  ...cues('over', true, 'plus|- plus|+'),
  ...cues('about', true, 'or so|- odd|odd'),
  ...cues('up_to', true, 'or less|or fewer|or lower|or below|and under|and below'),
  ...cues('at_least', true, 'и более|или более|и больше|или больше|и выше|и свыше'),
  ...cues('over', true, 'с лишним|с небольшим|с гаком'),
  ...cues('up_to', true, 'и менее|или менее|и меньше|или меньше|и ниже'),
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

/**
 * Russian stems of change verbs and nouns ("вырос", "увеличился", "снижение", "рост"): a word in the clause that
 * starts with one makes a percentage there a change. Stems, because Russian verbs have many forms.
 */
export const RU_CHANGE_STEMS: readonly string[] = [
  'вырос', 'выраст', 'возрос', 'возраст', 'увелич', 'сократ', 'сокращ', 'сниз', 'сниж', 'упал', 'упад', 'паден',
  'рост', 'прирост', 'подорож', 'подешев', 'повыс', 'повыш', 'пониз', 'пониж', 'прибав', 'потерял', 'потеря',
  'уменьш', 'обвал', 'подскоч', 'скакну', 'замедл', 'ускор', 'инфляц', 'дефляц', 'нарост', 'нараст', 'удво', 'утро',
  'обесцен', 'девальв', 'укреп', 'ослаб', 'просел', 'просяд', 'опуст', 'поднял', 'поднима', 'добав',
];

/** Russian change stems after which "до" names the new level ("вырос до 5%"), so "до" is no "up to". */
export const RU_TARGET_STEMS: readonly string[] = [
  ...RU_CHANGE_STEMS, 'довест', 'довед', 'доведен', 'достиг', 'достич', 'дойти', 'дошл', 'дошел', 'увеличен',
];

/** Russian words that make a percentage in their clause a share of a whole ("доля", "% ВВП"). */
export const RU_SHARE_WORDS: ReadonlySet<string> = new Set([
  'доля', 'доли', 'долю', 'долей', 'долях', 'удельный', 'удельного', 'ввп', 'внп',
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
  // Russian
  'статья', 'статьи', 'статье', 'статью', 'статьей', 'пункт', 'пункта', 'пункте', 'пунктом', 'пункты', 'часть',
  'части', 'глава', 'главы', 'главе', 'раздел', 'раздела', 'разделе', 'резолюция', 'резолюции', 'резолюцию',
  'номер', 'номера', 'номером', 'приложение', 'приложения', 'указ', 'указа', 'указом', 'закон', 'закона',
  'постановление', 'постановления', 'протокол', 'протокола', 'версия', 'версии', 'этап', 'этапа', 'блок', 'блока',
  'энергоблок', 'энергоблока', 'рейс', 'рейса', 'маршрут', 'формат', 'формата', 'формате', 'группа', 'группы',
  'топ', 'уровень', 'уровня', 'класс', 'класса', 'тип', 'типа', 'модель', 'модели', 'серия', 'серии', 'волна',
  'волны', 'стр', 'рис', 'табл', 'п', 'пп', 'ст', 'ч', 'гл', 'су', 'ту', 'ил', 'ми', 'миг', 'як', 'ан', 'ка', 'бм', 'искандер', 'калибр', 'кинжал', 'сармат', 'тополь', 'ярс', 'циркон', 'орешник',
]);

/** Prepositions that make a bare four-digit number a year ("in 2015", "by 2030"). */
export const YEAR_PREPOSITIONS: ReadonlySet<string> = new Set([
  'in', 'since', 'by', 'from', 'until', 'till', 'before', 'after', 'of', 'during', 'through', 'to', 'and', 'or',
  'between', 'for', 'as', 'early', 'late', 'mid', 'spring', 'summer', 'autumn', 'fall', 'winter', 'year', 'the',
  'в', 'во', 'с', 'со', 'до', 'к', 'ко', 'по', 'от', 'после', 'перед', 'за', 'на', 'и', 'или', 'между', 'года', 'году',
  'начале', 'конце', 'середине', 'течение', 'итогам', 'итогами', 'весной', 'летом', 'осенью', 'зимой', 'чем',
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

/**
 * Russian words after a number that are no counted things: durations shorter than a year, multipliers, months
 * (in months.ts), and function words. Lower case, ё written е.
 */
export const RU_NOT_COUNTED: ReadonlySet<string> = new Set([
  'раз', 'раза', 'разу', 'месяц', 'месяца', 'месяцев', 'месяцам', 'месяцах', 'неделя', 'недели', 'недель', 'неделю',
  'неделях', 'день', 'дня', 'дней', 'дням', 'днях', 'сутки', 'суток', 'час', 'часа', 'часов', 'часам', 'часах',
  'минута', 'минуты', 'минут', 'секунда', 'секунды', 'секунд', 'квартал', 'квартала', 'кварталов', 'квартале',
  'полугодие', 'полугодия', 'полугодии', 'очко', 'очка', 'очков', 'балл', 'балла', 'баллов', 'местом', 'месте', 'утра', 'вечера', 'ночи', 'процента', 'процентов', 'пункта', 'пунктов',
  'штук', 'штуки', 'штука', 'ед', 'единиц', 'единицы', 'случае', 'случаях', 'стороны', 'сторон',
]);

/**
 * Russian function words: never a counted noun, and skipped or stopped at when `of` is read. Lower case, ё
 * written е.
 */
export const RU_FUNCTION_WORDS: ReadonlySet<string> = new Set(`
а без более бы был была были было быть в вам вас весь во вот все всего всех вы где да даже для до его ее если есть еще же
за здесь и из или им их к как какой когда кроме кто ли либо между меня мне много может мы на над надо наш наша наше наши не
него нее нет ни них но ну о об однако он она они оно от очень по под после потом поэтому при про раз с сам свой себя сейчас
сегодня со так также такой там тем теперь то тогда того тоже только том тут ты у уже хотя чего чем через что чтобы эта эти
это этого этой этом этот я около примерно почти свыше менее меньше больше порядка уже лишь всего ежегодно ежемесячно
которые который которых которым которая которой
`.trim().split(/\s+/));

/**
 * Russian verbs and link words skipped when `of` is read backwards ("товарооборот вырос на 5%"). Change stems
 * (RU_CHANGE_STEMS) are skipped too.
 */
export const RU_LINK_WORDS: ReadonlySet<string> = new Set(`
составил составила составило составили составляет составляют составит составят достиг достигла достигло достигли
достигает достигают достигнет превысил превысила превысило превысили превышает превышают превысит превысят
находится находятся оценивается оцениваются оценивался насчитывается насчитываются насчитывалось равен равна равно
составлял составляла составляло составляли был была было были будет будут является являются является стал стала
стало стали на до с со по в к от около примерно почти свыше более менее уже лишь всего порядка
`.trim().split(/\s+/));

/**
 * "каждый пятый житель" is one in five: Russian ordinals after "каждый" by the share they name, in percent.
 * All genders of "каждый" and of the ordinal are read.
 */
export const RU_EVERY: ReadonlySet<string> = new Set(['каждый', 'каждая', 'каждое', 'каждого', 'каждой', 'каждому', 'каждую']);
export const RU_EVERY_ORDINALS: Readonly<Record<string, number>> = Object.fromEntries(
  ([['втор', 50], ['трет', 100 / 3], ['четверт', 25], ['пят', 20], ['шест', 100 / 6], ['седьм', 100 / 7], ['восьм', 12.5],
    ['девят', 100 / 9], ['десят', 10], ['двадцат', 5], ['сот', 1]] as const)
    .flatMap(([stem, v]) => ['ый', 'ой', 'ий', 'ая', 'ья', 'ое', 'ье', 'ого', 'ьего', 'его', 'ую', 'ью', 'ому', 'ьему']
      .map((end) => [`${stem}${end}`, v] as const)),
);

/** Words right after a Russian duration that make it a point in time: "два года назад", "пять лет спустя". */
export const RU_LATER_WORDS: ReadonlySet<string> = new Set(['назад', 'спустя', 'тому']);
/** Words right before a Russian duration that make it a point in time: "через пять лет". */
export const RU_BEFORE_LATER: ReadonlySet<string> = new Set(['через']);

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
  'прошлом году': -1, 'прошлого года': -1, 'прошлый год': -1, 'минувшем году': -1, 'минувшего года': -1,
  'минувший год': -1, 'позапрошлом году': -2, 'позапрошлого года': -2, 'этом году': 0, 'этого года': 0,
  'этот год': 0, 'текущем году': 0, 'текущего года': 0, 'текущий год': 0, 'нынешнем году': 0, 'нынешнего года': 0,
  'следующем году': 1, 'следующего года': 1, 'следующий год': 1, 'будущем году': 1, 'будущего года': 1,
  'будущий год': 1, 'предыдущем году': -1, 'предыдущего года': -1,
};

/** Relative months resolved against `meta.published`: months to add to the publication month. */
export const RELATIVE_MONTHS: Readonly<Record<string, number>> = {
  'last month': -1, 'this month': 0, 'next month': 1, 'previous month': -1, 'current month': 0,
  'прошлом месяце': -1, 'прошлого месяца': -1, 'этом месяце': 0, 'этого месяца': 0, 'текущем месяце': 0,
  'текущего месяца': 0, 'следующем месяце': 1, 'следующего месяца': 1,
};

/** Halves and quarters of a year, by the words that name them ("the first half of 2025" is 2025-H1). */
export const YEAR_PARTS: Readonly<Record<string, string>> = {
  'first half': 'H1', 'second half': 'H2', 'h1': 'H1', 'h2': 'H2',
  'first quarter': 'Q1', 'second quarter': 'Q2', 'third quarter': 'Q3', 'fourth quarter': 'Q4', 'last quarter': 'Q4',
  'q1': 'Q1', 'q2': 'Q2', 'q3': 'Q3', 'q4': 'Q4',
  // Russian: "в первом полугодии 2025 года", "за первое полугодие", "в I квартале" (the stage reads them right
  // before the year, or before "этого года").
  ...Object.fromEntries([
    ...ruParts('H1', 'первом полугодии|первое полугодие|первого полугодия|первой половине|первую половину|первой половины'),
    ...ruParts('H2', 'втором полугодии|второе полугодие|второго полугодия|второй половине|вторую половину|второй половины'),
    ...ruParts('Q1', 'первом квартале|первый квартал|первого квартала|i квартале|i квартал|i квартала'),
    ...ruParts('Q2', 'втором квартале|второй квартал|второго квартала|ii квартале|ii квартал|ii квартала'),
    ...ruParts('Q3', 'третьем квартале|третий квартал|третьего квартала|iii квартале|iii квартал|iii квартала'),
    ...ruParts('Q4', 'четвертом квартале|четвертый квартал|четвертого квартала|iv квартале|iv квартал|iv квартала'),
  ]) as Record<string, string>,
};

function ruParts(part: string, phrases: string): [string, string][] {
  return phrases.split('|').map((w) => [w, part]);
}

/** Words before a year that make it a baseline of comparison rather than the period measured. */
export const BASELINE_WORDS: ReadonlySet<string> = new Set([
  'compared', 'comparing', 'than', 'versus', 'vs', 'сравнению', 'сравнении', 'чем', 'относительно', 'против',
]);

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
