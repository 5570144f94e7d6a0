/**
 * Words that mark a person: titles and honorifics, given names, surname
 * endings and public figures. Capitalised as written in running text.
 */

/** Words that end a title ("Minister", "President"); a name may follow ("President Putin"). */
export const TITLE_HEADS: readonly string[] = `
President Vice-President Premier Chancellor Minister Secretary Secretary-General Ambassador Envoy Representative
Commissioner Chairman Chairwoman Chairperson Chair Speaker Deputy Governor Mayor Senator Congressman Congresswoman
Spokesman Spokeswoman Spokesperson Director Director-General Head Chief Commander Commander-in-Chief General Colonel
Lieutenant Captain Admiral Marshal Sergeant Major Brigadier King Queen Prince Princess Emir Sheikh Sultan Emperor
Empress Pope Pontiff Patriarch Metropolitan Archbishop Bishop Cardinal Father Archpriest Abbot Rabbi Imam Mufti
Ayatollah Judge Justice Prosecutor Prosecutor-General Ombudsman Consul Councillor Counsellor Counselor Attaché Attache
Adviser Advisor Aide Assistant Ataman Hetman Mullah Chargé Founder CEO Editor Editor-in-Chief Professor Academician
Prof. Gen. Col. Lt. Sgt. Capt. Adm. Maj. Gov. Sen. Rep. Pres. Amb. Rev. Fr. Cdr. Brig. MP MEP Deputy-Minister
`.trim().split(/\s+/);

/** Capitalised words that may precede a title head ("Deputy Foreign Minister", "Crown Prince"). */
export const TITLE_MODIFIERS: readonly string[] = `
Deputy Vice First Second Prime Acting Chief Senior Special Permanent Federal Supreme Grand Crown Executive General
Lieutenant Major Rear Vice-Admiral Attorney Press National Security Presidential Foreign Defense Defence Interior
Home Finance Finances Economy Economic Economics Justice Health Education Energy Trade Industry Agriculture Culture
Labour Labor Transport Emergency Emergencies Digital Development Environment Science Sports Sport Tourism Social
Regional Communications Information Intelligence Military Naval Army Air Navy Police Border Customs Treasury State
Europe European Affairs Commerce Investment Cabinet Parliamentary Junior Associate Assistant Principal Honorary
Managing High Lord Royal Ecumenical Orthodox Catholic Grand-Duke Apostolic Honorable Honourable
`.trim().split(/\s+/);

/** Titles written as phrases ("Secretary of State Marco Rubio", "His Excellency"). */
export const TITLE_PHRASES: readonly string[] = [
  'Secretary of State', 'Chief of Staff', 'Chief of the General Staff', 'Head of State', 'Head of Government',
  'Chargé d\'Affaires', 'Charge d\'Affaires', 'Chargé d’Affaires', 'High Representative', 'Director General',
  'Secretary General', 'Attorney General', 'Prosecutor General', 'Consul General', 'Commander in Chief', 'Grand Duke',
  'Grand Duchess',
];

/** Forms of address: they mark a person but give no `role`. */
export const HONORIFICS: readonly string[] = `
Mr Mr. Mrs Mrs. Ms Ms. Mx Mx. Dr Dr. Sir Dame Lord Lady Madam Madame Mme Mme. Monsieur Herr Frau Señor Señora
Signor Signora H.E. H.M. H.H. Messrs Messrs. г-н г-жа господин госпожа
`.trim().split(/\s+/);

/** Forms of address written as phrases. */
export const HONORIFIC_PHRASES: readonly string[] = [
  'His Excellency', 'Her Excellency', 'His Majesty', 'Her Majesty', 'His Holiness', 'His Royal Highness',
  'Her Royal Highness', 'His Beatitude', 'His Eminence',
];

/** Lowercase words that may open a role before its title ("former Polish President"). */
export const ROLE_QUALIFIERS: readonly string[] = ['former', 'acting', 'then', 'late', 'current', 'outgoing', 'incoming', 'new', 'ex'];

/** Lowercase nouns that, right before a name, show it is a person ("my colleague Sergey Lavrov"). */
export const PERSON_CUE_NOUNS: readonly string[] = `
colleague colleagues counterpart counterparts journalist reporter correspondent analyst expert blogger writer author
historian economist politician lawmaker legislator senator diplomat ambassador envoy spokesman spokeswoman spokesperson
activist dissident leader businessman businesswoman oligarch billionaire tycoon philosopher scientist professor
commander pilot soldier priest patriarch archbishop bishop metropolitan cardinal pope president minister chancellor
premier king queen prince princess emir sheikh candidate opponent opponents predecessor successor deputy mp mep
`.trim().split(/\s+/);

/**
 * Common given names (English, Russian, Ukrainian, Belarusian, Polish,
 * French, German, Dutch, Spanish, Italian, Turkish, Arabic and others), with
 * usual transliterations. A given name followed by a capitalised word marks a
 * person ("Donald Tusk"). Names that are also common English words ("Will",
 * "May", "Hope") are left out.
 */
export const GIVEN_NAMES: readonly string[] = `
James John Robert Michael William David Richard Joseph Thomas Charles Christopher Daniel Matthew Anthony Antony Mark
Donald Steven Stephen Steve Paul Andrew Joshua Kenneth Kevin Brian George Timothy Ronald Edward Jason Jeffrey Ryan
Jacob Gary Nicholas Eric Jonathan Larry Justin Scott Brandon Benjamin Samuel Gregory Alexander Patrick Raymond Jack
Dennis Jerry Tyler Aaron Adam Nathan Henry Douglas Zachary Peter Kyle Ethan Walter Noah Jeremy Keith Roger Terry
Gerald Harold Sean Carl Arthur Lawrence Dylan Jesse Bryan Billy Joe Bruce Gabriel Logan Albert Willie Alan Wayne Elijah
Randy Roy Vincent Ralph Eugene Russell Bobby Philip Phillip Louis Bill Tony Mike Jim Tom Bob Ted Chuck Newt Rand Marco
Lindsey Mitch Nancy Kamala Hunter Barack Rex Condoleezza Madeleine Colin Ben Jake Lloyd Keir Rishi Boris Theresa Liz
Gordon Nigel Rupert Elon Tucker Hillary Mary Patricia Jennifer Linda Elizabeth Barbara Susan Jessica Sarah Karen Lisa
Betty Margaret Sandra Ashley Kimberly Emily Donna Michelle Carol Amanda Dorothy Melissa Deborah Stephanie Rebecca
Sharon Laura Cynthia Kathleen Amy Angela Shirley Anna Brenda Pamela Emma Nicole Helen Samantha Katherine Christine
Debra Rachel Carolyn Janet Catherine Maria Heather Diane Ruth Julie Olivia Joyce Virginia Victoria Kelly Lauren
Christina Joan Evelyn Judith Megan Andrea Cheryl Hannah Jacqueline Martha Gloria Teresa Ann Madison Frances Kathryn
Janice Jean Abigail Alice Judy Sophia Denise Marilyn Danielle Beverly Isabella Diana Natalie Charlotte Marie Lori Nikki
Tulsi Kristi Wendy Kemi Ed Pete JD Antonio António Kristalina Ngozi Tedros Jens Josep Kaja Ursula Annalena Giorgia
Vladimir Sergey Sergei Sergiy Dmitry Dmitri Dmitriy Aleksandr Alexandr Aleksander Alexei Alexey Aleksei Aleksey
Andrei Andrey Mikhail Nikolai Nikolay Ivan Yuri Yury Yuriy Igor Oleg Pavel Pyotr Petr Anatoly Anatoliy Viktor Victor
Valery Valeriy Valentin Vasily Vasiliy Gennady Gennadiy Grigory Grigoriy Konstantin Maxim Maksim Nikita Roman Ruslan
Evgeny Yevgeny Evgeniy Yevgeniy Leonid Vitaly Vitaliy Vyacheslav Vadim Stanislav Arkady Anton Artem Artyom Kirill
Denis Fyodor Fedor Ilya Lev Matvei Timur Ramzan Gleb Egor Yegor Eduard Rustam Marat Vladislav Yaroslav Svyatoslav
Zakhar Semyon Stepan Timofey Filipp Bogdan Georgy Georgiy Yakov Emil Mariya Olga Elena Yelena Irina Natalia Natalya
Tatiana Tatyana Svetlana Ekaterina Yekaterina Valentina Ludmila Lyudmila Galina Marina Nadezhda Ksenia Kseniya
Anastasia Yulia Yuliya Julia Daria Darya Veronika Alina Polina Oksana Larisa Vera Lyubov Zoya Nina Alla Inna Elvira
Margarita Evgenia Alisa Kristina Maya Volodymyr Oleksandr Oleksiy Oleksii Andriy Andrii Dmytro Mykola Mykhailo
Mykhaylo Petro Serhiy Serhii Yurii Vitali Vitalii Taras Bohdan Ostap Ihor Oleh Vasyl Valerii Kyrylo Denys Arseniy
Arsenii Yevhen Hennadiy Rostyslav Iryna Olena Nataliya Tetiana Liudmyla Halyna Khrystyna Olha Viktoriia Yuliia Maryna
Hanna Svitlana Lesia Larysa Aliaksandr Alyaksandr Aliaksei Siarhei Uladzimir Yauhen Viktar Mikalai Ihar Dzmitry
Dzmitryi Valiantsin Ryhor Raman Aleh Anatol Zianon Sviatlana Maryia Volha Veranika Alena Kanstantsin Ales Franak
Stsiapan Andrzej Karol Jarosław Jaroslaw Mateusz Radosław Radoslaw Rafał Rafal Władysław Wladyslaw Zbigniew Tomasz
Piotr Paweł Pawel Krzysztof Marcin Michał Michal Jakub Wojciech Grzegorz Łukasz Lukasz Jan Stanisław Stanislaw Lech
Bronisław Bronislaw Szymon Janusz Jerzy Tadeusz Ryszard Mariusz Dariusz Sławomir Slawomir Witold Beata Agnieszka
Katarzyna Karolina Aleksandra Zuzanna Marta Ewelina Justyna Małgorzata Malgorzata Ewa Joanna Magdalena Elżbieta Elzbieta Monika Dorota Krystyna Zofia Halina Emmanuel
Pierre Michel Philippe Alain Jacques François Francois Nicolas Olivier Laurent Thierry Christophe Stéphane Stephane
Sébastien Sebastien Julien Antoine Maxime Mathieu Matthieu Guillaume Benoît Benoit Arnaud Bruno Gérald Jean-Yves
Jean-Marc Jean-Luc Jean-Pierre Jean-Claude Jean-Noël Jean-Marie Marine Ségolène Segolene Brigitte Anne Valérie Valerie
Sophie Isabelle Nathalie Élisabeth Elisabeth Édouard Edouard Dominique Rémi Remi Hervé Herve Yves Didier Gilles
Pascal Patrice Xavier Cédric Cedric Fabien Frédéric Frederic Lucien Marcel Georges Henri Théo Theo Hugo Lucas Léa
Chloé Chloe Manon Camille Laure Mathilde Agnès Agnes Hélène Helene Claire Caroline Aurélie Aurelie Céline Celine
Bart Koen Pieter Dirk Geert Wouter Joris Kris Jef Luc Filip Hadja Petra Els Annelies Elio Mathias Sammy Dries Hilde
Tinne Zuhal Wopke Dick Hans Henk Ruud Sjoerd Sigrid Frans Willem Maarten Jeroen Joost Rutger Femke Hanke Olaf
Friedrich Frank-Walter Karl Karl-Heinz Wolfgang Helmut Gerhard Joschka Johann Johannes Klaus Jürgen Jurgen Heinrich
Markus Sahra Horst Heiko Dieter Uwe Ralf Rolf Sigmar Günter Gunter Werner Manfred Dietmar Andreas Stefan Matthias
Sebastian Tobias Florian Katrin Anja Sabine Heike Gisela Ilse Ingrid Renate Lars Armin Norbert Cem Saskia Hubertus Joachim
Ulrich Volker Konrad Ludwig Otto Willy Bernd Holger Pedro Alejandro José Jose Juan Carlos Luis Manuel Francisco
Javier Miguel Rafael Fernando Sergio Pablo Jorge Alberto Mariano Felipe Isabel Yolanda Irene Dolores Carmen Pilar
Lucía Lucia Sofía Ana Begoña Begona Nadia Inés Ines Cristina Beatriz Raúl Raul Andrés Andres Diego Gustavo Nicolás
Luiz Jair Evo Nayib Claudia Xiomara Dilma Matteo Mario Silvio Giuseppe Paolo Enrico Romano Luigi Giovanni Francesco
Roberto Massimo Guido Elly Giulia Chiara Federica Alessandro Alessandra Lorenzo Stefano Davide Fabio Gianni Carlo
Giorgio Recep Tayyip Mevlüt Mevlut Hakan Ahmet Mehmet Mustafa Kemal Binali Emine Narendra Subrahmanyam Rahul Sonia
Indira Shehbaz Imran Nawaz Yair Isaac Naftali Yitzhak Shimon Golda Ehud Ariel Mahmoud Yasser Bashar Hafez Ayman Osama
Hassan Hasan Hussein Saddam Muammar Mohammed Muhammad Mohamed Mohammad Ahmed Ahmad Abdullah Abdel Abdelaziz Abdulaziz
Salman Faisal Khalid Tamim Hamad Zayed Ebrahim Masoud Javad Abbas Seyed Kim Shinzo Fumio Yoshihide Kassym-Jomart
Nursultan Shavkat Emomali Sadyr Serdar Gurbanguly Nikol Ilham Mikheil Irakli Bidzina Salome Giorgi Edi Aleksandar
Milorad Ivica Zuzana Andrej Miloš Milos Václav Vaclav Vladimír Kersti Alar Egils Edgars Krišjānis Gitanas Ingrida
Dalia Gabrielius Valdas Sauli Sanna Petteri Ulf Mette Erna Jonas Péter Viktória Nicolae Rumen Alexis Kyriakos
Ilir Hashim Aleksandër Maia Iohannis Teodor Kassym Mateus Nils Erik Anders Magnus Henrik
Mattias Ebba Max Kristian Kristin Ine Jonas Gahr Jens-Petter Sven Leif Olav Harald Haakon Margrethe Frederik
`.trim().split(/\s+/);

/** Endings that mark a surname on their own ("Lukashenko", "Ambrazevich", "Pashinyan"). */
export const SURNAME_ENDINGS: readonly string[] = [
  'enko', 'chuk', 'yuk', 'iuk', 'vich', 'vych', 'ovna', 'evna', 'skyi', 'skiy', 'skii', 'sky', 'ski', 'ska', 'skaya',
  'skaia', 'wicz', 'czyk', 'shvili', 'dze', 'yan', 'oğlu', 'oglu', 'auskas', 'ienė', 'aitė', 'evičius', 'ouskaya', 'ovskaya',
];

/** Endings that mark a surname after a capitalised word ("Ramzan Kadyrov"). */
export const SURNAME_ENDINGS_AFTER_NAME: readonly string[] = ['ov', 'ev', 'ova', 'eva', 'in', 'ina', 'yn', 'ko', 'uk', 'ak', 'ek'];

/** Public figures often named by surname alone ("Putin said…"). The canonical name is still the document's own. */
export const PUBLIC_FIGURES: readonly string[] = [
  'Vladimir Putin', 'Sergey Lavrov', 'Dmitry Peskov', 'Maria Zakharova', 'Dmitry Medvedev', 'Mikhail Mishustin',
  'Sergei Shoigu', 'Andrei Belousov', 'Valery Gerasimov', 'Vassily Nebenzia', 'Yuri Ushakov', 'Kirill Dmitriev',
  'Valentina Matviyenko', 'Vyacheslav Volodin', 'Ramzan Kadyrov', 'Yevgeny Prigozhin', 'Alexei Navalny', 'Elvira Nabiullina',
  'Alexander Lukashenko', 'Volodymyr Zelensky', 'Andriy Yermak', 'Dmytro Kuleba', 'Andrii Sybiha', 'Kyrylo Budanov',
  'Oleksandr Syrskyi', 'Valerii Zaluzhnyi', 'Petro Poroshenko', 'Viktor Yanukovych', 'Yulia Tymoshenko',
  'Joe Biden', 'Donald Trump', 'Kamala Harris', 'JD Vance', 'Marco Rubio', 'Antony Blinken', 'Pete Hegseth',
  'Steve Witkoff', 'Keith Kellogg', 'Barack Obama', 'Emmanuel Macron', 'Olaf Scholz', 'Friedrich Merz',
  'Frank-Walter Steinmeier', 'Annalena Baerbock', 'Boris Pistorius', 'Keir Starmer', 'Rishi Sunak', 'David Lammy',
  'Giorgia Meloni', 'Antonio Tajani', 'Pedro Sánchez', 'José Manuel Albares', 'Donald Tusk', 'Andrzej Duda',
  'Karol Nawrocki', 'Radosław Sikorski', 'Viktor Orbán', 'Péter Szijjártó', 'Robert Fico', 'Recep Tayyip Erdoğan',
  'Hakan Fidan', 'Xi Jinping', 'Wang Yi', 'Narendra Modi', 'Subrahmanyam Jaishankar', 'Luiz Inácio Lula da Silva',
  'Benjamin Netanyahu', 'Ali Khamenei', 'Masoud Pezeshkian', 'Abbas Araghchi', 'Bashar al-Assad', 'Kim Jong Un',
  'António Guterres', 'Mark Rutte', 'Jens Stoltenberg', 'Ursula von der Leyen', 'Kaja Kallas', 'Josep Borrell',
  'Charles Michel', 'Roberta Metsola', 'Christine Lagarde', 'Kristalina Georgieva', 'Rafael Grossi', 'Kassym-Jomart Tokayev',
  'Shavkat Mirziyoyev', 'Nikol Pashinyan', 'Ilham Aliyev', 'Alexander Stubb', 'Mette Frederiksen', 'Ulf Kristersson',
  'Bart De Wever', 'Alexander De Croo', 'Angela Merkel', 'Mikhail Gorbachev', 'Boris Yeltsin',
  'Joseph Stalin', 'Vladimir Lenin', 'Adolf Hitler', 'Winston Churchill', 'Franklin Roosevelt', 'Stepan Bandera',
  'Tucker Carlson', 'Elon Musk', 'George Soros',
];

// ---------------------------------------------------------------------------
// Russian. Nominative forms; the entity stage adds the case forms (src/lexicon/russian.ts). Russian writes
// titles in lower case in running text ("министр иностранных дел Сергей Лавров") and capitalises them in
// official style ("Президент", "Посол"); both are read.

/**
 * Nouns that head a title; lowercase genitive complements and names may follow ("посол Карвении в Казахстане").
 * Forms the stage cannot derive follow the nominative after "|" ("посол|посла": the vowel drops).
 */
export const RU_TITLE_HEADS: readonly string[] = `
президент вице-президент премьер-министр премьер вице-премьер министр замминистра заместитель замглавы
посол|посла|послу|послом|после посланник
консул генконсул генсек секретарь госсекретарь глава председатель зампред спикер пресс-секретарь представитель постпред
спецпредставитель спецпосланник советник помощник губернатор мэр аким хоким канцлер король королева принц эмир шейх
султан патриарх митрополит архиепископ епископ депутат сенатор директор гендиректор руководитель начальник командующий
главнокомандующий генерал маршал адмирал полковник лидер еврокомиссар комиссар атташе судья прокурор генпрокурор
омбудсмен уполномоченный поверенный первосвященник муфтий имам раввин кардинал понтифик
`.trim().split(/\s+/);

/** Adjectives that open a title ("генеральный секретарь", "официальный представитель", "бывший президент"). */
export const RU_TITLE_MODIFIERS: readonly string[] = `
генеральный официальный постоянный специальный чрезвычайный полномочный верховный главный первый бывший нынешний
действующий временный исполнительный вице государственный федеральный
`.trim().split(/\s+/);

/** Forms of address: they mark a person but give no role ("господин Варнис"); "Господин Посол" names no one. */
export const RU_HONORIFICS: readonly string[] = ['господин', 'госпожа', 'г-н', 'г-жа', 'товарищ', 'мистер', 'миссис', 'мадам', 'фрау', 'герр'];

/** Given names in Cyrillic (nominative); the stage adds the case forms. A given name before a capitalised word marks a person. */
export const RU_GIVEN_NAMES: readonly string[] = `
Александр Алексей Анатолий Андрей Антон Аркадий Арсений Артем Артур Богдан Борис Вадим Валентин Валерий Василий Вениамин
Виктор Виталий Владимир Владислав Всеволод Вячеслав Гарри Геннадий Георгий Герман Глеб Григорий Даниил Данил Денис Дмитрий
Евгений Егор Захар Иван Игорь Илья Иосиф Кирилл Константин Лев Леонид Максим Марат Марк Матвей Михаил Никита Николай Олег
Павел Петр Роман Ростислав Руслан Рустам Святослав Семен Сергей Станислав Степан Тарас Тимофей Тимур Федор Филипп Эдуард
Эльдар Юрий Яков Ярослав Рамзан Ахмат Айдар Алихан Ерлан Нурлан Нурсултан Касым-Жомарт Кайрат Асет Бахыт Бауыржан Данияр
Ерик Марат Мурат Серик Талгат Шавкат Эмомали Садыр Сооронбай Сердар Гурбангулы Ильхам Никол Ираклий Михеил Бидзина Зураб
Алиджан Джейхун Фарид Рашид Али Ахмед Мухаммед Мохаммед Абдулла Хасан Хусейн Башар Реджеп Хакан Мевлют Ангела Урсула Кая
Дональд Джо Джозеф Джон Джеймс Джордж Майкл Марко Энтони Антони Антониу Эммануэль Олаф Фридрих Франк-Вальтер Анналена Борис
Кир Кир Риши Дэвид Кемал Нарендра Виктор Роберт Петер Реджеп Биньямин Си Ван Кишида Фумио Шигеру Жозеп Йенс Марк Альберто
Александра Алина Алла Анастасия Анна Валентина Валерия Вера Вероника Виктория Галина Дарья Диана Евгения Екатерина Елена
Елизавета Жанна Зоя Инна Ирина Карина Кира Ксения Лариса Лидия Любовь Людмила Маргарита Марина Мария Милана Надежда Наталья
Наталия Нина Оксана Ольга Полина Светлана Софья София Таисия Тамара Татьяна Ульяна Эльвира Эльмира Юлия Яна Айгуль Алия
Асель Гульнара Динара Жанар Камила Мадина Сауле Гульмира Зарина Майя Кристина
`.trim().split(/\s+/);

/**
 * Endings of Russian patronymics without their case ending ("Сергеевич", "Петровича", "Петровна" → "петровн"), which
 * sit between a given name and a surname.
 */
export const RU_PATRONYMIC_ENDINGS: readonly string[] = ['ович', 'евич', 'ич', 'овн', 'евн', 'ичн'];

/** Endings that mark a capitalised Cyrillic word as a surname ("Лукашенко", "Пашинян", "Зеленский"). */
export const RU_SURNAME_ENDINGS: readonly string[] = [
  'енко', 'ович', 'евич', 'ский', 'цкий', 'ская', 'цкая', 'швили', 'дзе', 'ян', 'янц', 'чук', 'юк', 'ов', 'ев', 'ин', 'ова',
  'ева', 'ина', 'ых', 'их', 'ко', 'ук',
];

/** Public figures often named by surname alone ("Путин заявил"): their surname is a person in any case form. */
export const RU_PUBLIC_FIGURES: readonly string[] = [
  'Владимир Путин', 'Сергей Лавров', 'Дмитрий Песков', 'Мария Захарова', 'Дмитрий Медведев', 'Михаил Мишустин',
  'Сергей Шойгу', 'Андрей Белоусов', 'Валерий Герасимов', 'Юрий Ушаков', 'Валентина Матвиенко', 'Вячеслав Володин',
  'Рамзан Кадыров', 'Эльвира Набиуллина', 'Василий Небензя', 'Александр Лукашенко', 'Владимир Зеленский',
  'Касым-Жомарт Токаев', 'Шавкат Мирзиёев', 'Ильхам Алиев', 'Никол Пашинян', 'Эмомали Рахмон', 'Садыр Жапаров',
  'Сердар Бердымухамедов', 'Си Цзиньпин', 'Дональд Трамп', 'Джо Байден', 'Эммануэль Макрон', 'Олаф Шольц',
  'Фридрих Мерц', 'Антониу Гутерреш', 'Марк Рютте', 'Реджеп Тайип Эрдоган', 'Нарендра Моди', 'Биньямин Нетаньяху',
  'Кая Каллас', 'Виктор Орбан', 'Роберт Фицо', 'Марко Рубио', 'Урсула фон дер Ляйен', 'Ангела Меркель',
];
