/**
 * Known organisations, one per row: `slug|Canonical name|other names…`.
 * The slug is the entity id and never changes once published. Names are
 * matched by capitalisation ("WHO" does not match "who"); a leading "the" is
 * optional in the text.
 */

/** International and intergovernmental organisations, and their main bodies. */
export const INTERNATIONAL: readonly string[] = [
  'nato|NATO|North Atlantic Treaty Organization|North Atlantic Treaty Organisation|North Atlantic Alliance|OTAN',
  'eu|European Union|EU|E.U.', 'un|United Nations|UN|U.N.|UNO',
  'un-security-council|UN Security Council|United Nations Security Council|UNSC|Security Council',
  'un-general-assembly|UN General Assembly|United Nations General Assembly|UNGA|General Assembly',
  'un-human-rights-council|UN Human Rights Council|Human Rights Council',
  'osce|OSCE|Organization for Security and Co-operation in Europe|Organization for Security and Cooperation in Europe',
  'imf|IMF|International Monetary Fund', 'world-bank|World Bank|World Bank Group', 'wto|WTO|World Trade Organization',
  'g7|G7|G-7|Group of Seven', 'g20|G20|G-20|Group of Twenty', 'g8|G8|G-8', 'brics|BRICS',
  'sco|SCO|Shanghai Cooperation Organisation|Shanghai Cooperation Organization',
  'csto|CSTO|Collective Security Treaty Organization|Collective Security Treaty Organisation',
  'council-of-europe|Council of Europe|PACE|Parliamentary Assembly of the Council of Europe',
  'european-commission|European Commission|EC', 'european-parliament|European Parliament|EP',
  'european-council|European Council', 'council-of-the-eu|Council of the European Union|Council of the EU',
  'ecb|European Central Bank|ECB', 'eeas|European External Action Service|EEAS',
  'echr|European Court of Human Rights|ECtHR', 'ecj|Court of Justice of the European Union|CJEU|European Court of Justice',
  'eib|European Investment Bank|EIB', 'ebrd|European Bank for Reconstruction and Development|EBRD',
  'frontex|Frontex', 'europol|Europol', 'interpol|Interpol|INTERPOL', 'opec|OPEC', 'opec-plus|OPEC+',
  'union-state|Union State|Union State of Russia and Belarus',
  'eaeu|Eurasian Economic Union|EAEU|EEU', 'eec|Eurasian Economic Commission',
  'cis|Commonwealth of Independent States|CIS', 'unesco|UNESCO', 'who|World Health Organization|WHO|World Health Organisation',
  'iaea|International Atomic Energy Agency|IAEA', 'icc|International Criminal Court|ICC',
  'icj|International Court of Justice|ICJ', 'unhcr|UNHCR|UN Refugee Agency', 'unicef|UNICEF', 'wfp|World Food Programme|WFP',
  'fao|Food and Agriculture Organization|FAO', 'ilo|International Labour Organization|ILO', 'undp|UNDP',
  'oecd|OECD|Organisation for Economic Co-operation and Development', 'asean|ASEAN|Association of Southeast Asian Nations',
  'african-union|African Union|AU', 'arab-league|Arab League|League of Arab States', 'gcc|Gulf Cooperation Council|GCC',
  'oic|Organisation of Islamic Cooperation|Organization of Islamic Cooperation|OIC', 'apec|APEC',
  'icrc|International Committee of the Red Cross|ICRC|Red Cross', 'ifrc|Red Crescent',
  'opcw|OPCW|Organisation for the Prohibition of Chemical Weapons', 'bis|Bank for International Settlements|BIS',
  'ndb|New Development Bank', 'aiib|Asian Infrastructure Investment Bank|AIIB', 'adb|Asian Development Bank',
  'swift|SWIFT', 'fatf|FATF|Financial Action Task Force', 'iea|International Energy Agency|IEA',
  'irena|IRENA', 'imo|International Maritime Organization', 'icao|ICAO|International Civil Aviation Organization',
  'wipo|WIPO', 'itu|International Telecommunication Union|ITU', 'upu|Universal Postal Union',
  'unrwa|UNRWA', 'ohchr|OHCHR|Office of the High Commissioner for Human Rights',
  'pca|Permanent Court of Arbitration', 'mercosur|Mercosur|MERCOSUR', 'celac|CELAC', 'oas|Organization of American States|OAS',
  'nordic-council|Nordic Council', 'council-of-the-baltic-sea-states|Council of the Baltic Sea States|CBSS',
  'arctic-council|Arctic Council', 'visegrad-group|Visegrad Group|Visegrád Group|V4',
  'bsec|Black Sea Economic Cooperation|BSEC', 'cica|CICA', 'nam|Non-Aligned Movement',
  'eurasian-development-bank|Eurasian Development Bank', 'ramstein-group|Ramstein group|Ukraine Defense Contact Group',
  'minsk-group|OSCE Minsk Group', 'weimar-triangle|Weimar Triangle', 'aukus|AUKUS', 'quad|Quad',
  'ioc|International Olympic Committee|IOC', 'fifa|FIFA', 'uefa|UEFA', 'wada|WADA|World Anti-Doping Agency',
  'amnesty-international|Amnesty International', 'human-rights-watch|Human Rights Watch|HRW',
  'greenpeace|Greenpeace', 'msf|Médecins Sans Frontières|Doctors Without Borders|MSF', 'transparency-international|Transparency International',
];

/** Governments' bodies, security services, armed forces and central banks. */
export const NATIONAL: readonly string[] = [
  'kremlin|Kremlin', 'white-house|White House', 'pentagon|Pentagon', 'us-state-department|State Department|US State Department|U.S. State Department',
  'us-congress|Congress|US Congress|U.S. Congress', 'us-senate|US Senate|U.S. Senate', 'us-treasury|US Treasury|U.S. Treasury|Treasury Department',
  'federal-reserve|Federal Reserve|Fed', 'cia|CIA|Central Intelligence Agency', 'fbi|FBI', 'nsa|NSA', 'dod|Department of Defense',
  'state-duma|State Duma|Duma', 'federation-council|Federation Council', 'russian-security-council|Security Council of Russia|Russian Security Council',
  'russian-mfa|Russian Foreign Ministry|Russian MFA|Ministry of Foreign Affairs of the Russian Federation|Foreign Ministry of Russia|Russian Ministry of Foreign Affairs',
  'russian-mod|Russian Defence Ministry|Russian Defense Ministry|Russian Ministry of Defence|Russian Ministry of Defense',
  'fsb|FSB|Federal Security Service', 'svr|SVR|Foreign Intelligence Service', 'gru|GRU', 'kgb|KGB', 'nkvd|NKVD',
  'general-staff|General Staff', 'rosgvardia|Rosgvardia|National Guard of Russia', 'wagner|Wagner|Wagner Group|PMC Wagner',
  'bank-of-russia|Bank of Russia|Central Bank of Russia|Central Bank of the Russian Federation', 'vnesheconombank|VEB|Vnesheconombank',
  'verkhovna-rada|Verkhovna Rada|Rada', 'sbu|SBU|Security Service of Ukraine', 'gur|GUR|HUR', 'naftogaz|Naftogaz',
  'azov|Azov Battalion|Azov Regiment|Azov Brigade', 'afu|Armed Forces of Ukraine|AFU|ZSU',
  'national-bank-of-ukraine|National Bank of Ukraine|NBU', 'national-bank-of-belarus|National Bank of Belarus',
  'belarus-mfa|Belarusian Foreign Ministry|Ministry of Foreign Affairs of Belarus|Ministry of Foreign Affairs of the Republic of Belarus',
  'bundestag|Bundestag', 'bundeswehr|Bundeswehr', 'bundesbank|Bundesbank', 'bnd|BND', 'elysee|Élysée Palace|Elysee Palace|Élysée|Elysee',
  'quai-dorsay|Quai d\'Orsay', 'downing-street|Downing Street|Number 10', 'foreign-office|Foreign Office|FCDO|Foreign, Commonwealth and Development Office',
  'house-of-commons|House of Commons', 'house-of-lords|House of Lords', 'mi6|MI6', 'mi5|MI5', 'bank-of-england|Bank of England',
  'sejm|Sejm', 'knesset|Knesset', 'mossad|Mossad', 'idf|IDF|Israel Defense Forces', 'hamas|Hamas', 'hezbollah|Hezbollah|Hizbollah',
  'taliban|Taliban', 'isis|ISIS|ISIL|Islamic State|Daesh', 'al-qaeda|Al-Qaeda|al-Qaeda|Al Qaeda', 'houthis|Houthis|Ansar Allah',
  'pla|PLA|People\'s Liberation Army', 'cpc|Communist Party of China|CPC|CCP|Chinese Communist Party', 'peoples-bank-of-china|People\'s Bank of China',
  'bank-of-japan|Bank of Japan', 'irgc|IRGC|Islamic Revolutionary Guard Corps', 'nbb|National Bank of Belgium',
  'united-russia|United Russia', 'kprf|Communist Party of the Russian Federation|KPRF', 'ldpr|LDPR',
];

/** Religious bodies. */
export const RELIGIOUS: readonly string[] = [
  'russian-orthodox-church|Russian Orthodox Church|ROC|Moscow Patriarchate',
  'ukrainian-orthodox-church|Ukrainian Orthodox Church|UOC', 'orthodox-church-of-ukraine|Orthodox Church of Ukraine|OCU',
  'ecumenical-patriarchate|Ecumenical Patriarchate|Patriarchate of Constantinople', 'catholic-church|Catholic Church|Roman Catholic Church',
  'belarusian-orthodox-church|Belarusian Orthodox Church', 'rocor|Russian Orthodox Church Outside of Russia|ROCOR',
];

/** Companies and exchanges often named in economic and energy questions. */
export const COMPANIES: readonly string[] = [
  'gazprom|Gazprom', 'gazprom-neft|Gazprom Neft', 'gazprombank|Gazprombank', 'rosneft|Rosneft', 'lukoil|Lukoil|LUKOIL',
  'novatek|Novatek|NOVATEK', 'alrosa|Alrosa|ALROSA', 'sberbank|Sberbank|Sber', 'vtb|VTB|VTB Bank', 'rosatom|Rosatom',
  'roscosmos|Roscosmos', 'rostec|Rostec', 'aeroflot|Aeroflot', 'russian-railways|Russian Railways|RZD', 'transneft|Transneft',
  'nornickel|Nornickel|Norilsk Nickel', 'rusal|Rusal', 'severstal|Severstal', 'surgutneftegas|Surgutneftegas',
  'uralkali|Uralkali', 'phosagro|PhosAgro', 'yandex|Yandex', 'kaspersky|Kaspersky', 'moex|Moscow Exchange|MOEX',
  'belaruskali|Belaruskali', 'belavia|Belavia', 'nord-stream|Nord Stream AG',
  'euroclear|Euroclear', 'clearstream|Clearstream', 'swift-company|SWIFT scrl', 'gasunie|Gasunie',
  'uniper|Uniper', 'rwe|RWE', 'eon|E.ON', 'engie|Engie|ENGIE', 'totalenergies|TotalEnergies', 'shell|Shell plc',
  'bp|BP', 'exxonmobil|ExxonMobil|Exxon', 'chevron|Chevron', 'equinor|Equinor', 'eni|Eni|ENI', 'omv|OMV', 'mol|MOL',
  'orlen|Orlen|PKN Orlen', 'snam|Snam', 'enagas|Enagás|Enagas', 'wintershall|Wintershall Dea', 'siemens|Siemens',
  'rheinmetall|Rheinmetall', 'airbus|Airbus', 'boeing|Boeing', 'lockheed-martin|Lockheed Martin', 'raytheon|Raytheon|RTX',
  'northrop-grumman|Northrop Grumman', 'general-dynamics|General Dynamics', 'bae-systems|BAE Systems', 'thales|Thales',
  'saab|Saab', 'kongsberg|Kongsberg', 'fn-herstal|FN Herstal', 'john-cockerill|John Cockerill',
  'spacex|SpaceX', 'starlink|Starlink', 'tesla|Tesla', 'google|Google', 'microsoft|Microsoft',
  'facebook|Facebook', 'twitter|Twitter', 'telegram|Telegram', 'tiktok|TikTok', 'huawei|Huawei',
  'de-beers|De Beers', 'tiffany|Tiffany & Co.|Tiffany and Co.', 'lvmh|LVMH', 'blackrock|BlackRock', 'goldman-sachs|Goldman Sachs',
  'jpmorgan|JPMorgan|JPMorgan Chase|J.P. Morgan', 'citigroup|Citigroup|Citi', 'ubs|UBS', 'deutsche-bank|Deutsche Bank',
  'raiffeisen|Raiffeisen|Raiffeisen Bank International', 'unicredit|UniCredit', 'ing|ING', 'kbc|KBC', 'belfius|Belfius',
  'bnp-paribas|BNP Paribas', 'societe-generale|Société Générale|Societe Generale', 'visa|Visa', 'mastercard|Mastercard',
  'maersk|Maersk', 'msc|MSC', 'cosco|COSCO', 'port-of-antwerp|Port of Antwerp-Bruges|Port of Antwerp', 'awdc|Antwerp World Diamond Centre|AWDC',
  'cnpc|CNPC|China National Petroleum Corporation', 'sinopec|Sinopec', 'saudi-aramco|Saudi Aramco|Aramco', 'adnoc|ADNOC',
  'qatarenergy|QatarEnergy', 'socar|SOCAR', 'botas|BOTAŞ|BOTAS', 'kazmunaygas|KazMunayGas', 'turkstream|TurkStream',
];

/** News agencies, newspapers and broadcasters. */
export const MEDIA: readonly string[] = [
  'reuters|Reuters', 'bloomberg|Bloomberg', 'ap|Associated Press|AP', 'afp|Agence France-Presse|AFP', 'tass|TASS|ITAR-TASS',
  'ria-novosti|RIA Novosti|RIA', 'rossiya-segodnya|Rossiya Segodnya|Russia Today Media Group', 'sputnik|Sputnik', 'rt|RT|Russia Today',
  'interfax|Interfax', 'kommersant|Kommersant', 'izvestia|Izvestia|Izvestiya', 'rbc|RBC|RBK', 'vedomosti|Vedomosti',
  'rossiyskaya-gazeta|Rossiyskaya Gazeta', 'komsomolskaya-pravda|Komsomolskaya Pravda', 'pravda|Pravda', 'argumenty-i-fakty|Argumenty i Fakty',
  'channel-one|Channel One', 'rossiya-1|Rossiya 1|Russia-1', 'ntv|NTV', 'vgtrk|VGTRK', 'meduza|Meduza', 'novaya-gazeta|Novaya Gazeta',
  'belta|BelTA', 'ukrinform|Ukrinform', 'ukrainska-pravda|Ukrainska Pravda', 'kyiv-independent|Kyiv Independent',
  'bbc|BBC|British Broadcasting Corporation', 'cnn|CNN', 'fox-news|Fox News', 'nbc|NBC', 'cbs|CBS', 'abc-news|ABC News', 'npr|NPR',
  'politico|Politico|POLITICO', 'axios|Axios', 'the-new-york-times|New York Times|The New York Times|NYT',
  'the-washington-post|Washington Post|The Washington Post', 'wall-street-journal|Wall Street Journal|The Wall Street Journal|WSJ',
  'financial-times|Financial Times|FT', 'the-economist|The Economist|Economist', 'the-guardian|The Guardian',
  'the-times|The Times', 'the-telegraph|The Telegraph|Daily Telegraph', 'the-independent|The Independent',
  'daily-mail|Daily Mail', 'sky-news|Sky News', 'newsweek|Newsweek', 'time|Time magazine', 'the-atlantic|The Atlantic',
  'foreign-affairs|Foreign Affairs magazine', 'foreign-policy|Foreign Policy magazine',
  'le-monde|Le Monde', 'le-figaro|Le Figaro', 'liberation|Libération', 'france-24|France 24', 'rfi|RFI', 'afp-tv|France Télévisions',
  'der-spiegel|Der Spiegel|Spiegel', 'die-welt|Die Welt', 'bild|Bild', 'faz|Frankfurter Allgemeine Zeitung|FAZ',
  'suddeutsche-zeitung|Süddeutsche Zeitung', 'die-zeit|Die Zeit', 'dw|Deutsche Welle|DW', 'ard|ARD', 'zdf|ZDF',
  'el-pais|El País|El Pais', 'el-mundo|El Mundo', 'efe|EFE', 'europa-press|Europa Press',
  'corriere-della-sera|Corriere della Sera', 'la-repubblica|La Repubblica', 'la-stampa|La Stampa', 'ansa|ANSA', 'rai|RAI',
  'le-soir|Le Soir', 'de-standaard|De Standaard', 'de-morgen|De Morgen', 'la-libre-belgique|La Libre Belgique|La Libre',
  'rtbf|RTBF', 'vrt|VRT', 'het-laatste-nieuws|Het Laatste Nieuws|HLN', 'belga|Belga',
  'gazeta-wyborcza|Gazeta Wyborcza', 'rzeczpospolita|Rzeczpospolita', 'pap|PAP', 'euronews|Euronews', 'euractiv|Euractiv|EURACTIV',
  'al-jazeera|Al Jazeera|Al-Jazeera', 'al-arabiya|Al Arabiya', 'xinhua|Xinhua', 'cgtn|CGTN', 'global-times|Global Times',
  'south-china-morning-post|South China Morning Post|SCMP', 'nhk|NHK', 'kyodo|Kyodo', 'yonhap|Yonhap', 'anadolu|Anadolu Agency|Anadolu',
  'trt|TRT', 'irna|IRNA', 'times-of-india|Times of India',
];

/** Capitalised words that end an organisation's name ("Laurelton Diamonds", "Foreign Ministry"). */
export const ORG_SUFFIXES: readonly string[] = `
Ministry Ministries Bank Banks Council Commission Company Co. Co Corporation Corp. Corp Group Agency Service Services
Church Diocese Archdiocese Eparchy Patriarchate Parliament Party University Institute Fund Committee Mission
Representation Delegation Embassy Consulate Staff Diamonds Inc. Inc Ltd. Ltd PJSC JSC OJSC CJSC LLC LLP AG SA S.A. NV
N.V. GmbH plc PLC SE BV B.V. SpA S.p.A. Holding Holdings Industries Airlines Airways Railways Foundation Association
Federation Alliance Organization Organisation Office Department Directorate Administration Court Tribunal Assembly Duma
Senate Congress Cabinet Government Secretariat Guard Forces Navy Police Command Academy School College Center Centre
Board Authority Seminary Order Bureau Chamber Exchange Network Society League Movement Brigade Battalion Regiment Division Corps
Media News Times Post Journal Gazette Herald Tribune Press Radio Channel Television Energy Oil Gas Petroleum Motors
Systems Technologies Pharma Pharmaceuticals Capital Partners Trust Securities Investments Union Coalition Club Forum
Cooperative Enterprises Works Plant Shipyard Shipyards Laboratories Lab Labs Hospital Museum Library Theatre Theater
Orchestra Commissariat Prosecutor's Procuracy Inspectorate Chancellery Presidency Secretariat Headquarters
`.trim().split(/\s+/);

/** Phrases that open an organisation's name ("Bank of Russia", "Permanent Mission to NATO"). */
export const ORG_PREFIXES: readonly string[] = [
  'Bank of', 'Central Bank of', 'National Bank of', 'Ministry of', 'Ministry for', 'Embassy of', 'Consulate General of',
  'Permanent Representation to', 'Permanent Representation of', 'Permanent Mission to', 'Permanent Mission of',
  'Mission to', 'Delegation to', 'Delegation of', 'University of', 'Institute of', 'Institute for', 'Academy of',
  'Council of', 'Council for', 'Committee on', 'Committee for', 'Committee of', 'Office of', 'Department of',
  'Government of', 'Parliament of', 'Supreme Court of', 'Constitutional Court of', 'Prosecutor General\'s Office of',
  'Federation of', 'Union of', 'Association of', 'Chamber of', 'Church of', 'Diocese of', 'Archdiocese of',
  'Patriarchate of', 'House of', 'Armed Forces of', 'Security Service of', 'Foundation for',
];

/** Legal forms written before a company's name ("PJSC Novatek", `MIA "Rossiya Segodnya"`). */
export const ORG_FORMS: readonly string[] = [
  'PJSC', 'OJSC', 'CJSC', 'JSC', 'LLC', 'OOO', 'PAO', 'OAO', 'ZAO', 'FSUE', 'ANO', 'MIA', 'SUE', 'NPO',
  'ПАО', 'ОАО', 'ЗАО', 'АО', 'ООО', 'ФГУП', 'ГУП', 'МИА', 'АНО', 'НКО',
];

/**
 * Lowercase nouns that, right before a capitalised name, say what it is
 * ("the gas transport company Fluxys", "the depository Euroclear").
 */
export const ORG_CUE_NOUNS: readonly string[] = `
company companies firm firms corporation conglomerate group holding concern giant operator producer manufacturer
maker supplier exporter importer subsidiary subsidiaries bank lender insurer depository clearinghouse exchange
fund investor agency newspaper magazine outlet broadcaster channel network website portal publication
tabloid agency's party movement organisation organization ngo foundation association union alliance bloc
airline carrier shipyard refinery brand startup start-up platform watchdog regulator ministry department
`.trim().split(/\s+/);

// ---------------------------------------------------------------------------
// Russian. Rows in the nominative, `slug|Canonical|other names…`, with the slugs of the English rows; the
// entity stage adds the case forms (src/lexicon/russian.ts).

/** International, national, religious bodies, companies and media named in Russian. */
export const RU_ORGANISATIONS: readonly string[] = [
  'nato|НАТО|Североатлантический альянс|Северо-Атлантический альянс', 'eu|Европейский союз|ЕС|Евросоюз',
  'un|ООН|Организация Объединенных Наций', 'un-security-council|Совет Безопасности ООН|СБ ООН|Совбез ООН',
  'un-general-assembly|Генеральная Ассамблея ООН|Генассамблея ООН', 'osce|ОБСЕ|Организация по безопасности и сотрудничеству в Европе',
  'imf|МВФ|Международный валютный фонд', 'world-bank|Всемирный банк', 'wto|ВТО|Всемирная торговая организация',
  'eaeu|ЕАЭС|Евразийский экономический союз', 'eec|ЕЭК|Евразийская экономическая комиссия',
  'csto|ОДКБ|Организация Договора о коллективной безопасности', 'sco|ШОС|Шанхайская организация сотрудничества',
  'brics|БРИКС', 'cis|СНГ|Содружество Независимых Государств', 'union-state|Союзное государство|Союзное государство России и Беларуси',
  'g7|G7|Большая семерка', 'g20|G20|Большая двадцатка', 'european-commission|Европейская комиссия|Еврокомиссия',
  'european-parliament|Европейский парламент|Европарламент', 'european-council|Европейский совет|Евросовет',
  'council-of-europe|Совет Европы', 'pace|ПАСЕ', 'ecb|ЕЦБ|Европейский центральный банк', 'ebrd|ЕБРР',
  'eurasian-development-bank|ЕАБР|Евразийский банк развития', 'ndb|Новый банк развития', 'aiib|АБИИ',
  'iaea|МАГАТЭ', 'who|ВОЗ|Всемирная организация здравоохранения', 'unesco|ЮНЕСКО', 'unicef|ЮНИСЕФ',
  'opec|ОПЕК', 'opec-plus|ОПЕК+', 'icc|МУС|Международный уголовный суд', 'icj|Международный суд ООН|Международный суд',
  'asean|АСЕАН', 'african-union|Африканский союз', 'arab-league|Лига арабских государств|ЛАГ',
  'gcc|Совет сотрудничества арабских государств Персидского залива|ССАГПЗ', 'oic|Организация исламского сотрудничества|ОИС',
  'icrc|Международный комитет Красного Креста|МККК|Красный Крест', 'interpol|Интерпол', 'opcw|ОЗХО', 'fatf|ФАТФ',
  'cica|СВМДА', 'oecd|ОЭСР', 'swift|SWIFT', 'frontex|Фронтекс', 'europol|Европол',
  'kremlin|Кремль', 'white-house|Белый дом', 'pentagon|Пентагон', 'us-state-department|Госдепартамент|Госдеп|Государственный департамент',
  'us-congress|Конгресс США', 'us-senate|Сенат США', 'federal-reserve|ФРС', 'cia|ЦРУ', 'fbi|ФБР',
  'state-duma|Государственная дума|Госдума', 'federation-council|Совет Федерации|Совфед',
  'russian-security-council|Совет безопасности России|Совбез России|Совет безопасности РФ',
  'russian-mfa|МИД России|МИД РФ|Министерство иностранных дел России|Министерство иностранных дел Российской Федерации|российский МИД',
  'russian-mod|Минобороны России|Министерство обороны России|Министерство обороны Российской Федерации|Минобороны РФ',
  'fsb|ФСБ', 'svr|СВР', 'gru|ГРУ', 'kgb|КГБ', 'general-staff|Генштаб|Генеральный штаб', 'rosgvardia|Росгвардия',
  'bank-of-russia|Банк России|Центробанк|ЦБ РФ', 'verkhovna-rada|Верховная рада|Верховная Рада', 'sbu|СБУ',
  'afu|ВСУ|Вооруженные силы Украины', 'bundestag|Бундестаг', 'bundeswehr|Бундесвер', 'elysee|Елисейский дворец',
  'hamas|ХАМАС', 'hezbollah|Хезболла', 'taliban|Талибан', 'isis|ИГИЛ|Исламское государство', 'houthis|хуситы|Ансар Аллах',
  'united-russia|Единая Россия', 'kprf|КПРФ', 'ldpr|ЛДПР',
  'russian-orthodox-church|Русская православная церковь|РПЦ|Московский патриархат',
  'gazprom|Газпром', 'gazprom-neft|Газпром нефть', 'rosneft|Роснефть', 'lukoil|Лукойл|ЛУКОЙЛ', 'novatek|Новатэк|НОВАТЭК',
  'rosatom|Росатом', 'sberbank|Сбербанк|Сбер', 'vtb|ВТБ', 'rostec|Ростех', 'roscosmos|Роскосмос', 'aeroflot|Аэрофлот',
  'russian-railways|РЖД|Российские железные дороги', 'transneft|Транснефть', 'nornickel|Норникель|Норильский никель',
  'rusal|Русал', 'yandex|Яндекс', 'kazmunaygas|КазМунайГаз', 'belaruskali|Беларуськалий', 'alrosa|Алроса|АЛРОСА',
  'tass|ТАСС', 'ria-novosti|РИА Новости', 'rossiya-segodnya|Россия сегодня', 'interfax|Интерфакс',
  'kommersant|Коммерсантъ|Коммерсант', 'izvestia|Известия', 'rbc|РБК', 'vedomosti|Ведомости',
  'rossiyskaya-gazeta|Российская газета', 'belta|БелТА', 'kazinform|Казинформ', 'channel-one|Первый канал', 'rt|RT',
];

/**
 * Russian nouns that head an organisation's name, followed by its genitive complements ("Министерство
 * иностранных дел Карвении", "Посольство Республики Карвения в Казахстане"). Nominative; the stage adds the
 * case forms and names the organisation in the nominative.
 */
export const RU_ORG_HEADS: readonly string[] = [
  'Министерство', 'Правительство', 'Администрация', 'Аппарат', 'Посольство', 'Генконсульство', 'Генеральное консульство',
  'Консульство', 'Постпредство', 'Представительство', 'Постоянное представительство', 'Миссия', 'Совет', 'Комитет',
  'Комиссия', 'Служба', 'Агентство', 'Управление', 'Департамент', 'Банк', 'Центробанк', 'Фонд', 'Университет',
  'Институт', 'Академия', 'Дума', 'Парламент', 'Сенат', 'Палата', 'Ассамблея', 'Организация', 'Союз', 'Партия',
  'Корпорация', 'Компания', 'Госкорпорация', 'Федерация', 'Ассоциация', 'Конгресс', 'Меджлис', 'Мажилис', 'Сейм',
  'Суд', 'Прокуратура', 'Генпрокуратура', 'Верховный суд', 'Конституционный суд', 'Следственный комитет', 'Минфин',
  'Минэкономразвития', 'Минэнерго', 'Минпромторг', 'Минобрнауки', 'Минюст', 'Минздрав', 'Минтранс', 'Минсельхоз',
  'Минкультуры', 'Минцифры', 'МИД', 'МВД', 'МЧС',
];

/** Prepositions that continue an organisation's name after these heads ("Посольство России в Казахстане"). */
export const RU_ORG_PLACE_HEADS: readonly string[] = [
  'Посольство', 'Генконсульство', 'Генеральное консульство', 'Консульство', 'Постпредство', 'Представительство',
  'Постоянное представительство', 'Миссия',
];

/** Lowercase Russian nouns that, before a quoted or capitalised name, say it is an organisation ("компания «Карвгаз»"). */
export const RU_ORG_CUE_NOUNS: readonly string[] = [
  'компания', 'агентство', 'информагентство', 'корпорация', 'госкорпорация', 'концерн', 'холдинг', 'банк', 'фонд',
  'газета', 'издание', 'телеканал', 'радиостанция', 'журнал', 'портал', 'партия', 'движение', 'ассоциация', 'организация',
  'предприятие', 'завод', 'комбинат', 'группа', 'объединение', 'общество', 'издательство', 'оператор', 'производитель',
  'университет', 'институт', 'центр', 'клуб', 'альянс', 'союз', 'платформа', 'сеть', 'биржа', 'трест', 'фирма',
];
