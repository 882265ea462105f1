/**
 * @module Transliteration variants (data): one person or place written several ways.
 *
 * Given-name sets make "Vladimir Zelensky" and "Volodymyr Zelenskyy" one key, but only together with
 * a matching surname, so "Vladimir Putin" stays a different person.
 */

/** Surname endings that differ only by transliteration ("Zelenskyy" / "Zelenskiy" / "Zelensky"). */
export const SURNAME_SUFFIX_RULES: readonly (readonly [RegExp, string])[] = [
  // Ukrainian/Russian -ський/-ский romanised in many ways
  [/(?:skyy|skyi|skiy|skii|ski|sky)$/, "sky"],
  [/(?:tskyy|tskiy|tsky)$/, "tsky"],
  // adjectival -ий endings: "Dmitriy" / "Dmitry"
  [/(?:iy|yy|ii)$/, "y"],
  // -ев romanised -yev / -ev / -jev: "Lavrentyev" / "Lavrentev"
  [/(?:yev|jev)$/, "ev"],
];

/**
 * Korean family names in their competing romanisations (Revised, McCune-Reischauer, customary): one surname each; the
 * first is the key. Only spellings that are no common English word.
 */
export const SURNAME_VARIANTS: readonly (readonly string[])[] = [
  ["jeong", "chung", "jung", "cheong"],
  ["lee", "yi", "rhee"],
  ["park", "pak", "bak", "bahk"],
  ["choi", "choe"],
  ["baek", "paek", "baik", "paik"],
  ["cho", "jo"],
  ["yoon", "yun"],
  ["kwak", "gwak"],
  ["kang", "gang"],
  ["kim", "gim"],
  ["han", "hahn"],
];

/** Given names that are the same name in another language or transliteration; the first is the key. */
export const GIVEN_NAME_VARIANTS: readonly (readonly string[])[] = [
  ["vladimir", "volodymyr", "wladimir", "volodimir", "wolodymyr"],
  ["alexander", "oleksandr", "aleksandr", "alexandr", "olexandr"],
  ["nikolai", "mykola", "nikolay", "nicolai"],
  ["sergei", "sergey", "serhiy", "serhii", "sergiy", "serguei"],
  ["dmitry", "dmitri", "dmitriy", "dmytro", "dmitro"],
  ["alexei", "alexey", "aleksei", "aleksey", "oleksiy", "oleksii"],
  ["andrei", "andrey", "andriy", "andrii"],
  ["yuri", "yury", "yuriy", "yurii", "iurii"],
  ["mikhail", "mykhailo", "michail"],
  ["yevgeny", "evgeny", "evgeniy", "yevhen", "yevgeniy"],
  ["maxim", "maksim", "maksym"],
  ["pavel", "pavlo"],
  ["petr", "pyotr", "petro"],
  ["vasily", "vasyl", "vasiliy"],
  ["viktor", "victor"],
  ["vitaly", "vitali", "vitaliy", "vitalii"],
  ["valery", "valeriy", "valerii"],
  ["yulia", "yuliya", "julia", "iuliia"],
  ["olga", "olha"],
  ["elena", "olena", "yelena"],
  ["tatiana", "tatyana", "tetiana"],
  ["natalia", "natalya", "nataliya"],
  ["anatoly", "anatoliy", "anatolii"],
  ["arseny", "arseniy", "arsenii"],
  ["vyacheslav", "viacheslav"],
  ["mohammed", "muhammad", "mohammad", "mohamed"],
  // Greek names as Greek, Latin and English-language outlets write them
  ["ioannis", "giannis", "yannis", "yiannis"],
  ["konstantinos", "konstandinos", "constantinos", "constantine", "kostas", "costas"],
  ["eleni", "helen", "helena"],
  ["georgios", "giorgos", "yiorgos", "yorgos"],
  ["dimitrios", "dimitris", "demetrios"],
  ["panagiotis", "panayiotis", "panayotis"],
  ["christos", "hristos"],
  ["vasileios", "vasilis", "vassilis"],
  // Arabic names in their common romanisations
  ["ahmed", "ahmad"],
  ["hussein", "hussain", "husayn", "husein"],
  ["youssef", "yousef", "yusuf", "yousif"],
  ["abdullah", "abdallah", "abdulla"],
  ["khaled", "khalid"],
  ["hisham", "hesham"],
  ["tarek", "tariq", "tarik"],
  ["walid", "waleed"],
  ["mustafa", "mostafa", "moustafa"],
];

/** Place names written differently in different periods or languages; the first is the key. */
export const PLACE_VARIANTS: readonly (readonly string[])[] = [
  ["kyiv", "kiev"],
  ["kharkiv", "kharkov"],
  ["odesa", "odessa"],
  ["lviv", "lvov", "lwow"],
  ["mykolaiv", "nikolaev", "nikolayev"],
  ["zaporizhzhia", "zaporozhye", "zaporizhia"],
  ["dnipro", "dnepr", "dnipropetrovsk"],
  ["luhansk", "lugansk"],
  ["chernihiv", "chernigov"],
  ["belarus", "byelorussia"],
  ["moldova", "moldavia"],
  ["beijing", "peking"],
  ["mumbai", "bombay"],
  ["chennai", "madras"],
  ["kolkata", "calcutta"],
  ["myanmar", "burma"],
  ["turkiye", "turkey"],
  ["czechia", "czech republic"],
  ["eswatini", "swaziland"],
  ["almaty", "alma-ata"],
  ["tbilisi", "tiflis"],
];
