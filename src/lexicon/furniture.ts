/**
 * Cues for page furniture: lines of a page that are not part of the interview.
 * Plain data a linguist can extend; matched case-insensitively at the start of
 * a block unless said otherwise. Add a language by adding its phrases.
 */
import type { RemovedReason } from '../doc.js';

/** Block prefixes that introduce a link to another article. */
export const READ_MORE_PREFIXES: readonly string[] = [
  // en
  'read more', 'read also', 'also read', 'related:', 'related articles', 'related stories', 'see also', 'more on this',
  'more from', 'recommended:', 'you may also like', 'you might also like', 'further reading',
  // es
  'para ampliar', 'lee también', 'lea también', 'leer más', 'te puede interesar', 'le puede interesar', 'noticias relacionadas',
  'relacionado:', 'ver también', 'más información:',
  // fr
  'lire aussi', 'à lire aussi', 'a lire aussi', 'lire également', 'voir aussi', 'à voir aussi', 'sur le même sujet', 'pour aller plus loin',
  // de
  'lesen sie auch', 'lesen sie mehr', 'mehr zum thema', 'auch interessant', 'siehe auch', 'weiterlesen',
  // it, pt, pl
  'leggi anche', 'leia também', 'leia mais', 'czytaj także', 'czytaj też', 'zobacz też',
  // ru, uk, be
  'читайте также', 'читайте еще', 'читайте ещё', 'смотрите также', 'подробнее:', 'по теме:', 'ещё по теме', 'еще по теме',
  'также читайте', 'читайте також', 'дивіться також', 'чытайце таксама',
];

/** Prefixes of photo captions and credits. */
export const CREDIT_PREFIXES: readonly string[] = [
  'photo:', 'photo credit', 'photos:', 'photograph:', 'image:', 'picture:', 'credit:', 'source:', 'illustration:', 'video:',
  'foto:', 'fotos:', 'fuente:', 'imagen:', 'crédito:', 'credito:', 'source :', 'photo :', 'crédit :', 'crédit photo',
  'bildquelle:', 'quelle:', 'fotó:', 'фото:', 'фото –', 'фото -', 'источник:', 'иллюстрация:', 'джерело:',
];

/** Words that, anywhere in a short block, mark a credit ("Photo: Reuters", "© AFP"). */
export const CREDIT_INFIXES: readonly string[] = [
  ' source: ', ' photo: ', ' fuente: ', ' foto: ', ' credit: ', ' фото: ', ' источник: ', 'getty images', 'reuters/', 'afp/', ' / ap',
];

/** Subscription and paywall vocabulary (substring, lower case). */
export const SUBSCRIPTION_CUES: readonly string[] = [
  'subscribe now', 'subscribe to our', 'subscribe to read', 'subscribe to continue', 'subscribe for', 'subscribe and', 'subscribe to get',
  'subscription', 'subscribers', 'sign up for', 'newsletter', 'paywall', 'log in to read', 'to continue reading',
  'members only', 'become a member', 'support our journalism', 'donate now',
  'suscríbete', 'suscribete', 'suscripción', 'suscriptor', 'hazte socio', 'artículos exclusivos',
  'abonnez-vous', 'abonnement', 'abonné', 'réservé aux abonnés',
  'abonnieren', 'jetzt abonnieren',
  'подпишитесь', 'подписаться', 'подписка', 'подписывайтесь',
];

/** Share bars: a share word plus at least one network name. */
export const SHARE_WORDS: readonly string[] = ['share', 'compartir', 'partager', 'teilen', 'condividi', 'поделиться', 'поділитися', 'tweet'];
export const NETWORKS: readonly string[] = [
  'facebook', 'twitter', 'x', 'telegram', 'whatsapp', 'vk', 'vkontakte', 'linkedin', 'email', 'e-mail', 'reddit', 'threads', 'bluesky',
  'ok', 'odnoklassniki', 'viber', 'print', 'copy link', 'mastodon',
];

/** Footer lines (substring, lower case). */
export const FOOTER_CUES: readonly string[] = [
  '©', '(c) 20', 'all rights reserved', 'todos los derechos reservados', 'tous droits réservés', 'alle rechte vorbehalten',
  'все права защищены', 'усі права захищені', 'privacy policy', 'cookie policy', 'terms of use', 'terms of service',
  'política de privacidad', 'aviso legal', 'mentions légales', 'impressum', 'report page', 'report an error', 'report a typo',
  'reproduction prohibited', 'при использовании материалов',
];

/** First segments of a breadcrumb trail ("Home | Europe | …"). */
export const BREADCRUMB_HOME: readonly string[] = [
  'home', 'homepage', 'portada', 'inicio', 'accueil', 'startseite', 'главная', 'головна', 'news', 'noticias', 'actualités', 'nachrichten', 'новости',
];
export const BREADCRUMB_SEPARATORS: readonly string[] = [' | ', ' › ', ' » ', ' > ', ' / ', ' → ', ' · '];

/** Language names and "version" words, for language switchers ("Versión en castellano – English version"). */
export const LANGUAGE_SWITCH_WORDS: readonly string[] = [
  'english', 'español', 'castellano', 'français', 'deutsch', 'русский', 'українська', 'italiano', 'português', 'polski', 'беларуская',
  'version', 'versión', 'versión en', 'en español', 'in english', 'на русском', 'english version', 'version française', 'ru', 'en', 'es', 'fr', 'de',
];

/** Navigation-only lines. */
export const NAVIGATION_LINES: readonly string[] = [
  'menu', 'search', 'skip to content', 'skip to main content', 'back to top', 'next article', 'previous article', 'print', 'comments',
  'advertisement', 'publicidad', 'publicité', 'anzeige', 'реклама', 'loading...', 'listen to this article', 'tags:', 'etiquetas:', 'теги:',
];

/** The order in which reasons are tried; the first that fits wins. */
export const REASON_ORDER: readonly RemovedReason[] = [
  'breadcrumb', 'read_more', 'language_switch', 'share', 'subscription', 'footer', 'credit', 'caption', 'navigation',
];
