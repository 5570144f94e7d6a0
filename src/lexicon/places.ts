/**
 * Gazetteer of places. Each row is `Canonical|other name|other name`, or for
 * countries `ID|Canonical|other names…` where ID is the ISO 3166-1 alpha-2
 * code (a withdrawn code for historical states: SU, YU, CS, DD; XK for Kosovo,
 * as the EU and IMF use). Names are matched by capitalisation: "US" does not
 * match "us". A leading "the" is optional in the text and may be written here
 * when it belongs to the name ("The Hague").
 */

/** Sovereign states, dependent territories and historical states. */
export const COUNTRIES: readonly string[] = [
  'AF|Afghanistan|Islamic Republic of Afghanistan|Islamic Emirate of Afghanistan',
  'AL|Albania', 'DZ|Algeria', 'AD|Andorra', 'AO|Angola', 'AG|Antigua and Barbuda',
  'AR|Argentina|Argentine Republic', 'AM|Armenia', 'AU|Australia|Commonwealth of Australia', 'AT|Austria',
  'AZ|Azerbaijan', 'BS|Bahamas|The Bahamas', 'BH|Bahrain', 'BD|Bangladesh', 'BB|Barbados',
  'BY|Belarus|Byelorussia|Belorussia|Belarussia', 'BE|Belgium', 'BZ|Belize', 'BJ|Benin', 'BT|Bhutan',
  'BO|Bolivia|Plurinational State of Bolivia', 'BA|Bosnia and Herzegovina|Bosnia-Herzegovina|Bosnia|BiH',
  'BW|Botswana', 'BR|Brazil|Federative Republic of Brazil', 'BN|Brunei|Brunei Darussalam', 'BG|Bulgaria',
  'BF|Burkina Faso', 'BI|Burundi', 'CV|Cape Verde|Cabo Verde', 'KH|Cambodia', 'CM|Cameroon', 'CA|Canada',
  'CF|Central African Republic', 'TD|Chad', 'CL|Chile', 'CN|China|People\'s Republic of China|PRC|Mainland China',
  'CO|Colombia', 'KM|Comoros', 'CG|Republic of the Congo|Congo-Brazzaville|Congo Republic',
  'CD|Democratic Republic of the Congo|DR Congo|DRC|Congo-Kinshasa|Congo', 'CR|Costa Rica',
  'CI|Ivory Coast|Côte d\'Ivoire|Cote d\'Ivoire', 'HR|Croatia', 'CU|Cuba', 'CY|Cyprus',
  'CZ|Czech Republic|Czechia', 'DK|Denmark', 'DJ|Djibouti', 'DM|Dominica', 'DO|Dominican Republic',
  'EC|Ecuador', 'EG|Egypt|Arab Republic of Egypt', 'SV|El Salvador', 'GQ|Equatorial Guinea', 'ER|Eritrea',
  'EE|Estonia', 'SZ|Eswatini|Swaziland', 'ET|Ethiopia', 'FJ|Fiji', 'FI|Finland', 'FR|France|French Republic',
  'GA|Gabon', 'GM|Gambia|The Gambia', 'GE|Georgia', 'DE|Germany|Federal Republic of Germany|FRG|West Germany',
  'GH|Ghana', 'GR|Greece|Hellenic Republic', 'GD|Grenada', 'GT|Guatemala', 'GN|Guinea', 'GW|Guinea-Bissau',
  'GY|Guyana', 'HT|Haiti', 'HN|Honduras', 'HU|Hungary', 'IS|Iceland', 'IN|India|Bharat', 'ID|Indonesia',
  'IR|Iran|Islamic Republic of Iran|Persia', 'IQ|Iraq', 'IE|Ireland|Republic of Ireland|Eire', 'IL|Israel|State of Israel',
  'IT|Italy|Italian Republic', 'JM|Jamaica', 'JP|Japan', 'JO|Jordan|Hashemite Kingdom of Jordan', 'KZ|Kazakhstan',
  'KE|Kenya', 'KI|Kiribati', 'KP|North Korea|DPRK|Democratic People\'s Republic of Korea',
  'KR|South Korea|Republic of Korea|Korea', 'KW|Kuwait', 'KG|Kyrgyzstan|Kyrgyz Republic|Kirghizia',
  'LA|Laos|Lao PDR|Lao People\'s Democratic Republic', 'LV|Latvia', 'LB|Lebanon', 'LS|Lesotho', 'LR|Liberia',
  'LY|Libya', 'LI|Liechtenstein', 'LT|Lithuania', 'LU|Luxembourg|Grand Duchy of Luxembourg', 'MG|Madagascar',
  'MW|Malawi', 'MY|Malaysia', 'MV|Maldives', 'ML|Mali', 'MT|Malta', 'MH|Marshall Islands', 'MR|Mauritania',
  'MU|Mauritius', 'MX|Mexico|United Mexican States', 'FM|Micronesia', 'MD|Moldova|Republic of Moldova|Moldavia',
  'MC|Monaco|Principality of Monaco', 'MN|Mongolia', 'ME|Montenegro', 'MA|Morocco', 'MZ|Mozambique',
  'MM|Myanmar|Burma', 'NA|Namibia', 'NR|Nauru', 'NP|Nepal', 'NL|Netherlands|Holland|Kingdom of the Netherlands',
  'NZ|New Zealand', 'NI|Nicaragua', 'NE|Niger', 'NG|Nigeria', 'MK|North Macedonia|Macedonia|Republic of North Macedonia',
  'NO|Norway', 'OM|Oman', 'PK|Pakistan', 'PW|Palau', 'PS|Palestine|State of Palestine|Palestinian territories',
  'PA|Panama', 'PG|Papua New Guinea', 'PY|Paraguay', 'PE|Peru', 'PH|Philippines', 'PL|Poland', 'PT|Portugal',
  'QA|Qatar', 'RO|Romania', 'RU|Russia|Russian Federation', 'RW|Rwanda', 'KN|Saint Kitts and Nevis',
  'LC|Saint Lucia', 'VC|Saint Vincent and the Grenadines', 'WS|Samoa', 'SM|San Marino',
  'ST|São Tomé and Príncipe|Sao Tome and Principe', 'SA|Saudi Arabia|KSA', 'SN|Senegal', 'RS|Serbia',
  'SC|Seychelles', 'SL|Sierra Leone', 'SG|Singapore', 'SK|Slovakia|Slovak Republic', 'SI|Slovenia',
  'SB|Solomon Islands', 'SO|Somalia', 'ZA|South Africa', 'SS|South Sudan', 'ES|Spain', 'LK|Sri Lanka|Ceylon',
  'SD|Sudan', 'SR|Suriname', 'SE|Sweden', 'CH|Switzerland|Swiss Confederation', 'SY|Syria|Syrian Arab Republic',
  'TW|Taiwan|Republic of China', 'TJ|Tajikistan', 'TZ|Tanzania', 'TH|Thailand|Siam', 'TL|Timor-Leste|East Timor',
  'TG|Togo', 'TO|Tonga', 'TT|Trinidad and Tobago', 'TN|Tunisia', 'TR|Turkey|Türkiye|Turkiye', 'TM|Turkmenistan',
  'TV|Tuvalu', 'UG|Uganda', 'UA|Ukraine', 'AE|United Arab Emirates|UAE|U.A.E.',
  'GB|United Kingdom|UK|U.K.|Britain|Great Britain|United Kingdom of Great Britain and Northern Ireland',
  'US|United States|United States of America|USA|U.S.A.|US|U.S.|America', 'UY|Uruguay', 'UZ|Uzbekistan',
  'VU|Vanuatu', 'VA|Vatican|Vatican City|Holy See', 'VE|Venezuela|Bolivarian Republic of Venezuela',
  'VN|Vietnam|Viet Nam|Socialist Republic of Vietnam', 'YE|Yemen', 'ZM|Zambia', 'ZW|Zimbabwe', 'XK|Kosovo',
  // dependent territories
  'GL|Greenland', 'HK|Hong Kong', 'MO|Macau|Macao', 'PR|Puerto Rico', 'GI|Gibraltar', 'FO|Faroe Islands|Faroes',
  'SJ|Svalbard', 'NC|New Caledonia', 'PF|French Polynesia', 'GU|Guam', 'BM|Bermuda', 'KY|Cayman Islands',
  'VG|British Virgin Islands', 'IM|Isle of Man', 'GG|Guernsey', 'AW|Aruba', 'CW|Curaçao|Curacao',
  'EH|Western Sahara', 'FK|Falkland Islands|Falklands|Malvinas', 'AX|Åland|Aland Islands',
  // historical states (ISO 3166-3 withdrawn alpha-2 codes)
  'SU|USSR|U.S.S.R.|Soviet Union|Union of Soviet Socialist Republics',
  'YU|Yugoslavia|Socialist Federal Republic of Yugoslavia|SFRY|Federal Republic of Yugoslavia',
  'CS|Czechoslovakia', 'DD|East Germany|GDR|German Democratic Republic',
];

/** Monarchies: "the Kingdom" in a document about one of them refers to it. */
export const KINGDOMS: readonly string[] = [
  'BE', 'NL', 'ES', 'SE', 'NO', 'DK', 'GB', 'SA', 'JO', 'MA', 'TH', 'BH', 'KH', 'BT', 'LS', 'SZ', 'TO',
];

/** Capitals and major cities, with other spellings. The first name is the current English form. */
export const CITIES: readonly string[] = [
  // Ukraine, Russia, Belarus
  'Kyiv|Kiev', 'Kharkiv|Kharkov', 'Odesa|Odessa', 'Lviv|Lvov|Lwów', 'Dnipro|Dnepropetrovsk|Dnipropetrovsk',
  'Zaporizhzhia|Zaporizhia|Zaporozhye|Zaporozhie|Zaporojie', 'Kherson', 'Mariupol', 'Donetsk', 'Luhansk|Lugansk',
  'Mykolaiv|Nikolaev|Nikolayev', 'Sumy', 'Chernihiv|Chernigov', 'Poltava', 'Vinnytsia|Vinnitsa', 'Zhytomyr|Zhitomir',
  'Bakhmut|Artemovsk|Artyomovsk', 'Avdiivka|Avdeyevka', 'Kramatorsk', 'Sloviansk|Slavyansk', 'Melitopol',
  'Berdyansk|Berdiansk', 'Severodonetsk|Sievierodonetsk', 'Lysychansk|Lisichansk', 'Kupiansk|Kupyansk', 'Pokrovsk',
  'Chasiv Yar', 'Izium|Izyum', 'Bucha', 'Irpin', 'Chernobyl|Chornobyl', 'Uzhhorod|Uzhgorod', 'Ivano-Frankivsk',
  'Ternopil', 'Rivne|Rovno', 'Lutsk', 'Kryvyi Rih|Krivoy Rog', 'Enerhodar|Energodar', 'Kerch', 'Yalta',
  'Sevastopol', 'Simferopol', 'Feodosia', 'Yevpatoria|Evpatoria',
  'Moscow', 'Saint Petersburg|St. Petersburg|St Petersburg|Petersburg|Leningrad|Petrograd',
  'Veliky Novgorod|Novgorod', 'Nizhny Novgorod|Gorky', 'Vladivostok', 'Yekaterinburg|Ekaterinburg|Sverdlovsk',
  'Novosibirsk', 'Kazan', 'Samara', 'Omsk', 'Chelyabinsk', 'Rostov-on-Don|Rostov', 'Ufa', 'Krasnoyarsk', 'Perm',
  'Voronezh', 'Volgograd|Stalingrad', 'Krasnodar', 'Saratov', 'Tyumen', 'Irkutsk', 'Khabarovsk', 'Murmansk',
  'Arkhangelsk|Archangel', 'Kaliningrad|Königsberg|Konigsberg', 'Sochi', 'Pskov', 'Smolensk', 'Tula', 'Kursk',
  'Belgorod', 'Bryansk', 'Grozny', 'Makhachkala', 'Yakutsk', 'Norilsk', 'Magadan', 'Tver', 'Yaroslavl', 'Vologda',
  'Orel|Oryol', 'Lipetsk', 'Tambov', 'Penza', 'Astrakhan', 'Kemerovo', 'Tomsk', 'Barnaul', 'Novorossiysk',
  'Ust-Luga', 'Primorsk', 'Taganrog', 'Petrozavodsk', 'Vorkuta', 'Severomorsk', 'Ulan-Ude', 'Chita',
  'Minsk', 'Brest', 'Grodno|Hrodna', 'Gomel|Homel', 'Vitebsk|Viciebsk', 'Mogilev|Mahilyow|Mogilyov', 'Bobruisk|Babruysk',
  'Baranovichi', 'Pinsk', 'Orsha', 'Polotsk',
  // rest of Europe
  'Warsaw', 'Kraków|Krakow|Cracow', 'Gdańsk|Gdansk|Danzig', 'Wrocław|Wroclaw', 'Poznań|Poznan', 'Łódź|Lodz', 'Lublin',
  'Rzeszów|Rzeszow', 'Białystok|Bialystok', 'Szczecin', 'Katowice', 'Gdynia',
  'Vilnius', 'Kaunas', 'Klaipėda|Klaipeda', 'Riga', 'Daugavpils', 'Tallinn', 'Narva', 'Tartu',
  'Brussels', 'Antwerp', 'Ghent|Gent', 'Bruges|Brugge', 'Liège|Liege', 'Namur', 'Charleroi', 'Leuven', 'Mons',
  'Zeebrugge', 'Ostend|Oostende', 'The Hague|Hague|Den Haag', 'Amsterdam', 'Rotterdam', 'Utrecht', 'Eindhoven',
  'Berlin', 'Munich|München', 'Hamburg', 'Frankfurt', 'Cologne|Köln', 'Bonn', 'Stuttgart', 'Düsseldorf|Dusseldorf',
  'Dresden', 'Leipzig', 'Hanover|Hannover', 'Nuremberg|Nürnberg', 'Bremen', 'Ramstein', 'Potsdam',
  'Paris', 'Marseille|Marseilles', 'Lyon', 'Strasbourg', 'Bordeaux', 'Toulouse', 'Lille', 'Nantes',
  'London', 'Manchester', 'Birmingham', 'Edinburgh', 'Glasgow', 'Liverpool', 'Belfast', 'Cardiff', 'Oxford', 'Cambridge',
  'Dublin', 'Rome', 'Milan', 'Naples', 'Turin', 'Florence', 'Venice', 'Genoa', 'Bologna', 'Palermo',
  'Madrid', 'Barcelona', 'Valencia', 'Seville|Sevilla', 'Bilbao', 'Málaga|Malaga', 'Lisbon', 'Porto',
  'Bern|Berne', 'Geneva', 'Zurich|Zürich', 'Basel', 'Lausanne', 'Davos', 'Vienna', 'Salzburg',
  'Stockholm', 'Gothenburg|Göteborg', 'Oslo', 'Copenhagen', 'Helsinki', 'Reykjavik|Reykjavík',
  'Prague', 'Bratislava', 'Budapest', 'Bucharest', 'Constanța|Constanta', 'Sofia', 'Varna', 'Belgrade', 'Novi Sad',
  'Zagreb', 'Ljubljana', 'Sarajevo', 'Podgorica', 'Skopje', 'Tirana', 'Pristina', 'Chișinău|Chisinau|Kishinev',
  'Tiraspol', 'Athens', 'Thessaloniki', 'Piraeus', 'Nicosia', 'Valletta', 'Vaduz',
  'Istanbul|Constantinople', 'Ankara', 'Izmir', 'Antalya',
  // Caucasus and Central Asia
  'Tbilisi', 'Sukhumi', 'Tskhinvali', 'Yerevan', 'Baku', 'Stepanakert|Khankendi',
  'Astana|Nur-Sultan', 'Almaty|Alma-Ata', 'Tashkent', 'Samarkand', 'Bishkek', 'Dushanbe', 'Ashgabat',
  // Middle East and North Africa
  'Tehran', 'Baghdad', 'Mosul', 'Basra', 'Erbil', 'Damascus', 'Aleppo', 'Idlib', 'Homs', 'Beirut', 'Amman',
  'Jerusalem', 'Tel Aviv', 'Gaza City', 'Ramallah', 'Riyadh', 'Jeddah', 'Mecca', 'Medina', 'Doha', 'Dubai',
  'Abu Dhabi', 'Muscat', 'Kuwait City', 'Manama', 'Sanaa|Sana\'a', 'Aden', 'Cairo', 'Alexandria', 'Tripoli',
  'Benghazi', 'Tunis', 'Algiers', 'Rabat', 'Casablanca', 'Khartoum', 'Kabul', 'Kandahar', 'Islamabad',
  'Karachi', 'Lahore',
  // Asia and Oceania
  'Beijing|Peking', 'Shanghai', 'Shenzhen', 'Guangzhou', 'Wuhan', 'Harbin', 'Taipei', 'Tokyo', 'Osaka',
  'Hiroshima', 'Nagasaki', 'Seoul', 'Pyongyang', 'Ulaanbaatar|Ulan Bator', 'New Delhi', 'Delhi',
  'Mumbai|Bombay', 'Kolkata|Calcutta', 'Chennai|Madras', 'Bengaluru|Bangalore', 'Dhaka', 'Colombo',
  'Kathmandu', 'Bangkok', 'Hanoi', 'Ho Chi Minh City|Saigon', 'Phnom Penh', 'Vientiane', 'Yangon|Rangoon',
  'Naypyidaw', 'Kuala Lumpur', 'Jakarta', 'Manila', 'Canberra', 'Sydney', 'Melbourne', 'Wellington', 'Auckland',
  // Americas
  'Washington|Washington, D.C.|Washington D.C.', 'New York|New York City', 'Los Angeles', 'Chicago',
  'San Francisco', 'Boston', 'Miami', 'Houston', 'Seattle', 'Philadelphia', 'Atlanta', 'Detroit', 'Dallas',
  'Las Vegas', 'Anchorage', 'Honolulu', 'Ottawa', 'Toronto', 'Montreal', 'Vancouver', 'Mexico City', 'Havana',
  'Caracas', 'Bogotá|Bogota', 'Lima', 'Quito', 'La Paz', 'Santiago', 'Buenos Aires', 'Montevideo',
  'Asunción|Asuncion', 'Brasília|Brasilia', 'Rio de Janeiro', 'São Paulo|Sao Paulo', 'Panama City', 'Managua',
  'Tegucigalpa', 'Guatemala City', 'San Salvador', 'Kingston', 'Port-au-Prince', 'Santo Domingo',
  // Africa
  'Addis Ababa', 'Nairobi', 'Lagos', 'Abuja', 'Accra', 'Dakar', 'Kinshasa', 'Luanda', 'Pretoria', 'Johannesburg',
  'Cape Town', 'Durban', 'Harare', 'Kampala', 'Kigali', 'Dar es Salaam', 'Dodoma', 'Mogadishu', 'Asmara',
  'Bamako', 'Niamey', 'Ouagadougou', 'N\'Djamena', 'Bangui', 'Yaoundé|Yaounde', 'Libreville', 'Brazzaville',
  'Maputo', 'Lusaka', 'Lilongwe', 'Windhoek', 'Gaborone', 'Antananarivo', 'Conakry', 'Freetown', 'Monrovia',
  'Abidjan', 'Lomé|Lome', 'Cotonou', 'Nouakchott', 'Juba', 'Malabo', 'Port Sudan',
];

/** Regions, continents, seas, rivers, mountains and islands. */
export const REGIONS: readonly string[] = [
  // continents and world regions
  'Europe', 'Asia', 'Africa', 'Antarctica', 'Oceania', 'Eurasia', 'North America', 'South America', 'Latin America',
  'Central America', 'Americas|The Americas', 'Caribbean', 'Western Europe', 'Eastern Europe', 'Central Europe',
  'Southern Europe', 'Northern Europe', 'Southeast Europe|South-East Europe|Southeastern Europe', 'Central Asia',
  'South Asia', 'East Asia', 'Southeast Asia|South-East Asia', 'Western Asia', 'Asia-Pacific|Asia Pacific',
  'Indo-Pacific', 'Middle East', 'Near East', 'Far East', 'North Africa', 'West Africa', 'East Africa',
  'Southern Africa', 'Central Africa', 'Sub-Saharan Africa', 'Horn of Africa', 'Sahel', 'Maghreb', 'Levant',
  'Balkans|Western Balkans', 'Baltics|Baltic states|Baltic region|Baltic countries', 'Scandinavia', 'Nordics',
  'Caucasus|Caucasus Mountains', 'North Caucasus|Northern Caucasus', 'South Caucasus|Transcaucasia',
  'Arctic', 'Antarctic', 'High North', 'Global South', 'Global North', 'Euro-Atlantic area', 'Mediterranean',
  'Persian Gulf|Arabian Gulf', 'Gulf region',
  // Russia, Ukraine, Belarus and neighbours
  'Siberia', 'Russian Far East', 'Urals|Ural Mountains|Ural', 'Kamchatka', 'Sakhalin', 'Kuril Islands|Kurils|Kuriles',
  'Chukotka', 'Karelia', 'Yakutia', 'Chechnya', 'Dagestan', 'Tatarstan', 'Bashkortostan', 'Crimea',
  'Donbas|Donbass', 'Novorossiya', 'Donetsk People\'s Republic|DPR|DNR', 'Luhansk People\'s Republic|LPR|LNR',
  'Transnistria|Pridnestrovie', 'Gagauzia', 'Abkhazia', 'South Ossetia', 'Nagorno-Karabakh|Karabakh',
  'Bessarabia', 'Galicia', 'Volhynia', 'Polesia|Polesie',
  // Europe
  'England', 'Scotland', 'Wales', 'Northern Ireland', 'Catalonia', 'Basque Country', 'Andalusia', 'Corsica',
  'Sicily', 'Sardinia', 'Calabria', 'Lombardy', 'Tuscany', 'Bavaria', 'Saxony', 'Flanders', 'Wallonia',
  'Silesia', 'Transylvania', 'Normandy', 'Brittany', 'Alsace', 'Lapland', 'Jutland', 'Crete',
  'Bornholm', 'Gotland', 'Åland Islands', 'Azores', 'Canary Islands', 'Balearic Islands', 'Schengen area',
  // US states (Georgia and Washington are taken by the country and the capital)
  'Alabama', 'Alaska', 'Arizona', 'Arkansas', 'California', 'Colorado', 'Connecticut', 'Delaware', 'Florida', 'Hawaii',
  'Idaho', 'Illinois', 'Indiana', 'Iowa', 'Kansas', 'Kentucky', 'Louisiana', 'Maine', 'Maryland', 'Massachusetts',
  'Michigan', 'Minnesota', 'Mississippi', 'Missouri', 'Montana', 'Nebraska', 'Nevada', 'New Hampshire', 'New Jersey',
  'New Mexico', 'New York State', 'North Carolina', 'North Dakota', 'Ohio', 'Oklahoma', 'Oregon', 'Pennsylvania',
  'Rhode Island', 'South Carolina', 'South Dakota', 'Tennessee', 'Texas', 'Utah', 'Vermont', 'Virginia',
  'West Virginia', 'Wisconsin', 'Wyoming', 'Washington State', 'Manhattan', 'Brooklyn', 'Silicon Valley',
  // elsewhere
  'Ontario', 'Quebec', 'Alberta', 'British Columbia', 'Kashmir', 'Tibet', 'Xinjiang',
  'Gaza|Gaza Strip', 'West Bank', 'Golan Heights|Golan', 'Sinai', 'Kurdistan', 'Darfur', 'Patagonia',
  'Korean Peninsula', 'Taiwan Strait', 'Hokkaido', 'Okinawa',
  // seas, straits, rivers, mountains
  'Baltic Sea', 'Black Sea', 'Sea of Azov|Azov Sea', 'Caspian Sea|Caspian', 'Mediterranean Sea', 'North Sea',
  'Barents Sea', 'Norwegian Sea', 'White Sea', 'Kara Sea', 'Bering Sea', 'Bering Strait', 'Sea of Okhotsk',
  'Sea of Japan', 'East China Sea', 'South China Sea', 'Red Sea', 'Arabian Sea', 'Adriatic Sea|Adriatic',
  'Aegean Sea|Aegean', 'Gulf of Finland', 'Gulf of Aden', 'Gulf of Mexico', 'Strait of Hormuz', 'Bab el-Mandeb',
  'Bosphorus|Bosporus', 'Dardanelles', 'Suez Canal', 'Panama Canal', 'Kerch Strait', 'English Channel',
  'Strait of Gibraltar', 'Atlantic Ocean', 'Pacific Ocean', 'Indian Ocean', 'Arctic Ocean',
  'Northern Sea Route', 'Volga', 'Dnieper|Dnipro River|Dnepr', 'Danube', 'Rhine', 'Elbe', 'Oder', 'Vistula',
  'Neva', 'Amur', 'Yenisei', 'Ural River', 'Thames', 'Seine', 'Nile', 'Euphrates', 'Tigris', 'Jordan River',
  'Alps', 'Carpathians|Carpathian Mountains', 'Pyrenees', 'Himalayas', 'Altai',
];

/**
 * Adjectives and plural nouns of nationality or region. Not entities on their
 * own; they can open an organisation name ("Russian Orthodox Church") or a
 * role ("Polish President").
 */
export const DEMONYMS: readonly string[] = `
Afghan Albanian Algerian American Andorran Angolan Argentine Argentinian Armenian Australian Austrian Azerbaijani
Azeri Bahraini Bangladeshi Belarusian Belarussian Byelorussian Belorussian Belgian Bolivian Bosnian Brazilian British
Bulgarian Burmese Cambodian Cameroonian Canadian Chadian Chilean Chinese Colombian Congolese Croatian Cuban Cypriot
Czech Danish Dutch Ecuadorian Egyptian Emirati English Eritrean Estonian Ethiopian Finnish Flemish French Georgian
German Ghanaian Greek Guatemalan Haitian Hungarian Icelandic Indian Indonesian Iranian Iraqi Irish Israeli Italian
Ivorian Jamaican Japanese Jordanian Kazakh Kazakhstani Kenyan Korean Kosovar Kurdish Kuwaiti Kyrgyz Lao Latvian
Lebanese Libyan Lithuanian Luxembourgish Macedonian Malaysian Malian Maltese Mexican Moldovan Monegasque Mongolian
Montenegrin Moroccan Mozambican Namibian Nepali Nepalese Nigerian Nigerien Norwegian Omani Pakistani Palestinian
Panamanian Paraguayan Persian Peruvian Philippine Filipino Polish Portuguese Qatari Romanian Russian Rwandan Saudi
Scottish Senegalese Serbian Singaporean Slovak Slovakian Slovenian Somali Spanish Sudanese Swedish Swiss Syrian
Taiwanese Tajik Tajikistani Tanzanian Thai Tunisian Turkish Turkmen Ugandan Ukrainian Uruguayan Uzbek Venezuelan
Vietnamese Walloon Welsh Yemeni Zambian Zimbabwean Soviet Yugoslav Czechoslovak Crimean Chechen Tatar Ossetian
Abkhaz Abkhazian Transnistrian Kurd Arab Jew Slav Pole Finn Swede Dane Scot Turk Serb Croat Brit Catalan Basque Sicilian Bavarian Prussian Baltic Nordic Scandinavian Balkan
Caucasian Siberian Arctic European Asian African Arab Arabian Latin Hispanic Anglo-Saxon Anglo Slavic Slav Eurasian
Atlantic Euro-Atlantic Transatlantic Mediterranean Western Eastern Northern Southern Central Middle Oriental
Occidental Pan-European Muscovite Kievan Kyivan Donbas Belgian-Russian Russian-Belgian Franco-German
`.trim().split(/\s+/);

/** Capitalised words that end a place name ("Kursk Oblast", "Kola Peninsula"). */
export const PLACE_SUFFIXES: readonly string[] = [
  'Region', 'Oblast', 'Province', 'Krai', 'Kray', 'District', 'County', 'Republic', 'Sea', 'Ocean', 'River',
  'Lake', 'Mountains', 'Mountain', 'Hills', 'Valley', 'Peninsula', 'Island', 'Islands', 'Bay', 'Gulf', 'Strait',
  'Canal', 'Desert', 'Steppe', 'Square', 'Street', 'Avenue', 'Airport', 'Bridge', 'Dam', 'Reservoir', 'Auditorium',
  'Hall', 'Stadium', 'Arena', 'Park', 'Palace', 'Cathedral', 'Monastery', 'Memorial', 'Station', 'Base',
];

/** Lowercase nouns that, before a name or before "of" + a name, show it is a place ("the port of Zeebrugge"). */
export const PLACE_CUE_NOUNS: readonly string[] = [
  'port', 'city', 'town', 'village', 'settlement', 'capital', 'region', 'province', 'oblast', 'district',
  'island', 'islands', 'river', 'lake', 'sea', 'peninsula', 'airport', 'base', 'harbour', 'harbor', 'suburb',
  'municipality', 'county', 'state', 'country', 'republic', 'enclave', 'exclave', 'territory', 'area',
];

/** Lowercase words after a city name that make the mention a region ("the Kherson region"). */
export const REGION_WORDS: readonly string[] = ['region', 'oblast', 'province', 'area', 'krai'];

// ---------------------------------------------------------------------------
// Russian. Rows are written in the nominative; the entity stage adds the case forms (src/lexicon/russian.ts),
// so "Казахстан" also matches "Казахстане" and "Южная Корея" matches "Южной Кореи". Names that decline
// irregularly, plural names and feminine names in -ь list their other forms after the canonical name.

/** Countries, `ID|Canonical|other names…` with ISO 3166-1 alpha-2 ids as in COUNTRIES. */
export const RU_COUNTRIES: readonly string[] = [
  'RU|Россия|Российская Федерация|РФ', 'US|США|Соединенные Штаты|Соединенные Штаты Америки|Америка|Соединенных Штатов|Соединенным Штатам|Соединенными Штатами|Соединенных Штатах|Штаты|Штатов|Штатам|Штатами|Штатах',
  'UA|Украина', 'BY|Беларусь|Белоруссия|Республика Беларусь|Беларуси|Беларусью', 'KZ|Казахстан|Республика Казахстан',
  'UZ|Узбекистан|Республика Узбекистан', 'KG|Киргизия|Кыргызстан|Киргизская Республика|Кыргызская Республика',
  'TJ|Таджикистан|Республика Таджикистан', 'TM|Туркменистан|Туркмения', 'AZ|Азербайджан|Азербайджанская Республика',
  'AM|Армения|Республика Армения', 'GE|Грузия', 'MD|Молдавия|Молдова|Республика Молдова', 'CN|Китай|КНР|Китайская Народная Республика',
  'IN|Индия|Республика Индия', 'JP|Япония', 'KR|Южная Корея|Республика Корея', 'KP|КНДР|Северная Корея',
  'MN|Монголия', 'VN|Вьетнам', 'TH|Таиланд', 'ID|Индонезия', 'MY|Малайзия', 'SG|Сингапур', 'PH|Филиппины|Филиппин|Филиппинам|Филиппинах',
  'PK|Пакистан', 'AF|Афганистан', 'IR|Иран|Исламская Республика Иран', 'IQ|Ирак', 'SY|Сирия', 'LB|Ливан', 'IL|Израиль',
  'PS|Палестина', 'JO|Иордания', 'SA|Саудовская Аравия', 'AE|ОАЭ|Объединенные Арабские Эмираты|Эмираты|Объединенных Арабских Эмиратов|Объединенным Арабским Эмиратам|Объединенных Арабских Эмиратах',
  'QA|Катар', 'KW|Кувейт', 'BH|Бахрейн', 'OM|Оман', 'YE|Йемен', 'TR|Турция', 'EG|Египет|Египта|Египту|Египтом|Египте',
  'LY|Ливия', 'TN|Тунис', 'DZ|Алжир', 'MA|Марокко', 'SD|Судан', 'ET|Эфиопия', 'KE|Кения', 'NG|Нигерия', 'ZA|ЮАР|Южная Африка|Южно-Африканская Республика',
  'ML|Мали', 'NE|Нигер', 'BF|Буркина-Фасо', 'CF|ЦАР|Центральноафриканская Республика', 'AO|Ангола', 'MZ|Мозамбик',
  'DE|Германия|ФРГ', 'FR|Франция', 'GB|Великобритания|Британия|Соединенное Королевство|Англия', 'IT|Италия', 'ES|Испания',
  'PT|Португалия', 'NL|Нидерланды|Голландия|Нидерландов|Нидерландам|Нидерландами|Нидерландах', 'BE|Бельгия', 'LU|Люксембург',
  'CH|Швейцария', 'AT|Австрия', 'PL|Польша', 'CZ|Чехия', 'SK|Словакия', 'HU|Венгрия', 'RO|Румыния', 'BG|Болгария',
  'RS|Сербия', 'HR|Хорватия', 'SI|Словения', 'BA|Босния и Герцеговина', 'ME|Черногория', 'MK|Северная Македония|Македония',
  'AL|Албания', 'GR|Греция', 'CY|Кипр', 'MT|Мальта', 'IE|Ирландия', 'IS|Исландия', 'NO|Норвегия', 'SE|Швеция',
  'FI|Финляндия', 'DK|Дания', 'EE|Эстония', 'LV|Латвия', 'LT|Литва', 'VA|Ватикан', 'XK|Косово',
  'CA|Канада', 'MX|Мексика', 'CU|Куба', 'VE|Венесуэла', 'NI|Никарагуа', 'BR|Бразилия', 'AR|Аргентина', 'CL|Чили',
  'CO|Колумбия', 'PE|Перу', 'BO|Боливия', 'EC|Эквадор', 'UY|Уругвай', 'PY|Парагвай', 'AU|Австралия', 'NZ|Новая Зеландия',
  'LK|Шри-Ланка', 'BD|Бангладеш', 'NP|Непал', 'MM|Мьянма', 'LA|Лаос', 'KH|Камбоджа', 'SU|СССР|Советский Союз',
  'TW|Тайвань', 'CG|Республика Конго', 'CD|Демократическая Республика Конго|ДРК', 'GN|Гвинея', 'SN|Сенегал', 'GH|Гана',
  'TZ|Танзания', 'UG|Уганда', 'ZW|Зимбабве', 'NA|Намибия', 'CM|Камерун', 'TD|Чад', 'ER|Эритрея', 'SO|Сомали',
];

/** Capitals and major cities; the first name is the canonical Russian form. */
export const RU_CITIES: readonly string[] = [
  'Москва', 'Санкт-Петербург|Петербург', 'Новосибирск', 'Екатеринбург', 'Казань', 'Нижний Новгород', 'Самара', 'Омск',
  'Челябинск', 'Ростов-на-Дону', 'Уфа', 'Красноярск', 'Пермь|Перми|Пермью', 'Воронеж', 'Волгоград', 'Краснодар', 'Саратов',
  'Владивосток', 'Хабаровск', 'Мурманск', 'Архангельск', 'Калининград', 'Сочи', 'Севастополь', 'Симферополь', 'Донецк',
  'Луганск', 'Мариуполь', 'Херсон', 'Запорожье', 'Белгород', 'Курск', 'Брянск', 'Смоленск', 'Псков', 'Тула', 'Тверь|Твери|Тверью',
  'Ярославль', 'Иркутск', 'Якутск', 'Грозный|Грозного|Грозному|Грозным|Грозном', 'Махачкала', 'Новороссийск',
  'Киев', 'Харьков', 'Одесса', 'Львов', 'Днепр', 'Николаев', 'Чернигов', 'Сумы|Сум|Сумам|Сумах',
  'Минск', 'Брест', 'Гродно', 'Гомель', 'Витебск', 'Могилев',
  'Астана|Нур-Султан', 'Алматы|Алма-Ата', 'Шымкент', 'Караганда', 'Актау', 'Атырау', 'Актобе', 'Павлодар', 'Костанай',
  'Ташкент', 'Самарканд', 'Бухара', 'Бишкек', 'Ош', 'Душанбе', 'Ашхабад', 'Баку', 'Ереван', 'Тбилиси', 'Кишинев', 'Тирасполь',
  'Сухум|Сухуми', 'Цхинвал', 'Вильнюс', 'Рига', 'Таллин', 'Варшава', 'Краков', 'Прага', 'Братислава', 'Будапешт',
  'Бухарест', 'София', 'Белград', 'Загреб', 'Любляна', 'Сараево', 'Скопье', 'Тирана', 'Афины', 'Никосия', 'Берлин',
  'Мюнхен', 'Гамбург', 'Франкфурт', 'Париж', 'Марсель', 'Лондон', 'Дублин', 'Рим', 'Милан', 'Мадрид', 'Барселона',
  'Лиссабон', 'Брюссель', 'Амстердам', 'Гаага', 'Люксембург', 'Берн', 'Женева', 'Цюрих', 'Вена', 'Стокгольм', 'Осло',
  'Копенгаген', 'Хельсинки', 'Рейкьявик', 'Стамбул', 'Анкара', 'Анталья', 'Тегеран', 'Багдад', 'Дамаск', 'Алеппо', 'Бейрут',
  'Амман', 'Иерусалим', 'Тель-Авив', 'Газа', 'Эр-Рияд', 'Доха', 'Дубай', 'Абу-Даби', 'Маскат', 'Каир', 'Триполи',
  'Кабул', 'Исламабад', 'Пекин', 'Шанхай', 'Гонконг', 'Харбин', 'Урумчи', 'Токио', 'Сеул', 'Пхеньян', 'Улан-Батор',
  'Нью-Дели|Дели', 'Мумбаи', 'Ханой', 'Бангкок', 'Джакарта', 'Сингапур', 'Вашингтон', 'Нью-Йорк', 'Оттава', 'Гавана',
  'Каракас', 'Бразилиа', 'Буэнос-Айрес', 'Мехико', 'Аддис-Абеба', 'Найроби', 'Претория', 'Бамако', 'Ниамей',
];

/** Regions, continents, seas and rivers. */
export const RU_REGIONS: readonly string[] = [
  'Европа', 'Азия', 'Африка', 'Евразия', 'Латинская Америка', 'Северная Америка', 'Южная Америка', 'Центральная Азия',
  'Средняя Азия', 'Юго-Восточная Азия', 'Восточная Азия', 'Южная Азия', 'Ближний Восток', 'Средний Восток', 'Дальний Восток',
  'Западная Европа', 'Восточная Европа', 'Центральная Европа', 'Северная Европа', 'Южная Европа', 'Прибалтика', 'Балканы|Балкан|Балканах',
  'Скандинавия', 'Кавказ', 'Северный Кавказ', 'Южный Кавказ|Закавказье', 'Закавказье', 'Арктика', 'Антарктида', 'Сибирь|Сибири|Сибирью',
  'Урал', 'Поволжье', 'Крым', 'Донбасс', 'Новороссия', 'Приднестровье', 'Абхазия', 'Южная Осетия', 'Нагорный Карабах|Карабах',
  'Чечня', 'Дагестан', 'Татарстан', 'Башкортостан', 'Якутия', 'Камчатка', 'Сахалин', 'Курилы|Курил|Курилах|Курильские острова',
  'Чукотка', 'Карелия', 'Кузбасс', 'Синьцзян', 'Тибет', 'Кашмир', 'Сектор Газа', 'Западный берег', 'Голанские высоты', 'Синай',
  'Персидский залив', 'Магриб', 'Сахель', 'Индо-Тихоокеанский регион', 'Азиатско-Тихоокеанский регион|АТР',
  'Черное море', 'Балтийское море', 'Каспийское море|Каспий', 'Азовское море', 'Средиземное море', 'Баренцево море',
  'Красное море', 'Южно-Китайское море', 'Северное море', 'Ормузский пролив', 'Керченский пролив', 'Босфор', 'Суэцкий канал',
  'Северный морской путь|Севморпуть', 'Атлантический океан|Атлантика', 'Тихий океан', 'Индийский океан', 'Северный Ледовитый океан',
  'Волга', 'Днепр', 'Дон', 'Дунай', 'Амур', 'Енисей', 'Обь', 'Иртыш', 'Нева',
];

/**
 * Capitalised Russian words that, before a name, say it is a place: "Республика Карвения", "в Республике
 * Казахстан". Nominative; the stage adds the case forms.
 */
export const RU_PLACE_CUES: readonly string[] = ['Республика', 'Королевство', 'Княжество', 'Федерация', 'Государство', 'Эмират', 'Султанат'];

/** Lowercase Russian nouns that, before a capitalised name, say it is a place ("город Атырау", "столица Карвении"). */
export const RU_PLACE_CUE_NOUNS: readonly string[] = [
  'город', 'столица', 'страна', 'государство', 'республика', 'область', 'регион', 'край', 'район', 'село', 'поселок',
  'деревня', 'порт', 'остров', 'провинция', 'штат', 'округ', 'станица', 'аэропорт',
];

/** Lowercase Russian prepositions before an unknown name that hint it is a place ("в Карвении", "под Атырау"). */
export const RU_PLACE_PREPOSITIONS: readonly string[] = ['в', 'во', 'из', 'под', 'через', 'между', 'до'];
