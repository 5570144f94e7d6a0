/**
 * Words that open a turn: "Q:", "[Answer]:", "Вопрос:", and labels that mean
 * "the interviewer" in speaker-label transcripts. Lower case.
 */
export const QUESTION_MARKERS: readonly string[] = [
  'q', 'question', 'questions', 'вопрос', 'в', 'pregunta', 'p', 'frage', 'f', 'question', 'domanda', 'd', 'pytanie', 'питання',
];
export const ANSWER_MARKERS: readonly string[] = [
  'a', 'answer', 'ответ', 'о', 'respuesta', 'r', 'antwort', 'réponse', 'reponse', 'risposta', 'odpowiedź', 'відповідь',
];
/** Speaker labels that stand for whoever asks. */
export const QUESTION_LABELS: readonly string[] = [
  'q', 'question', 'journalist', 'reporter', 'interviewer', 'correspondent', 'moderator', 'host', 'audience', 'participant',
  'вопрос', 'журналист', 'корреспондент', 'ведущий', 'pregunta', 'periodista', 'frage', 'journaliste',
];
/** Words dropped from a speaker label to get the name: "MR PRICE" is Price. */
export const HONORIFICS: readonly string[] = [
  'mr', 'mrs', 'ms', 'miss', 'dr', 'prof', 'sir', 'the', 'h.e', 'he', 'hon', 'г-н', 'г-жа', 'господин', 'sr', 'sra', 'm', 'mme', 'herr', 'frau',
];
