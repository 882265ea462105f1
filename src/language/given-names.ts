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
`;

export const GIVEN_NAMES: ReadonlySet<string> = new Set(NAMES.trim().split(/\s+/));
