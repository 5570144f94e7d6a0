/**
 * Currencies the quantities stage recognises, mapped to ISO 4217 codes. Data only.
 * Symbols attach before or after a number ("€5", "3,99€"); codes are upper case words next to a number
 * ("USD 5 million", "5bn EUR"); words follow the number ("45 billions of dollars", "ten euros").
 */

/** Currency symbols. "$" alone is the US dollar; prefixed dollars are in lexicon/numbers.ts DOLLAR_PREFIXES. */
export const CURRENCY_SYMBOLS: Readonly<Record<string, string>> = {
  '€': 'EUR', '$': 'USD', '£': 'GBP', '₽': 'RUB', '¥': 'JPY', '₴': 'UAH', '₹': 'INR', '₺': 'TRY',
  '₸': 'KZT', '₩': 'KRW', '₾': 'GEL', '₪': 'ILS', '₼': 'AZN', '֏': 'AMD', '₦': 'NGN', '₱': 'PHP', '฿': 'THB',
};

/** ISO 4217 codes accepted when written in capitals next to a number. */
export const CURRENCY_CODES: ReadonlySet<string> = new Set([
  'EUR', 'USD', 'GBP', 'RUB', 'RUR', 'CNY', 'RMB', 'JPY', 'CHF', 'UAH', 'BYN', 'BYR', 'KZT', 'INR', 'TRY', 'PLN',
  'SEK', 'NOK', 'DKK', 'CZK', 'HUF', 'RON', 'BGN', 'RSD', 'MDL', 'GEL', 'AMD', 'AZN', 'UZS', 'KGS', 'TJS', 'TMT',
  'CAD', 'AUD', 'NZD', 'HKD', 'SGD', 'TWD', 'KRW', 'AED', 'SAR', 'QAR', 'KWD', 'IRR', 'ILS', 'EGP', 'ZAR', 'NGN',
  'BRL', 'MXN', 'ARS', 'CLP', 'COP', 'VES', 'CUP', 'IDR', 'MYR', 'THB', 'VND', 'PHP', 'PKR', 'BDT', 'MNT', 'SDR', 'XDR',
]);

/** RMB is the common name of the yuan's code-like abbreviation; SDR is the IMF unit (ISO XDR); RUR the old rouble. */
export const CODE_ALIASES: Readonly<Record<string, string>> = { RMB: 'CNY', SDR: 'XDR', RUR: 'RUB', BYR: 'BYN' };

/** Currency names after a number, singular and plural, lower case. */
export const CURRENCY_WORDS: Readonly<Record<string, string>> = {
  euro: 'EUR', euros: 'EUR', eur: 'EUR',
  dollar: 'USD', dollars: 'USD',
  rouble: 'RUB', roubles: 'RUB', ruble: 'RUB', rubles: 'RUB',
  hryvnia: 'UAH', hryvnias: 'UAH', hryvnas: 'UAH', hryvnya: 'UAH', hryvnyas: 'UAH',
  yuan: 'CNY', renminbi: 'CNY', yen: 'JPY',
  rupee: 'INR', rupees: 'INR', lira: 'TRY', liras: 'TRY', lire: 'TRY',
  zloty: 'PLN', zlotys: 'PLN', zlotych: 'PLN', tenge: 'KZT', lari: 'GEL', dram: 'AMD', drams: 'AMD', manat: 'AZN',
  forint: 'HUF', forints: 'HUF', koruna: 'CZK', korunas: 'CZK', lei: 'RON', leu: 'RON', dinar: 'RSD', dinars: 'RSD',
  shekel: 'ILS', shekels: 'ILS', riyal: 'SAR', riyals: 'SAR', dirham: 'AED', dirhams: 'AED', rand: 'ZAR', won: 'KRW',
  real: 'BRL', reais: 'BRL', peso: 'MXN', pesos: 'MXN',
  sterling: 'GBP', bucks: 'USD',
  // Russian: the case forms that follow a number (ё is written е; the stage folds it).
  ...Object.fromEntries([
    ...ru('RUB', 'рубль рубля рублей рублям рублями рублях руб'),
    ...ru('USD', 'доллар доллара долларов долларам долларами долларах долл'),
    ...ru('EUR', 'евро'),
    ...ru('CNY', 'юань юаня юаней юанях юанями'),
    ...ru('KZT', 'тенге'),
    ...ru('UAH', 'гривна гривны гривен гривнах гривнами'),
    ...ru('JPY', 'иена иены иен йена йены йен'),
    ...ru('INR', 'рупия рупии рупий'),
    ...ru('TRY', 'лира лиры лир'),
    ...ru('PLN', 'злотый злотых'),
    ...ru('KGS', 'сом сома сомов'),
    ...ru('UZS', 'сум сума сумов'),
    ...ru('AZN', 'манат маната манатов'),
    ...ru('AMD', 'драм драма драмов'),
    ...ru('GEL', 'лари'),
    ...ru('GBP', 'стерлингов'),
  ]) as Record<string, string>,
};

/** Russian names of one currency, space-separated, as [word, code] rows. */
function ru(code: string, words: string): [string, string][] {
  return words.split(' ').map((w) => [w, code]);
}

/** Hundredths of a currency, after a number: "50 cents" is 0.5 USD. */
export const CURRENCY_SUBUNITS: Readonly<Record<string, string>> = {
  cents: 'USD', cent: 'USD', kopecks: 'RUB', kopeks: 'RUB', kopeck: 'RUB', kopek: 'RUB', pence: 'GBP', eurocents: 'EUR',
};

/**
 * Words before a currency name that change its code ("Canadian dollars", "Belarusian roubles").
 * Keyed by "<adjective> <currency code of the bare word>".
 */
export const CURRENCY_ADJECTIVES: Readonly<Record<string, string>> = {
  'us USD': 'USD', 'u.s. USD': 'USD', 'american USD': 'USD', 'canadian USD': 'CAD', 'australian USD': 'AUD',
  'zealand USD': 'NZD', 'kong USD': 'HKD', 'singapore USD': 'SGD', 'taiwan USD': 'TWD',
  'belarusian RUB': 'BYN', 'belarussian RUB': 'BYN', 'belorussian RUB': 'BYN', 'russian RUB': 'RUB',
  'swiss francs': 'CHF', 'swiss franc': 'CHF', 'turkish TRY': 'TRY', 'indian INR': 'INR', 'pakistani INR': 'PKR',
  'mexican MXN': 'MXN', 'argentine MXN': 'ARS', 'argentinian MXN': 'ARS', 'chilean MXN': 'CLP', 'colombian MXN': 'COP',
  'brazilian BRL': 'BRL', 'chinese CNY': 'CNY', 'japanese JPY': 'JPY', 'south KRW': 'KRW', 'korean KRW': 'KRW',
  'белорусских RUB': 'BYN', 'белорусский RUB': 'BYN', 'белорусского RUB': 'BYN', 'белорусских USD': 'BYN',
  'российских RUB': 'RUB', 'американских USD': 'USD', 'канадских USD': 'CAD', 'австралийских USD': 'AUD',
  'гонконгских USD': 'HKD', 'сингапурских USD': 'SGD',
  'швейцарских франков': 'CHF', 'швейцарского франка': 'CHF', 'швейцарских франка': 'CHF',
  // Russian puts "стерлингов" after the noun: "фунтов стерлингов" reads as adjective "фунтов" + "стерлингов" (GBP).
  'фунтов GBP': 'GBP', 'фунта GBP': 'GBP', 'фунт GBP': 'GBP',
};

/** "pounds" is a currency only with "sterling" or a £ sign; alone it may be a weight. */
export const AMBIGUOUS_CURRENCY_WORDS: Readonly<Record<string, string>> = {
  pound: 'GBP', pounds: 'GBP', francs: 'CHF', franc: 'CHF', 'франков': 'CHF', 'франка': 'CHF', 'франк': 'CHF',
};
