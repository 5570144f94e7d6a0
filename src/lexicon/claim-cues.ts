/**
 * Word lists, weights and reasons for the `claims` stage (src/stages/claims.ts).
 *
 * Data, not logic: a linguist can add a cue or move a weight here without
 * touching the stage. Cues are matched on whole words, case-insensitively
 * unless a list says otherwise; a multi-word cue matches consecutive words.
 * Curly apostrophes read as straight ones, and clitics are separate words
 * ("we'll" is "we" + "'ll", so the cue "'ll" matches it; "won't" stays whole).
 * How each list becomes a feature, and how the weights were fitted, is in
 * docs/claims.md.
 */

/** The features of the linear check-worthiness model; reasons of equal weight keep this order. */
export const CLAIM_FEATURES = [
  'quantity', 'money', 'percent', 'indicator', 'date', 'comparison', 'periods', 'superlative',
  'attribution', 'past_event', 'dated_event', 'prediction', 'legal',
  'org', 'person', 'place', 'proper_name',
  'hedge', 'opinion', 'normative', 'evaluative', 'you', 'question', 'short', 'no_anchor',
] as const;
export type ClaimFeature = (typeof CLAIM_FEATURES)[number];

/**
 * Weight of each feature in the logit; a feature is 1 when it fires, else 0.
 * score = 1 / (1 + e^-(CLAIM_BIAS + Σ weight·feature)).
 * Fitted by `node scripts/eval/checkworthy.mjs --fit` (L2 logistic regression on
 * the CheckThat! 2024 English train split, no quantities or entities layer), rounded
 * to one decimal. `person` and `place` are set by hand to the weight of
 * `proper_name`, the capitalised-word cue they replace once the entities layer runs.
 * The two interactions (`periods`, `dated_event`) are negative because their
 * parts already add up; reasons rank them by the sum (docs/claims.md).
 */
export const CLAIM_WEIGHTS: Readonly<Record<ClaimFeature, number>> = {
  quantity: 1.4,
  money: 1.1,
  percent: 1.6,
  indicator: 0.7,
  date: 1.2,
  comparison: 0.9,
  periods: -0.1,
  superlative: 0.7,
  attribution: 0.9,
  past_event: 1.1,
  dated_event: -0.7,
  prediction: -1.0,
  legal: 0.8,
  org: 0.5,
  person: 0.5, // hand-set: the weight proper_name was fitted with
  place: 0.5, // hand-set: the weight proper_name was fitted with
  proper_name: 0.5,
  hedge: -0.4,
  opinion: -1.4,
  normative: -1.1,
  evaluative: -0.3,
  you: -0.3,
  question: -2,
  short: -0.2,
  no_anchor: -0.4,
};

/** Intercept of the logit: the score of a sentence where nothing fires is 1 / (1 + e^-bias). */
export const CLAIM_BIAS = -1.6;

/**
 * Default threshold: a sentence of an intro or answer turn is emitted as a claim
 * when its score is at least this. Chosen on the fit split for F1 of the positive
 * class (docs/claims.md).
 */
export const CLAIM_THRESHOLD = 0.3;

/** A readable reason per feature, shown in `Claim.reasons` when the feature fires. */
export const CLAIM_REASONS: Readonly<Record<ClaimFeature, string>> = {
  quantity: 'states a quantity',
  money: 'states a sum of money',
  percent: 'states a percentage',
  indicator: 'names a measurable indicator',
  date: 'refers to a date or period',
  comparison: 'makes a comparison',
  periods: 'compares two periods',
  superlative: 'makes a superlative claim',
  attribution: 'attributes a statement to someone',
  past_event: 'refers to a past event',
  dated_event: 'refers to a past event with a date',
  prediction: 'makes a prediction',
  legal: 'refers to a law or treaty',
  org: 'names an organisation',
  person: 'names a person',
  place: 'names a place',
  proper_name: 'mentions a proper name',
  hedge: 'is hedged speculation',
  opinion: 'states an opinion',
  normative: 'says what should be done',
  evaluative: 'uses evaluative language',
  you: 'addresses the listener',
  question: 'is a question',
  short: 'is very short',
  no_anchor: 'has no number, name, date or indicator to check',
};

/** When the key fires, the reasons of the listed features are left out: the key's reason says it all. */
export const CLAIM_REASON_SUBSUMES: Readonly<Partial<Record<ClaimFeature, readonly ClaimFeature[]>>> = {
  periods: ['comparison', 'date'],
  dated_event: ['past_event', 'date'],
  money: ['quantity'],
  percent: ['quantity'],
};

/**
 * Claim kinds, first match wins: the kind of a claim is the first entry whose
 * features include one that fired; 'other' when none did.
 */
export const CLAIM_KIND_ORDER: readonly (readonly [kind: 'attribution' | 'prediction' | 'legal' | 'statistical' | 'historical', features: readonly ClaimFeature[]])[] = [
  ['attribution', ['attribution']],
  ['prediction', ['prediction']],
  ['legal', ['legal']],
  ['statistical', ['quantity', 'money', 'percent', 'comparison', 'periods', 'superlative', 'indicator']],
  ['historical', ['dated_event', 'past_event', 'date']],
];

/** Words that make a sentence state an amount (besides digits and the quantities layer). */
export const QUANTITY_WORDS: readonly string[] = [
  'hundred', 'hundreds', 'thousand', 'thousands', 'million', 'millions', 'billion', 'billions',
  'trillion', 'trillions', 'dozen', 'dozens', 'half', 'twice', 'a third', 'a quarter',
  'one in', 'two in', 'three in', 'four in', 'five in', 'ten in',
  // Russian
  'тысяча', 'тысячи', 'тысяч', 'миллион', 'миллиона', 'миллионов', 'миллиард', 'миллиарда', 'миллиардов', 'триллион',
  'триллиона', 'триллионов', 'половина', 'половины', 'треть', 'трети', 'четверть', 'вдвое', 'втрое', 'в два раза',
  'в три раза',
];

/** Money words; currency signs ($ € £ ¥ ₽ ₴) always count. */
export const MONEY_WORDS: readonly string[] = [
  'dollar', 'dollars', 'euro', 'euros', 'pound sterling', 'pounds sterling', 'rouble', 'roubles',
  'ruble', 'rubles', 'hryvnia', 'hryvnias', 'yuan', 'yen', 'taxpayer money', 'taxpayers\' money',
  // Russian
  'рубль', 'рубля', 'рублей', 'доллар', 'доллара', 'долларов', 'евро', 'юаней', 'юаня', 'тенге', 'гривен',
  'бюджетные средства', 'деньги налогоплательщиков',
];

/** Things official statistics measure: a sentence about them can be checked even without a number. */
export const INDICATOR_WORDS: readonly string[] = [
  'unemployment', 'unemployed', 'employment', 'jobs', 'wages', 'wage', 'income', 'incomes', 'salaries',
  'pensions', 'inflation', 'prices', 'price', 'gdp', 'gross domestic product', 'economy', 'economic growth',
  'growth rate', 'recession', 'deficit', 'deficits', 'debt', 'debts', 'budget', 'budgets', 'spending',
  'tax', 'taxes', 'taxed', 'revenue', 'revenues', 'exports', 'imports', 'trade deficit', 'trade surplus',
  'surplus', 'investment', 'investments', 'interest rates', 'interest rate', 'exchange rate', 'reserves',
  'crime', 'murders', 'homicides', 'poverty', 'poor', 'population', 'birth rate', 'mortality',
  'life expectancy', 'casualties', 'deaths', 'died', 'killed', 'wounded', 'refugees', 'migrants',
  'immigrants', 'immigration', 'emissions', 'production', 'output', 'oil', 'gas', 'energy',
  'insurance', 'uninsured', 'premiums', 'health care', 'healthcare', 'medicare', 'medicaid',
  'social security', 'troops', 'soldiers', 'military spending', 'defence spending', 'defense spending',
  'harvest', 'subsidies', 'loans', 'aid', 'sanctions', 'tariffs', 'votes', 'turnout', 'polls',
  // Russian
  'безработица', 'безработицы', 'занятость', 'зарплата', 'зарплаты', 'зарплат', 'доходы', 'пенсии', 'инфляция',
  'инфляции', 'цены', 'цен', 'ввп', 'экономика', 'экономики', 'бюджет', 'бюджета', 'дефицит', 'госдолг', 'долг',
  'экспорт', 'экспорта', 'импорт', 'импорта', 'товарооборот', 'товарооборота', 'инвестиции', 'инвестиций', 'резервы',
  'преступность', 'бедность', 'население', 'населения', 'рождаемость', 'смертность', 'потери', 'погибших',
  'беженцев', 'мигрантов', 'выбросы', 'производство', 'добыча', 'добычи', 'урожай', 'урожая', 'субсидии', 'кредиты',
  'санкции', 'пошлины', 'валовой внутренний продукт', 'экономический рост', 'процентная ставка', 'ключевая ставка',
  'торговый оборот',
];

/** Share words; the "%" sign always counts. */
export const PERCENT_WORDS: readonly string[] = [
  'percent', 'per cent', 'percentage', 'percentage points', 'majority of', 'share of',
  // Russian
  'процент', 'процента', 'процентов', 'доля', 'доли', 'долю', 'процентных пунктов', 'процентного пункта',
  'большинство из',
];

/** Period words; a year 1900–2099, a decade ("the 1990s", "the '90s") or a month with a day always counts. */
export const DATE_WORDS: readonly string[] = [
  'last year', 'this year', 'last month', 'this month', 'last week', 'years ago', 'months ago',
  'days ago', 'weeks ago', 'decades ago', 'a decade ago', 'in the last', 'in the past', 'since the',
  'yesterday', 'last summer', 'last winter', 'last spring', 'last autumn', 'last fall',
  'first quarter', 'second quarter', 'third quarter', 'fourth quarter', 'first half', 'second half',
  // Russian
  'вчера', 'в прошлом году', 'в этом году', 'в текущем году', 'в прошлом месяце', 'в этом месяце',
  'на прошлой неделе', 'лет назад', 'года назад', 'месяцев назад', 'в первом полугодии', 'во втором полугодии',
  'в первом квартале', 'за последние', 'с начала года',
];

/** Comparison cues ("more than", "fell"); also any word ending in -er followed by "than". */
export const COMPARISON_CUES: readonly string[] = [
  'more than', 'less than', 'fewer than', 'compared with', 'compared to', 'in comparison with',
  'increase', 'increased', 'increases', 'increasing', 'decrease', 'decreased', 'decreases',
  'rose', 'risen', 'rise', 'rising', 'fell', 'fallen', 'fall by', 'falling', 'doubled', 'tripled',
  'quadrupled', 'halved', 'grew', 'grown', 'growth', 'dropped', 'drop', 'declined', 'decline',
  'went up', 'went down', 'gone up', 'gone down', 'is down', 'is up', 'are down', 'are up', 'was down',
  'was up', 'were down', 'were up', 'no longer', 'anymore', 'up from', 'down from', 'as many as', 'as much as',
  'times more', 'times as', 'higher', 'lower', 'cut by', 'reduced', 'reduction', 'shrank', 'shrunk',
  'tripling', 'doubling', 'jumped', 'soared', 'plunged', 'slashed',
  // Russian
  'вырос', 'выросла', 'выросло', 'выросли', 'увеличился', 'увеличилась', 'увеличилось', 'увеличились', 'снизился',
  'снизилась', 'снизилось', 'снизились', 'сократился', 'сократилась', 'сократилось', 'сократились', 'упал', 'упала',
  'упало', 'упали', 'рост', 'роста', 'снижение', 'снижения', 'сокращение', 'увеличение', 'удвоился', 'удвоилась',
  'удвоилось', 'больше чем', 'меньше чем', 'более чем', 'менее чем', 'по сравнению с', 'в сравнении с',
];

/** Superlative cues ("the largest", "in history"). */
export const SUPERLATIVE_CUES: readonly string[] = [
  'the largest', 'the biggest', 'the highest', 'the lowest', 'the smallest', 'the most',
  'the least', 'the fewest', 'the first', 'the only', 'the worst', 'the fastest', 'the slowest',
  'the greatest', 'the longest', 'the shortest', 'the richest', 'the poorest', 'the strongest',
  'the weakest', 'the deepest', 'the oldest', 'the youngest', 'in history', 'ever', 'of all time',
  'record', 'all-time', 'number one', 'second largest', 'third largest', 'unprecedented',
  'for the first time', 'never before', 'more than ever', 'than ever',
  // Russian
  'впервые', 'рекорд', 'рекордный', 'рекордная', 'рекордное', 'рекордные', 'рекордного', 'крупнейший', 'крупнейшая',
  'крупнейшее', 'крупнейшим', 'крупнейших', 'беспрецедентный', 'беспрецедентная', 'беспрецедентные', 'самый большой',
  'самая большая', 'самый высокий', 'самый низкий', 'за всю историю', 'в истории', 'как никогда',
];

/**
 * Verbs that report what someone said. They fire only when the speaker is not
 * the subject: "as I said", "we've said" are discourse, not attribution.
 */
export const ATTRIBUTION_VERBS: readonly string[] = [
  'said', 'says', 'announced', 'announces', 'stated', 'states that', 'promised', 'promises',
  'reported', 'reports', 'claimed', 'claims', 'admitted', 'admits', 'testified', 'confirmed',
  'confirms', 'according to', 'told', 'wrote', 'declared', 'declares', 'warned', 'warns',
  'pledged', 'vowed', 'insisted', 'acknowledged', 'denied', 'denies', 'called for', 'quoted',
  'revealed', 'estimated', 'estimates', 'found that', 'concluded',
  // Russian
  'заявил', 'заявила', 'заявили', 'заявляет', 'заявляют', 'сообщил', 'сообщила', 'сообщили', 'сообщает', 'отметил',
  'отметила', 'подчеркнул', 'подчеркнула', 'признал', 'признала', 'признали', 'объявил', 'объявила', 'объявили',
  'пообещал', 'пообещала', 'пообещали', 'предупредил', 'предупредила', 'утверждает', 'утверждают', 'сказал',
  'сказала', 'написал', 'написала', 'согласно', 'по словам', 'по данным', 'как сообщает', 'как сообщил',
  'говорится в', 'со ссылкой на',
];

/** Words before a reporting verb that make it the speaker's own ("I said"). */
export const SELF_SUBJECTS: readonly string[] = ['I', 'we', 'you', "I've", "we've", "you've", "I'd", "we'd", 'я', 'мы', 'вы'];

/** Verbs of public record: things that happened and can be looked up ("voted", "signed"). */
export const PAST_EVENT_VERBS: readonly string[] = [
  'voted', 'signed', 'passed', 'vetoed', 'enacted', 'ratified', 'repealed', 'invaded', 'annexed',
  'launched', 'approved', 'spent', 'closed', 'killed', 'elected', 'appointed', 'fired', 'resigned',
  'built', 'created', 'lost', 'won', 'cut', 'raised', 'sent', 'supported', 'opposed', 'introduced',
  'sponsored', 'co-sponsored', 'cast', 'took office', 'was elected', 'were killed', 'was killed',
  'attacked', 'bombed', 'occupied', 'withdrew', 'deployed', 'negotiated', 'agreed', 'imposed',
  'lifted', 'adopted', 'abolished', 'nationalised', 'nationalized', 'privatised', 'privatized',
  'borrowed', 'paid', 'received', 'invested', 'shut down', 'started', 'ended', 'began', 'founded',
  'destroyed', 'arrested', 'convicted', 'sentenced', 'indicted', 'sued', 'banned', 'blocked',
  'defaulted', 'devalued', 'hired', 'laid off', 'went bankrupt', 'collapsed', 'happened',
  // Russian
  'подписал', 'подписала', 'подписали', 'подписано', 'принял', 'приняла', 'приняли', 'ввел', 'ввела', 'ввели',
  'запустил', 'запустили', 'построил', 'построили', 'открыл', 'открыли', 'заключил', 'заключили', 'ратифицировал',
  'ратифицировали', 'утвердил', 'утвердили', 'оформил', 'оформили', 'выделил', 'выделили', 'потратил', 'потратили',
  'отменил', 'отменили', 'создал', 'создали', 'провел', 'провели',
];

/** Future framing ("will", "is expected to"). */
export const PREDICTION_CUES: readonly string[] = [
  'will', "'ll", 'won\'t', 'is expected to', 'are expected to', 'expect', 'expects', 'forecast',
  'forecasts', 'projected', 'is projected to', 'are projected to', 'is going to', 'are going to',
  "'re going to", "'s going to", "i'm going to", 'next year', 'next month', 'next week', 'in the coming',
  'plans to', 'plan to', 'is set to', 'are set to', 'by the end of', 'within the next', 'in the future',
  'shall', 'is likely to', 'are likely to', 'predict', 'predicts', 'predicted',
  // Russian
  'будет', 'будут', 'станет', 'станут', 'планирует', 'планируем', 'планируют', 'планируется', 'намерены', 'намерен',
  'ожидается', 'ожидаем', 'ожидаются', 'прогнозируется', 'прогнозируем', 'рассчитываем', 'собираемся', 'вырастет',
  'сократится', 'увеличится', 'достигнет', 'составит', 'в следующем году', 'в ближайшие годы', 'в ближайшее время',
  'к концу года', 'в будущем', 'в перспективе',
];

/** Laws, treaties and courts. */
export const LEGAL_CUES: readonly string[] = [
  'treaty', 'treaties', 'law', 'laws', 'sanction', 'sanctions', 'sanctions package', 'resolution',
  'resolutions', 'convention', 'conventions', 'court', 'courts', 'constitution', 'constitutional',
  'unconstitutional', 'amendment', 'bill', 'bills', 'legislation', 'legislative', 'illegal',
  'illegally', 'unlawful', 'lawful', 'ruling', 'ruled', 'regulation', 'regulations', 'statute',
  'decree', 'executive order', 'indictment', 'indicted', 'verdict', 'tribunal', 'protocol',
  'accord', 'accords', 'charter', 'directive', 'veto', 'vetoed', 'ratified', 'ratify', 'signed into law',
  'referendum', 'memorandum', 'agreement', 'moratorium', 'embargo', 'tariff', 'tariffs',
  // Russian
  'закон', 'закона', 'законы', 'законов', 'договор', 'договора', 'договоры', 'соглашение', 'соглашения', 'санкции',
  'санкций', 'резолюция', 'резолюции', 'указ', 'указа', 'конституция', 'конституции', 'суд', 'суда', 'меморандум',
  'эмбарго', 'пошлины', 'ратификация', 'постановление', 'пакет санкций', 'международное право',
  'нормы международного права',
];

/** Capitalised words that name an organisation (matched case-sensitively). */
export const ORG_WORDS: readonly string[] = [
  'Congress', 'Senate', 'Parliament', 'Duma', 'Rada', 'Bundestag', 'Knesset', 'Cabinet', 'Kremlin',
  'Pentagon', 'White House', 'NATO', 'UN', 'U.N.', 'EU', 'OSCE', 'IMF', 'WHO', 'WTO', 'OPEC', 'G7',
  'G20', 'CIA', 'FBI', 'NSA', 'KGB', 'FSB', 'SBU', 'EPA', 'IRS', 'Fed', 'Federal Reserve',
  'Ministry', 'Department', 'Administration', 'Commission', 'Council', 'Committee', 'Agency',
  'Bank', 'Party', 'Union', 'Court', 'Office', 'Bureau', 'Institute', 'Corporation', 'Company',
  'Army', 'Navy', 'Air Force', 'Democrats', 'Republicans', 'Democratic', 'Republican', 'Gazprom',
  'Medicare', 'Medicaid', 'Social Security', 'Obamacare', 'World Bank', 'Security Council',
  // Russian
  'НАТО', 'ЕС', 'ООН', 'ОБСЕ', 'МВФ', 'ВТО', 'ЕАЭС', 'ОДКБ', 'ШОС', 'БРИКС', 'СНГ', 'Кремль', 'Госдума', 'МИД',
  'Минобороны', 'Правительство', 'Министерство', 'Посольство', 'Евросоюз', 'Еврокомиссия', 'Европарламент',
  'Белый дом', 'Совет Безопасности', 'Всемирный банк',
];

/** Capitalised words that are not names when they stand mid-sentence (matched case-sensitively). */
export const NOT_NAMES: readonly string[] = [
  'I', "I'm", "I've", "I'd", "I'll", 'OK', 'Okay', 'Mr', 'Mr.', 'Mrs', 'Mrs.', 'Ms', 'Ms.', 'Dr', 'Dr.',
  'God', 'Sir', 'Madam', 'Yes', 'No', 'Well', 'So', 'And', 'But', 'The', 'A', 'TV', 'OK.',
  'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday',
];

/** Titles before a name: "Mr. Smith" keeps "Smith" a name although it follows a full stop. */
export const TITLES: readonly string[] = [
  'Mr', 'Mrs', 'Ms', 'Dr', 'Prof', 'Gen', 'Sen', 'Rep', 'Gov', 'Lt', 'Col', 'Sgt', 'St', 'Pres', 'Amb',
];

/** Uncertainty: the speaker does not commit to the fact. */
export const HEDGES: readonly string[] = [
  'perhaps', 'maybe', 'it seems', 'seems to', 'seem to', 'probably', 'possibly', 'might',
  'may be', 'could be', 'i guess', 'i suppose', 'i suspect', 'apparently', 'presumably',
  'it appears', 'appears to', 'as far as i know', 'if i remember', 'i\'m not sure', 'not sure',
  'kind of', 'sort of', 'more or less', 'i wonder', 'who knows', 'i doubt',
  // Russian
  'возможно', 'наверное', 'видимо', 'вероятно', 'кажется', 'похоже', 'предположительно', 'по-видимому', 'может быть',
  'как представляется', 'если не ошибаюсь', 'не исключено', 'по всей видимости', 'судя по всему',
];

/** First-person stance: an opinion rather than a fact. */
export const OPINION_MARKERS: readonly string[] = [
  'i think', 'i believe', 'in my opinion', 'in my view', 'i feel', 'we hope', 'i hope',
  'i\'m convinced', 'i am convinced', 'i\'m sure', 'i am sure', 'we believe', 'we think',
  'i\'m confident', 'i am confident', 'it is my view', 'to me', 'i love', 'i like', 'i want',
  'we want', 'i would like', 'i\'d like', 'frankly', 'honestly', 'i\'m proud', 'i am proud',
  'i agree', 'i disagree', 'i\'m glad', 'i am glad', 'i respect', 'my view', 'personally',
  // Russian
  'по-моему', 'я думаю', 'я считаю', 'мы считаем', 'на мой взгляд', 'по моему мнению', 'я уверен', 'я уверена',
  'я убежден', 'мы уверены', 'мы убеждены', 'мне кажется', 'я надеюсь', 'мы надеемся', 'я полагаю', 'мы полагаем',
  'с моей точки зрения', 'мы рады', 'я рад',
];

/** What should be done: policy prescriptions and calls to action. */
export const NORMATIVE_CUES: readonly string[] = [
  'we need to', 'we have to', 'we must', 'we should', 'we ought to', 'you need to', 'you have to',
  'they need to', 'they should', 'they must', 'should be', 'must be', 'need to be', 'has to be',
  'have to be', 'let\'s', 'let us', 'it\'s time', 'it is time', 'we\'ve got to', 'we\'re going to have to',
  'i call on', 'i urge', 'we cannot allow', 'we can\'t allow', 'we can not allow',
  // Russian
  'нужно', 'необходимо', 'следует', 'надо', 'давайте', 'пора', 'мы должны', 'они должны', 'вы должны', 'должны быть',
  'должен быть', 'мы обязаны', 'нельзя допустить', 'мы не можем допустить',
];

/** Evaluative adjectives and nouns that judge rather than state. */
export const EVALUATIVE_WORDS: readonly string[] = [
  'great', 'terrible', 'wonderful', 'wrong', 'good', 'bad', 'disaster', 'disastrous', 'tremendous',
  'beautiful', 'horrible', 'ridiculous', 'stupid', 'incredible', 'amazing', 'sad', 'unfair', 'fair',
  'fantastic', 'shameful', 'disgrace', 'disgraceful', 'outrageous', 'excellent', 'awful', 'nice',
  'brilliant', 'crazy', 'absurd', 'nonsense', 'pathetic', 'tragic', 'tragedy', 'shame', 'dangerous',
  'important', 'right', 'best', 'worst', 'better', 'worse', 'strong', 'weak', 'proud', 'honest',
  'dishonest', 'corrupt', 'evil', 'heroic', 'brave', 'successful', 'failure', 'failed', 'mess',
  // Russian
  'хороший', 'хорошо', 'плохой', 'плохо', 'ужасный', 'прекрасный', 'замечательный', 'важный', 'важно', 'правильно',
  'неправильно', 'справедливо', 'несправедливо', 'успешный', 'успешно', 'провал', 'провальный', 'позорный',
  'абсурдный', 'нелепый', 'опасный', 'трагедия', 'героический', 'сильный', 'слабый', 'лучший', 'худший',
];

/** Second-person address. */
export const YOU_WORDS: readonly string[] = [
  'you', 'your', 'yours', "you're", "you've", "you'll", "you'd", 'yourself',
  // Russian
  'вы', 'ваш', 'ваша', 'ваше', 'ваши', 'вам', 'вас', 'вашей', 'вашего',
];

/** Below this many words a sentence fires `short`. */
export const SHORT_WORDS = 6;
