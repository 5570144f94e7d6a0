/** Month names and common abbreviations by month number (1-12), in the languages parley reads. Lower case. */
export const MONTHS: Readonly<Record<string, number>> = Object.fromEntries(
  (
    [
      // en
      ['january', 'jan'], ['february', 'feb'], ['march', 'mar'], ['april', 'apr'], ['may'], ['june', 'jun'],
      ['july', 'jul'], ['august', 'aug'], ['september', 'sep', 'sept'], ['october', 'oct'], ['november', 'nov'], ['december', 'dec'],
    ] as string[][]
  )
    .map((names, i) => names.map((n) => [n, i + 1] as const))
    .concat(
      [
        // es
        ['enero'], ['febrero'], ['marzo'], ['abril'], ['mayo'], ['junio'], ['julio'], ['agosto'], ['septiembre', 'setiembre'], ['octubre'], ['noviembre'], ['diciembre'],
      ].map((names, i) => names.map((n) => [n, i + 1] as const)),
      [
        // fr
        ['janvier'], ['février', 'fevrier'], ['mars'], ['avril'], ['mai'], ['juin'], ['juillet'], ['août', 'aout'], ['septembre'], ['octobre'], ['novembre'], ['décembre', 'decembre'],
      ].map((names, i) => names.map((n) => [n, i + 1] as const)),
      [
        // de
        ['januar', 'jänner'], ['februar'], ['märz', 'maerz'], ['april'], ['mai'], ['juni'], ['juli'], ['august'], ['september'], ['oktober'], ['november'], ['dezember'],
      ].map((names, i) => names.map((n) => [n, i + 1] as const)),
      [
        // it, pt
        ['gennaio', 'janeiro'], ['febbraio', 'fevereiro'], ['marzo', 'março'], ['aprile', 'abril'], ['maggio', 'maio'], ['giugno', 'junho'],
        ['luglio', 'julho'], ['agosto'], ['settembre', 'setembro'], ['ottobre', 'outubro'], ['novembre', 'novembro'], ['dicembre', 'dezembro'],
      ].map((names, i) => names.map((n) => [n, i + 1] as const)),
      [
        // ru (nominative and genitive), uk (genitive)
        ['январь', 'января', 'січня'], ['февраль', 'февраля', 'лютого'], ['март', 'марта', 'березня'], ['апрель', 'апреля', 'квітня'],
        ['май', 'мая', 'травня'], ['июнь', 'июня', 'червня'], ['июль', 'июля', 'липня'], ['август', 'августа', 'серпня'],
        ['сентябрь', 'сентября', 'вересня'], ['октябрь', 'октября', 'жовтня'], ['ноябрь', 'ноября', 'листопада'], ['декабрь', 'декабря', 'грудня'],
      ].map((names, i) => names.map((n) => [n, i + 1] as const)),
    )
    .flat(),
);

/**
 * Russian month names in the forms that name a period on their own, by month number: nominative, genitive
 * ("15 апреля") and prepositional ("в апреле"). Lower case, ё written е. Kept apart from MONTHS, which the
 * date reader of ingest matches in "day month year" order only.
 */
export const RU_MONTHS: Readonly<Record<string, number>> = Object.fromEntries(
  [
    ['январь', 'января', 'январе'], ['февраль', 'февраля', 'феврале'], ['март', 'марта', 'марте'],
    ['апрель', 'апреля', 'апреле'], ['май', 'мая', 'мае'], ['июнь', 'июня', 'июне'], ['июль', 'июля', 'июле'],
    ['август', 'августа', 'августе'], ['сентябрь', 'сентября', 'сентябре'], ['октябрь', 'октября', 'октябре'],
    ['ноябрь', 'ноября', 'ноябре'], ['декабрь', 'декабря', 'декабре'],
  ].flatMap((names, i) => names.map((n) => [n, i + 1] as const)),
);
