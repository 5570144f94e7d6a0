/**
 * Words that are not names even when capitalised. Lower case unless noted.
 * Used by the sentence splitter (which words start a sentence) and by the
 * entity recogniser (which capitalised words to skip).
 */

/** English function words: pronouns, determiners, prepositions, conjunctions, auxiliaries, common adverbs. */
export const FUNCTION_WORDS: readonly string[] = `
a about above according across after afterwards again against all almost alone along already also although always
am among amongst an and another any anybody anyone anything anyway anywhere are around as at back be became because
become becomes been before beforehand behind being below beside besides between beyond both but by can cannot could
did do does doing done down during each either else elsewhere enough even ever every everybody everyone everything
everywhere except few first for former formerly from further furthermore had has have having he hence her here
hereby herein hers herself him himself his how however i if in indeed instead into is it its itself just last
latter least less let lets like many may maybe me meanwhile might mine more moreover most mostly much must my myself
namely neither never nevertheless next no nobody none nor not nothing now nowhere of off often on once one only onto
or other others otherwise our ours ourselves out over own per perhaps please quite rather really same second
several shall she should since so some somebody someone something sometimes somewhere still such than that the
their theirs them themselves then thence there thereafter thereby therefore these they third this those though
through throughout thus to today together tomorrow too toward towards under unless unlike until up upon us very via
was we well were what whatever when whenever where whereas wherever whether which while who whoever whole whom
whose why will with within without would yes yesterday yet you your yours yourself yourselves
i'm i've i'll i'd it's that's there's we're we've we'll they're they've don't doesn't didn't isn't aren't wasn't
weren't won't wouldn't can't couldn't shouldn't let's what's here's
i’m i’ve i’ll i’d it’s that’s there’s we’re we’ve we’ll they’re they’ve don’t doesn’t didn’t isn’t aren’t wasn’t
weren’t won’t wouldn’t can’t couldn’t shouldn’t let’s what’s here’s
`.trim().split(/\s+/);

/** Russian function words that commonly open a sentence. */
export const RUSSIAN_FUNCTION_WORDS: readonly string[] = `
а без более бы был была были было в вам вас весь во вот все всё всего всех вы где да даже для до его ее её если есть
еще ещё же за здесь и из или им их к как какой когда кроме кто ли либо между меня мне много может мы на над надо наш
наша наше наши не него нее неё нет ни них но ну о об однако он она они оно от очень по под после потом поэтому при
про раз с сам свой себя сейчас сегодня со так также такой там тем теперь то тогда того тоже только том тут ты у уже
хотя чего чем через что чтобы эта эти это этого этой этом этот я
`.trim().split(/\s+/);

/**
 * Capitalised words that are never entity names on their own: discourse
 * openers, interview furniture, generic institutions and roles without a name,
 * adjectives of direction, religions, events. Entity names that contain them
 * ("Western Europe", "Union State") come from the gazetteer or the org rules.
 */
export const NOT_NAMES: readonly string[] = `
yes no ok okay well oh thank thanks please dear hello sorry sure indeed certainly absolutely exactly right wrong true
question questions answer answers interview interviewer interviewee q a photo photos source sources credit video read more
share subscribe comment comments print email note notes editor update updated related see also tags tag
west western east eastern north northern south southern central northwest northeast southwest southeast
western-style pro anti post pre neo ex non
world global international national federal regional local state states government governments parliament
republic republics kingdom kingdoms federation union empire country countries nation nations city capital
president presidents minister ministers ministry ministries embassy embassies mission missions council
commission committee court army navy police church party office department agency authority administration
cabinet constitution law act treaty agreement agreements accords charter declaration resolution summit
war wars day days week weeks month months year years century centuries era age time
god lord allah christ holy communion eucharist sacrament heaven hell satan devil jesus orthodox catholic protestant christian christians muslim muslims islam islamic jewish jews
judaism buddhist hindu christianity church churches
arabic hebrew farsi persian urdu hindi mandarin cantonese yiddish swahili esperanto latin
bible koran quran torah gospel gospels scripture scriptures psalm psalms genesis
christmas easter ramadan
internet web online
mr mrs ms dr prof sir madam excellency majesty highness holiness
allies ally alliance bloc coalition
republican republicans democrat democrats democratic conservative conservatives liberal liberals labour labor
socialist socialists communist communists green greens independent independents
special military operation operations
first second third fourth fifth last next new old big great small grand high low
`.trim().split(/\s+/);

/** All-caps words that look like acronyms but name no organisation. */
export const NOT_ACRONYMS: readonly string[] = `
gdp gnp gni ppp cpi vat lng lpg cng ngo ngos uav uavs ceo cfo coo cto pr it ai tv ok id ids usd eur rub gbp cny jpy chf
gmt utc cet est pst covid hiv aids dna rna sms mms gps usb pdf faq diy asap eta rsvp nb ps pm am mp mps mep meps
hq vip atm icbm icbms irbm slbm sam mlrs himars atacms apc apcs ifv mbt ew nato-style
q a ii iii iv vi vii viii ix xi xii xiii xiv xv xvi xvii xviii xix xx xxi
km kg mw gw kw twh mwh bcm mt bbl
laughter laughs laugh crosstalk applause sigh inaudible unintelligible cheers music pause ph sic
wwi wwii ww2 ww1 vp lgbt lgbtq lgbtqi jcpoa start new-start inf ussr-era ok
`.trim().split(/\s+/);

/**
 * Lowercase words that, right after a capitalised name, show it names a
 * programme, weapon, event or document rather than a person, organisation or
 * place ("the SAFE programme", "Baltops exercises").
 */
export const NON_ENTITY_HEADS: readonly string[] = `
program programme programs programmes plan plans initiative initiatives operation operations exercise exercises drill drills
package packages format formats treaty treaties agreement agreements accord accords deal deals act acts law laws
doctrine strategy project projects pipeline pipelines missile missiles system systems jet jets fighter fighters tank
tanks drone drones vaccine vaccines index award awards prize prizes medal medals lecture lectures cup games festival
talks process protocol
war wars crisis crises era style syndrome effect scandal affair case
`.trim().split(/\s+/);

/** Weekday names, which are capitalised but name nothing (months are in months.ts). */
export const WEEKDAYS: readonly string[] = `
monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun
понедельник вторник среда четверг пятница суббота воскресенье
`.trim().split(/\s+/);
