/**
 * @module Common given names across languages and transliterations (general data, lower case).
 *
 * A capitalised run that opens with one of these ("Dmitry …", "Maria …") is typed as a person, and a
 * run that glues an organisation to a name ("United Nations Dmitry Polyansky") is split before it.
 */

const NAMES = `
aaron abdul abdullah abraham ada adam adrian ahmad ahmed aisha akira alain alan albert alberto aleksandr
aleksandra aleksei aleksey alex alexander alexandra alexandre alexei alexey alexis alfred ali alice alicia
alina alisher amanda amir amy ana anatoly anatoliy andrea andreas andrei andrej andrew andrey andriy andrzej
angela angelina anna anne annalena annette anthony antonio antony anton arkady arnold arseniy arseny arthur
artem artyom asif barack barbara beata benjamin bernard bernie bill bob boris boyko brian bruno carl carla
carlos caroline catherine charles charlotte chris christian christina christine christopher claire claudia
colin daniel daniela danielle david denis denys dmitri dmitriy dmitro dmitry dmytro dominic donald dong
edward egor elena eli elizabeth ellen emma emmanuel emine enrique eric erik ernesto eugene evgeny evgeniy
fatima felipe fernando francesca francis francisco frank franz friedrich gabriel gary george georgy gerhard
giorgia giorgio giuseppe gleb grace gregory hakan hamid hans harold heinrich helen helmut henry hillary hugo
hussein ian ibrahim igor ilham ilya ingrid irina isaac ivan jack jacob jaime james jan jane janet javier
jean jeffrey jennifer jens jerome jessica jim jimmy joanna joe johann johannes john jonathan jorge jose
joseph juan julia julian julie justin kamala karim karl karen kate katherine kathleen kevin kim kirill
klaus konstantin kristina kurt lara larisa laura lavrentiy leo leon leonid liam linda lisa liz lloyd lucas
luis luiz lyudmila maia margaret maria marie marina mario mark marco markus martin mary maksim maxim maya
mehmet michael michel michelle miguel mikhail mike mohammad mohammed muhammad mustafa mykhailo mykola
nadia nancy naftali naomi narendra natalia natalya nathan nicholas nicola nicolas nikita nikolai nikolay
nikol nina oleg oleksandr oleksiy olena olga olaf oliver omar oscar pablo patricia patrick paul paula pavel
pavlo pedro peter petr petro petra philip philippe pierre piotr rachel rafael ramzan raul recep rebecca
richard rishi robert roberto roman rosa ruslan ryan sadiq salman samantha samuel sarah scott sebastian
serhii serhiy sergei sergey sergiy sergio shinzo simon sofia sophie stanislav stefan stephen steve steven
susan svetlana tatiana tatyana theresa thomas tim timothy tom tony ursula valentina valery valeriy vasily
vasyl victor victoria viktor viktoria vitali vitaliy vitaly vladimir vladislav vladyslav volodymyr vyacheslav
walter wang wei william wladimir xi yanis yaroslav yevgeny yevhen yosef yuliya yulia yuri yuriy yury yusuf
zhang tomas lena ivo ewa tobias
abai abay abbas abdulaziz abdulla abdurrahman abebe abiodun adebayo adel adewale adil adilet aditya adriana agathe
agnieszka agustin ahmet aibek aida aidar aigerim aigul ainur aizhan ajay akbar akmal akmaral alejandra alejandro
aleksandar alesya alfonso alibek alicia alija alikhan alisa aliya alla almaz almira altynbek alvaro ama amadou
amelie amina aminata amit amparo anar anara anastasia anastasiya anatolii andres andrii andrzej angel angelika anil
anjali annika ansar antoine antonina antonio anvar arina arjun arkadii arkadiy arman armen arsen artur aruzhan
arvind asel ashok asif askar askhat aslan asqar assel aurelie ayaz aybek aydin aygul ayman azamat
aziz babajide baglan bakhyt bakyt bakytzhan baurzhan beatriz bekzat benoit bilawal bjorn bogdan bohdan bolat borys
bulat camila camille carmen catalina celine cesar chidi chinedu chingiz chioma christophe clement conceicao concepcion cristina
dagny daniil danil daniyar danylo daria dariga darya dauren davron deepak denis diego dilnoza dilshod dina
dinara dmytrii dobromir dolores dragan eduard eduardo edvard eero elbek eldar elias elin elmira elnur eloise
emil emile emilio erbol erdogan erik erkin erlan ermek esteban etienne evgenii evgeniia evgeniya fabien fabiola
farhad farkhod fatou federico fedor felix folake francois fumio fyodor gabriela gaukhar gaurav gennadi gennadii gennadiy
gennady georgii georgiy gerard gonzalo graciela guadalupe guillermo gulnara gulnaz gulzhan gunnar gustavo hakon halyna hamza
hana hanna haruki hassan hector helene hennadiy henrike herman hiroshi hoang hossein hryhoriy huong iaroslav ibrahima
ievgen ignacio ihor ilias ilyas imran ines ingrid inna ioana iosif iryna isabel ishaan ismail iurii
ivanna jacques jamshid janusz jaroslav jelena jerzy joao joaquin jorge jose josefa juana juliette julio jussi
kairat kaisa kamila kanat kareem karina kasym kavita kazbek kazuki kenji khadija khaled khalid khurshid kiril
kirill kofi ksenia kseniya kuanysh kuat kwabena kwame lakshmi lars larysa laurent layla leandro leila leonor
lev liudmila lorena lucia lucien ludmila luisa lyubov madina magnus mahmoud majid makhmud maksat mamadou manoj
mansur manuel marat marcelo marcia margarita mariam mariana marianna marisol mariya marlen marta maryam mathieu matvei
matvey mauricio maxat medet meera mikael minh miroslav miroslava mirzo moussa mukhtar murat nadezhda naoki nargiz
nariman nasser nathalie nawaz nazar nazarbek ngozi nguyen nicolas nikolaj nils nitin nnamdi nour nurlan nursultan
nurzhan octavio oksana olav oleksii olivier olusegun olzhas orazbek orest ostap otavio oumar pascal petro pilar
polina pooja priya rafaela rahul rajesh rakhat ramesh rami ramon raquel rashid rauf ravi renata reza
ricardo rinat rodion rodrigo rogelio rostislav rui ruslana rustam rustem sabina sabir saeed sakura salem salvador
sami samir sanjay sanna santiago sanzhar saparbek satoshi saule sebastian sebastien sergii sergio serik seun shamil
shavkat shehbaz sherzod shigeru shreya shukhrat silvia slava snezhana sofia sofiya stanislava sunil sunita sven svyatoslav
sylvie takeshi taras tariq temir temirlan teresa tereza thanh thiago thibault tiago timofei timofey timur tolkyn
tove tran tunde tursun ulan ulla ulugbek umar vadim vadym valentin valentyn valeria valeriya varvara vasilisa
vera veronika viacheslav vicente victoria vijay vikram virginie vladlen volodymyr walid waqar ximena yakov yana yaroslava
yasmin yaw yegor yekaterina yelena yemi yerbol yerlan yermek yevgenia yevgenii yevgeniya yoshihide yousef youssef yuki
yuliia yurii yves zainab zardari zarina zaur zhaksylyk zhanar zhandos zhanna zhu ziad zinaida zoya
`;

export const GIVEN_NAMES: ReadonlySet<string> = new Set(NAMES.trim().split(/\s+/));

/** Women's given names that do not end in "a" (general data, lower case). */
const FEMALE = new Set(
  `ines beatriz carmen isabel raquel pilar dolores leonor ximena marisol elizabeth sarah ruth ingrid karen helen
  catherine katherine kathleen claire marie sophie nathalie aigerim ainur gulnaz assel aruzhan gaukhar zhanar tolkyn
  saule janet jennifer susan nancy margaret rachel michelle alice grace jane anne annette caroline charlotte christine
  danielle ellen emine lyubov mariam maryam nour yasmin zainab camille juliette sylvie virginie amelie aurelie celine
  eloise helene agathe elin dagny tove hana sakura kim liz amy beatriz concepcion conceicao rosa mercedes gulzhan
  zhanna nargiz dilnoza sabina yuki ioana henrike judith rosalind esther miriam alison ann joan carol frances gillian
  hazel harriet jean joy kathryn lucy mary megan nicole pauline shirley sue emily abigail hannah natalie zoe chloe
  heather jill joanne kate louise lynn madeleine marion maureen penelope rose sally valerie vivien wendy yvonne dorothy
  doris evelyn gwen irene iris janice jocelyn karin kristin imogen phoebe molly holly bridget niamh siobhan aoife
  sinead roisin yvette colette josephine genevieve simone margot odile mireille chantal pascale beatrice edith agnes
  astrid sigrid solveig liv birgit gudrun gertrud brigitte anouk femke marieke annelies liesbeth ingeborg margit
  katrin heike elke silke anke dagmar hildegard mirjam marit aylin elif zeynep ayse gul eleni irini
  ines mercedes consuelo soledad luz belen nieves rocio araceli montserrat`.split(/\s+/),
);

/** Men's given names that end in "a" (general data, lower case). */
const MALE_IN_A = new Set(
  `nikita ilya luca joshua mustafa jonah kuba musa isa yahya zakaria hamza mykola danila kuzma savva akira ezra
  attila juma foma barnaba`.split(/\s+/),
);

/**
 * Japanese given names, which outlets write after the family name as often as before it ("Tanaka Hiroshi"); women's
 * names first (general data, lower case, without long-vowel marks).
 */
const JAPANESE_FEMALE = new Set(
  `noriko mariko yoko keiko akiko naoko yuko tomoko sachiko emiko hanako yumi ayumi haruka misaki
  aiko kyoko michiko yuriko sanae junko kazuko masako hiroko reiko miho mayumi megumi kaori yukiko chieko fumiko nanami
  rina saori midori natsuko eriko kumiko ryoko shizuka`.split(/\s+/),
);
const JAPANESE_MALE =
  `hiroshi takashi kenji shuhei tetsuya daisuke kenta takeshi satoshi makoto yoshihiko shinzo fumio
  yoshihide taro jiro ichiro kazuki haruto yuto ryota kenichi koichi shinji hideo yukio naoto junichiro tomoya hayato
  shota masato masahiro hiroki kazuo nobuo toshio tadashi yasuo shigeru katsuya koji seiji yuji kenzo shunsuke takuya
  tatsuya yusuke ryosuke kosuke keisuke hideki toshihiro akihiro`.split(/\s+/);

/** Given names of naming traditions that write the family name first: "Tanaka Hiroshi" is a person. */
export const FAMILY_FIRST_GIVEN: ReadonlySet<string> = new Set([
  ...JAPANESE_FEMALE,
  ...JAPANESE_MALE,
  "akira",
]);

/** "f" or "m" for a given name the data knows, else null ("Dmitry" m, "Inés" f, "Kim" f, "Wei" null). */
export function givenNameGender(folded: string): "f" | "m" | null {
  if (FEMALE.has(folded) || JAPANESE_FEMALE.has(folded)) return "f";
  if (FAMILY_FIRST_GIVEN.has(folded) || MALE_IN_A.has(folded)) return "m";
  if (!GIVEN_NAMES.has(folded)) return null;
  return folded.endsWith("a") ? "f" : "m";
}
