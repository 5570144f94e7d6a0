/**
 * The unit vocabulary of `Quantity.unit` besides ISO 4217 currency codes, and the phrases that name each unit
 * after a number. Data only; docs/units.md explains the conventions.
 *
 * Values are the magnitude as written, with scale words expanded ("2.9 million tonnes" is 2900000 tonne,
 * "5 bcm" is 5000000000 cubic_metre); units are not converted into one another (km stays kilometre).
 */

export interface UnitDefinition {
  /** The value of `Quantity.unit`. */
  readonly id: string;
  /** One line for docs/units.md. */
  readonly description: string;
}

/** Every non-currency unit the quantities stage can emit. */
export const UNITS: readonly UnitDefinition[] = [
  { id: 'count', description: 'a number of things: "18 parishes", "two sources", "34,000 military personnel"' },
  { id: 'percent', description: 'a percentage: "5.7%", "12 per cent", "more than half" (50)' },
  { id: 'percentage_point', description: 'a difference of percentages: "3 percentage points", "2 pp"' },
  { id: 'basis_point', description: 'a hundredth of a percentage point: "25 basis points", "50 bps"' },
  { id: 'year', description: 'a duration in years: "20-year", "two years", "three decades" (30), "a century" is not read' },
  { id: 'tonne', description: 'metric tonnes (tons): "up to eight million tonnes", "5 Mt"' },
  { id: 'cubic_metre', description: 'cubic metres: "180,000 cubic meters", "m3", "5 bcm" (5e9)' },
  { id: 'cubic_foot', description: 'cubic feet: "2 tcf" (2e12)' },
  { id: 'barrel', description: 'barrels of oil: "1.5 million barrels", "bbl"' },
  { id: 'barrel_per_day', description: 'barrels a day: "2 million barrels per day", "bpd", "mb/d" (1e6)' },
  { id: 'kilometre', description: 'kilometres: "1,200 km"' },
  { id: 'square_kilometre', description: 'square kilometres: "600 sq km", "km²"' },
  { id: 'square_metre', description: 'square metres: "110 млн кв. м" of housing, "50 square metres"' },
  { id: 'metre', description: 'metres: "300 metres", "5 m" (without a currency sign)' },
  { id: 'centimetre', description: 'centimetres: "30 cm"' },
  { id: 'millimetre', description: 'millimetres: "155 mm"' },
  { id: 'micrometre', description: 'micrometres: "10 μm"' },
  { id: 'nanometre', description: 'nanometres: "5 nm"' },
  { id: 'mile', description: 'miles (statute or nautical as written): "200 miles"' },
  { id: 'hectare', description: 'hectares: "10,000 hectares", "ha"' },
  { id: 'kilogram', description: 'kilograms: "500 kg"' },
  { id: 'gram', description: 'grams: "5 g"' },
  { id: 'milligram', description: 'milligrams: "20 mg"' },
  { id: 'litre', description: 'litres: "1,000 litres"' },
  { id: 'millilitre', description: 'millilitres: "355 ml"' },
  { id: 'kilowatt', description: 'kilowatts: "5 kW"' },
  { id: 'megawatt', description: 'megawatts: "1,200 MW"' },
  { id: 'gigawatt', description: 'gigawatts: "4.8 GW"' },
  { id: 'kilowatt_hour', description: 'kilowatt-hours: "kWh"' },
  { id: 'megawatt_hour', description: 'megawatt-hours: "MWh"' },
  { id: 'gigawatt_hour', description: 'gigawatt-hours: "GWh"' },
  { id: 'terawatt_hour', description: 'terawatt-hours: "TWh"' },
  { id: 'degree_celsius', description: 'temperature: "40 °C", "degrees Celsius"' },
  { id: 'degree_fahrenheit', description: 'temperature: "100 °F"' },
  { id: 'degree', description: 'angles or unspecified degrees: "90 degrees"' },
  { id: 'hertz', description: 'frequency: "50 Hz" (kHz, MHz and GHz are scaled into hertz)' },
  { id: 'pascal', description: 'pressure: "5 kPa" (kPa, MPa, GPa scaled into pascal)' },
  { id: 'electronvolt', description: 'energy: "5 MeV" (keV, MeV, GeV scaled into electronvolt)' },
  { id: 'mole', description: 'amount of substance: "2 mol", "5 mmol" (0.005)' },
  { id: 'part_per_million', description: 'concentration: "400 ppm"' },
  { id: 'part_per_billion', description: 'concentration: "5 ppb"' },
];

/**
 * A phrase naming a unit after a number. `words` are compared with the tokens that follow the number:
 * lower-cased, unless `exact` (symbols whose case matters: "MW" is not "mW", "M" is not "m").
 * `factor` multiplies the number ("bcm" is 1e9 cubic metres).
 */
export interface UnitPhrase {
  readonly words: readonly string[];
  readonly unit: string;
  readonly factor: number;
  readonly exact?: boolean;
}

const p = (words: string, unit: string, factor = 1, exact = false): UnitPhrase => ({
  words: words.split(' '), unit, factor, ...(exact ? { exact } : {}),
});

/** Phrases for every unit in UNITS except `count`; the stage tries the longest match first. */
export const UNIT_PHRASES: readonly UnitPhrase[] = [
  // shares
  p('%', 'percent'), p('per cent', 'percent'), p('percent', 'percent'), p('percents', 'percent'), p('pct', 'percent'), p('pc', 'percent', 1, true),
  p('percentage', 'percent'), p('процентов', 'percent'), p('процента', 'percent'),
  p('percentage points', 'percentage_point'), p('percentage point', 'percentage_point'), p('pp', 'percentage_point'),
  p('p . p .', 'percentage_point'), p('pps', 'percentage_point'), p('ppts', 'percentage_point'), p('ppt', 'percentage_point'),
  p('basis points', 'basis_point'), p('basis point', 'basis_point'), p('bps', 'basis_point'), p('bp', 'basis_point'),
  // durations
  p('years', 'year'), p('year', 'year'), p('yrs', 'year'), p('yr', 'year'), p('decades', 'year', 10), p('decade', 'year', 10),
  p('centuries', 'year', 100), p('century', 'year', 100),
  p('Ma', 'year', 1e6, true), p('Myr', 'year', 1e6, true), p('kyr', 'year', 1e3, true), p('Ga', 'year', 1e9, true),
  // mass
  p('tonnes', 'tonne'), p('tonne', 'tonne'), p('tons', 'tonne'), p('ton', 'tonne'), p('metric tons', 'tonne'),
  p('metric tonnes', 'tonne'), p('t', 'tonne', 1, true), p('kt', 'tonne', 1e3, true), p('Mt', 'tonne', 1e6, true),
  p('mtpa', 'tonne', 1e6), p('kg', 'kilogram'), p('kilograms', 'kilogram'), p('kilogrammes', 'kilogram'),
  p('kilogram', 'kilogram'), p('g', 'gram', 1, true), p('grams', 'gram'), p('grammes', 'gram'),
  p('mg', 'milligram', 1, true), p('milligrams', 'milligram'),
  // volume
  p('cubic metres', 'cubic_metre'), p('cubic meters', 'cubic_metre'), p('cubic metre', 'cubic_metre'),
  p('cubic meter', 'cubic_metre'), p('m3', 'cubic_metre'), p('m³', 'cubic_metre'), p('cu m', 'cubic_metre'),
  p('cbm', 'cubic_metre'), p('mcm', 'cubic_metre', 1e6), p('bcm', 'cubic_metre', 1e9), p('tcm', 'cubic_metre', 1e12),
  p('cubic feet', 'cubic_foot'), p('cubic foot', 'cubic_foot'), p('bcf', 'cubic_foot', 1e9), p('tcf', 'cubic_foot', 1e12),
  p('barrels per day', 'barrel_per_day'), p('barrels a day', 'barrel_per_day'), p('barrels of oil per day', 'barrel_per_day'),
  p('bpd', 'barrel_per_day'), p('b / d', 'barrel_per_day'), p('bbl / d', 'barrel_per_day'),
  p('mb / d', 'barrel_per_day', 1e6), p('mbpd', 'barrel_per_day', 1e6),
  p('barrels', 'barrel'), p('barrel', 'barrel'), p('bbl', 'barrel'), p('bbls', 'barrel'),
  p('litres', 'litre'), p('liters', 'litre'), p('litre', 'litre'), p('liter', 'litre'), p('L', 'litre', 1, true),
  p('ml', 'millilitre', 1, true), p('mL', 'millilitre', 1, true), p('millilitres', 'millilitre'), p('milliliters', 'millilitre'),
  // length and area
  p('km', 'kilometre'), p('kms', 'kilometre'), p('kilometres', 'kilometre'), p('kilometers', 'kilometre'),
  p('kilometre', 'kilometre'), p('kilometer', 'kilometre'),
  p('square kilometres', 'square_kilometre'), p('square kilometers', 'square_kilometre'), p('square kilometre', 'square_kilometre'),
  p('square kilometer', 'square_kilometre'), p('sq km', 'square_kilometre'), p('km2', 'square_kilometre'), p('km²', 'square_kilometre'),
  p('square metres', 'square_metre'), p('square meters', 'square_metre'), p('square metre', 'square_metre'),
  p('square meter', 'square_metre'), p('sq m', 'square_metre'), p('m²', 'square_metre'),
  p('metres', 'metre'), p('meters', 'metre'), p('metre', 'metre'), p('meter', 'metre'), p('m', 'metre', 1, true),
  p('cm', 'centimetre', 1, true), p('centimetres', 'centimetre'), p('centimeters', 'centimetre'),
  p('mm', 'millimetre', 1, true), p('millimetres', 'millimetre'), p('millimeters', 'millimetre'),
  p('μm', 'micrometre', 1, true), p('µm', 'micrometre', 1, true), p('nm', 'nanometre', 1, true),
  p('miles', 'mile'), p('mile', 'mile'), p('nautical miles', 'mile'),
  p('hectares', 'hectare'), p('hectare', 'hectare'), p('ha', 'hectare', 1, true),
  // power and energy
  p('kW', 'kilowatt', 1, true), p('kilowatts', 'kilowatt'), p('MW', 'megawatt', 1, true), p('megawatts', 'megawatt'),
  p('megawatt', 'megawatt'), p('GW', 'gigawatt', 1, true), p('gigawatts', 'gigawatt'), p('gigawatt', 'gigawatt'),
  p('kWh', 'kilowatt_hour', 1, true), p('kilowatt-hours', 'kilowatt_hour'), p('MWh', 'megawatt_hour', 1, true),
  p('megawatt-hours', 'megawatt_hour'), p('GWh', 'gigawatt_hour', 1, true), p('gigawatt-hours', 'gigawatt_hour'),
  p('TWh', 'terawatt_hour', 1, true), p('terawatt-hours', 'terawatt_hour'),
  // physics and chemistry (scientific text; MeasEval)
  p('° C', 'degree_celsius'), p('℃', 'degree_celsius'), p('degrees celsius', 'degree_celsius'),
  p('degrees centigrade', 'degree_celsius'), p('° F', 'degree_fahrenheit'), p('degrees fahrenheit', 'degree_fahrenheit'),
  p('°', 'degree'), p('degrees', 'degree'),
  p('Hz', 'hertz', 1, true), p('kHz', 'hertz', 1e3, true), p('MHz', 'hertz', 1e6, true), p('GHz', 'hertz', 1e9, true),
  p('Pa', 'pascal', 1, true), p('kPa', 'pascal', 1e3, true), p('MPa', 'pascal', 1e6, true), p('GPa', 'pascal', 1e9, true),
  p('eV', 'electronvolt', 1, true), p('keV', 'electronvolt', 1e3, true), p('MeV', 'electronvolt', 1e6, true),
  p('GeV', 'electronvolt', 1e9, true), p('mol', 'mole', 1, true), p('mmol', 'mole', 1e-3, true),
  p('ppm', 'part_per_million'), p('ppb', 'part_per_billion'),
  // Russian: every case form that follows a number (ё is written е; the stage folds it).
  ...ru('процент процента процентов процентам процентами процентах', 'percent'),
  ...ru('процентных пунктов|процентных пункта|процентного пункта|процентный пункт|процентными пунктами|п . п .|п . п|пп', 'percentage_point'),
  ...ru('базисных пунктов|базисных пункта|базисного пункта|базисный пункт|б . п .', 'basis_point'),
  ...ru('год года году годом годе годы годов годам годами годах лет', 'year'),
  ...ru('летний летнего летнему летним летнем летняя летней летнюю летнее летние летних летними', 'year'),
  ...ru('десятилетие десятилетия десятилетий десятилетиями десятилетиях', 'year', 10),
  ...ru('столетия столетий', 'year', 100),
  ...ru('тонна тонны тонн тонну тоннами тоннах тонной', 'tonne'), p('т', 'tonne', 1, true),
  ...ru('килограмм килограмма килограммов кг', 'kilogram'),
  ...ru('кубометр|кубометра|кубометров|кубометрами|кубометрах|кубических метров|кубических метра|кубический метр|куб . м|куб . м .|куб . метров|м3|м³', 'cubic_metre'),
  ...ru('баррелей в сутки|барреля в сутки|баррелей в день|барреля в день|баррелей нефти в сутки', 'barrel_per_day'),
  ...ru('баррель барреля баррелей баррелями баррелях', 'barrel'),
  ...ru('литр литра литров литрами литрах', 'litre'),
  ...ru('километр километра километров километрами километрах км', 'kilometre'),
  ...ru('квадратных километров|квадратных километра|квадратный километр|кв . км|км2|км²', 'square_kilometre'),
  ...ru('квадратных метров|квадратных метра|квадратный метр|кв . м|кв . м .|кв . метров|кв . метра|м2|м²', 'square_metre'),
  ...ru('метр метра метров метрами метрах', 'metre'), p('м', 'metre', 1, true),
  ...ru('гектар гектара гектаров гектарами гектарах га', 'hectare'),
  ...ru('мегаватт мегаватта мегаваттами мвт', 'megawatt'), ...ru('гигаватт гигаватта гигаваттами гвт', 'gigawatt'),
  ...ru('киловатт киловатта квт', 'kilowatt'),
  ...ru('квт · ч|квт * ч|квтч|киловатт-часов|киловатт-часа|киловатт-час', 'kilowatt_hour'),
  ...ru('мвт · ч|мвт * ч|мвтч|мегаватт-часов|мегаватт-часа', 'megawatt_hour'),
  ...ru('гвт · ч|гвт * ч|гвтч|гигаватт-часов|гигаватт-часа', 'gigawatt_hour'),
  ...ru('твт · ч|твт * ч|твтч|тераватт-часов|тераватт-часа', 'terawatt_hour'),
  ...ru('градусов цельсия|градуса цельсия', 'degree_celsius'), ...ru('градус градуса градусов', 'degree'),
];

/** Russian phrases for one unit: one-word forms separated by spaces, or (when any phrase has several words) all separated by "|". */
function ru(list: string, unit: string, factor = 1): UnitPhrase[] {
  const phrases = list.includes('|') ? list.split('|') : list.split(' ');
  return phrases.map((words) => p(words, unit, factor));
}
