/**
 * @module Places gazetteer (general world data): countries with their demonyms, capitals and major cities.
 *
 * Each line is `Country | demonyms | cities`. It types "Istanbul" as a place, lets "Russian President"
 * and "Moscow's chief negotiator" name the same country as "Russia's", and keeps demonyms out of entities.
 */

const TABLE = `
Afghanistan|Afghan|Kabul
Albania|Albanian|Tirana
Algeria|Algerian|Algiers
Argentina|Argentine,Argentinian|Buenos Aires
Armenia|Armenian|Yerevan
Australia|Australian|Canberra,Sydney,Melbourne
Austria|Austrian|Vienna
Azerbaijan|Azerbaijani|Baku
Belarus|Belarusian|Minsk
Belgium|Belgian|Brussels
Bosnia|Bosnian|Sarajevo
Brazil|Brazilian|Brasilia,Rio de Janeiro,Sao Paulo
Bulgaria|Bulgarian|Sofia
Canada|Canadian|Ottawa,Toronto,Montreal
Chile|Chilean|Santiago
China|Chinese|Beijing,Shanghai,Tianjin,Hong Kong,Shenzhen,Wuhan
Colombia|Colombian|Bogota
Croatia|Croatian|Zagreb
Cuba|Cuban|Havana
Cyprus|Cypriot|Nicosia
Czechia|Czech|Prague
Denmark|Danish|Copenhagen
Egypt|Egyptian|Cairo
Estonia|Estonian|Tallinn
Ethiopia|Ethiopian|Addis Ababa
Finland|Finnish|Helsinki
France|French|Paris,Marseille,Lyon
Georgia|Georgian|Tbilisi
Germany|German|Berlin,Munich,Hamburg,Frankfurt
Greece|Greek|Athens
Hungary|Hungarian|Budapest
India|Indian|New Delhi,Delhi,Mumbai,Kolkata,Chennai
Indonesia|Indonesian|Jakarta
Iran|Iranian|Tehran
Iraq|Iraqi|Baghdad
Ireland|Irish|Dublin
Israel|Israeli|Jerusalem,Tel Aviv
Italy|Italian|Rome,Milan
Japan|Japanese|Tokyo,Osaka
Jordan|Jordanian|Amman
Kazakhstan|Kazakh|Astana,Almaty
Kenya|Kenyan|Nairobi
Kyrgyzstan|Kyrgyz|Bishkek
Latvia|Latvian|Riga
Lebanon|Lebanese|Beirut
Libya|Libyan|Tripoli
Lithuania|Lithuanian|Vilnius
Mexico|Mexican|Mexico City
Moldova|Moldovan|Chisinau
Mongolia|Mongolian|Ulaanbaatar
Netherlands|Dutch|Amsterdam,The Hague,Rotterdam
New Zealand|New Zealander|Wellington
Nigeria|Nigerian|Abuja,Lagos
North Korea|North Korean|Pyongyang
Norway|Norwegian|Oslo
Pakistan|Pakistani|Islamabad,Karachi
Palestine|Palestinian|Gaza,Ramallah
Poland|Polish|Warsaw,Krakow
Portugal|Portuguese|Lisbon
Qatar|Qatari|Doha
Romania|Romanian|Bucharest
Russia|Russian|Moscow,St. Petersburg,Saint Petersburg,Sochi,Kursk,Belgorod,Rostov,Novosibirsk
Saudi Arabia|Saudi|Riyadh,Jeddah
Serbia|Serbian|Belgrade
Slovakia|Slovak|Bratislava
Slovenia|Slovenian|Ljubljana
South Africa|South African|Pretoria,Johannesburg,Cape Town
South Korea|South Korean,Korean|Seoul
Spain|Spanish|Madrid,Barcelona
Sweden|Swedish|Stockholm
Switzerland|Swiss|Bern,Geneva,Zurich
Syria|Syrian|Damascus,Aleppo
Taiwan|Taiwanese|Taipei
Tajikistan|Tajik|Dushanbe
Turkey|Turkish|Ankara,Istanbul
Turkmenistan|Turkmen|Ashgabat
Ukraine|Ukrainian|Kyiv,Kharkiv,Odesa,Lviv,Dnipro,Zaporizhzhia,Mykolaiv,Kherson,Donetsk,Luhansk,Mariupol,Crimea,Donbas
United Arab Emirates|Emirati|Abu Dhabi,Dubai
United Kingdom|British|London,Edinburgh
United States|American|Washington,New York,Los Angeles,Chicago,Alaska,Anchorage
Uzbekistan|Uzbek|Tashkent
Venezuela|Venezuelan|Caracas
Vietnam|Vietnamese|Hanoi
Yemen|Yemeni|Sanaa
`;

/** Other names of a country as written in news ("US", "U.S.", "Britain"). */
const COUNTRY_ALIASES: readonly (readonly [string, string])[] = [
  ["US", "United States"],
  ["U.S.", "United States"],
  ["USA", "United States"],
  ["U.S.A.", "United States"],
  ["America", "United States"],
  ["UK", "United Kingdom"],
  ["U.K.", "United Kingdom"],
  ["Britain", "United Kingdom"],
  ["Great Britain", "United Kingdom"],
  ["Europe", "Europe"],
  ["Turkiye", "Turkey"],
  ["Holland", "Netherlands"],
];

export interface PlaceInfo {
  readonly name: string;
  /** Lower-case country name the place belongs to (itself for a country). */
  readonly country: string;
  readonly kind: "country" | "city" | "demonym";
}

function buildIndex(): ReadonlyMap<string, PlaceInfo> {
  const index = new Map<string, PlaceInfo>();
  for (const line of TABLE.trim().split("\n")) {
    const [country = "", demonyms = "", cities = ""] = line.split("|");
    const key = country.toLowerCase();
    index.set(key, { name: country, country: key, kind: "country" });
    for (const d of demonyms.split(","))
      index.set(d.toLowerCase(), { name: country, country: key, kind: "demonym" });
    for (const c of cities.split(",")) index.set(c.toLowerCase(), { name: c, country: key, kind: "city" });
  }
  for (const [alias, country] of COUNTRY_ALIASES) {
    index.set(alias.toLowerCase(), { name: country, country: country.toLowerCase(), kind: "country" });
  }
  index.set("european", { name: "Europe", country: "europe", kind: "demonym" });
  return index;
}

/** Lower-case place name (after transliteration normalisation) → what it is. */
export const PLACES: ReadonlyMap<string, PlaceInfo> = buildIndex();
