/**
 * Frequent function words per language (BCP 47 primary tag), used to tell the
 * language of a document or of one block. Short, common, mutually distinctive
 * words only; a word shared by two languages counts for both.
 */
export const FUNCTION_WORDS: Readonly<Record<string, readonly string[]>> = {
  en: ['the', 'and', 'of', 'to', 'is', 'that', 'in', 'we', 'it', 'for', 'are', 'this', 'with', 'not', 'have', 'was', 'be', 'they', 'our', 'which', 'you', 'as', 'on', 'what', 'there'],
  es: ['el', 'la', 'los', 'las', 'de', 'que', 'y', 'en', 'es', 'por', 'para', 'con', 'una', 'del', 'se', 'no', 'su', 'al', 'lo', 'como', 'más', 'pero', 'sus', 'este', 'nuestro'],
  fr: ['le', 'la', 'les', 'de', 'des', 'et', 'est', 'que', 'un', 'une', 'du', 'en', 'pour', 'pas', 'nous', 'qui', 'dans', 'sur', 'ce', 'il', 'avec', 'sont', 'au', 'vous', 'mais'],
  de: ['der', 'die', 'das', 'und', 'ist', 'nicht', 'ein', 'eine', 'zu', 'den', 'mit', 'von', 'wir', 'es', 'auf', 'dass', 'sich', 'für', 'im', 'auch', 'sie', 'dem', 'des', 'wie', 'aber'],
  it: ['il', 'di', 'che', 'e', 'la', 'per', 'non', 'un', 'una', 'sono', 'del', 'della', 'con', 'le', 'gli', 'anche', 'come', 'ma', 'nel', 'questo'],
  pt: ['o', 'a', 'os', 'as', 'de', 'que', 'e', 'do', 'da', 'em', 'um', 'uma', 'para', 'com', 'não', 'no', 'na', 'por', 'mais', 'dos'],
  pl: ['i', 'w', 'nie', 'na', 'się', 'to', 'że', 'jest', 'z', 'do', 'jak', 'ale', 'o', 'co', 'tak', 'przez', 'już', 'są', 'który', 'tego'],
  ru: ['и', 'в', 'не', 'на', 'что', 'с', 'это', 'как', 'мы', 'по', 'но', 'к', 'о', 'из', 'за', 'от', 'для', 'у', 'так', 'который', 'его', 'они', 'все', 'уже', 'было'],
  uk: ['і', 'в', 'не', 'на', 'що', 'з', 'це', 'як', 'ми', 'по', 'але', 'до', 'та', 'за', 'від', 'для', 'у', 'так', 'який', 'його', 'вони', 'всі', 'вже', 'було', 'й'],
  be: ['і', 'ў', 'не', 'на', 'што', 'з', 'гэта', 'як', 'мы', 'па', 'але', 'да', 'ды', 'за', 'ад', 'для', 'у', 'так', 'які', 'яго', 'яны', 'усе', 'ужо', 'было'],
};
