import { table } from '../../util/table';
import { FIRST_NAMES } from './names.gen';
import { CITIES, COUNTRIES } from './places.gen';

export interface PlaceInfo {
  name: string;
  kind: 'country' | 'city';
  /** The country's common name ("Syria", "United States"). */
  country: string;
  population: number | null;
}

// Common-usage names that the data packages spell differently; news writes these forms.
const COUNTRY_ALIASES: Record<string, string> = table({
  'united states of america': 'United States',
  usa: 'United States',
  'u.s.': 'United States',
  us: 'United States',
  america: 'United States',
  britain: 'United Kingdom',
  'great britain': 'United Kingdom',
  uk: 'United Kingdom',
  'u.k.': 'United Kingdom',
  england: 'United Kingdom',
  scotland: 'United Kingdom',
  wales: 'United Kingdom',
  'south korea': 'South Korea',
  'north korea': 'North Korea',
  'the netherlands': 'Netherlands',
  holland: 'Netherlands',
  'ivory coast': 'Ivory Coast',
  burma: 'Myanmar',
  türkiye: 'Turkey',
  turkiye: 'Turkey',
  'russian federation': 'Russia',
  czechia: 'Czech Republic',
});

const US_STATES =
  'Alabama Ala. Alaska Arizona Ariz. Arkansas Ark. California Calif. Colorado Colo. Connecticut Conn. Delaware Del. Florida Fla. Georgia Ga. Hawaii Idaho Illinois Ill. Indiana Ind. Iowa Kansas Kan. Kentucky Ky. Louisiana La. Maine Maryland Md. Massachusetts Mass. Michigan Mich. Minnesota Minn. Mississippi Miss. Missouri Mo. Montana Mont. Nebraska Neb. Nevada Nev. N.H. N.J. N.M. N.Y. N.C. N.D. Ohio Oklahoma Okla. Oregon Ore. Pennsylvania Pa. R.I. S.C. S.D. Tennessee Tenn. Texas Utah Vermont Vt. Virginia Va. Washington Wash. W.Va. Wisconsin Wis. Wyoming Wyo. D.C.'.split(
    ' ',
  );
const US_STATE_NAMES = [
  'New Hampshire',
  'New Jersey',
  'New Mexico',
  'New York',
  'North Carolina',
  'North Dakota',
  'Rhode Island',
  'South Carolina',
  'South Dakota',
  'West Virginia',
];

// News spellings of cities the data package lacks or writes otherwise: [canonical name, country].
const CITY_ALIASES: Record<string, readonly [string, string]> = table({
  washington: ['Washington', 'United States'],
  'deir ezzor': ['Deir Ezzor', 'Syria'],
  'deir ez-zor': ['Deir Ezzor', 'Syria'],
  'deir al-zor': ['Deir Ezzor', 'Syria'],
  'albu kamal': ['Albu Kamal', 'Syria'],
  'abu kamal': ['Albu Kamal', 'Syria'],
  kiev: ['Kyiv', 'Ukraine'],
  kyiv: ['Kyiv', 'Ukraine'],
  'the hague': ['The Hague', 'Netherlands'],
  'hong kong': ['Hong Kong', 'China'],
  jerusalem: ['Jerusalem', 'Israel'],
  gaza: ['Gaza', 'Palestine'],
});

let index: Map<string, PlaceInfo> | null = null;
let demonyms: Map<string, string> | null = null;

function build(): Map<string, PlaceInfo> {
  const map = new Map<string, PlaceInfo>();
  const byCode = new Map<string, string>();
  for (const [name, code] of COUNTRIES) byCode.set(code, normalCountry(name));
  // Cities first, so that a country of the same name wins ("Singapore", "Kuwait").
  for (const [name, code, pop] of CITIES) {
    const key = name.toLowerCase();
    const existing = map.get(key);
    if (existing && (existing.population ?? 0) >= pop) continue;
    map.set(key, { name, kind: 'city', country: byCode.get(code) ?? code, population: pop });
  }
  for (const [name, , alts] of COUNTRIES) {
    const info: PlaceInfo = {
      name: normalCountry(name),
      kind: 'country',
      country: normalCountry(name),
      population: null,
    };
    map.set(name.toLowerCase(), info);
    for (const a of alts) if (!map.has(a.toLowerCase())) map.set(a.toLowerCase(), info);
  }
  for (const [alias, [name, country]] of Object.entries(CITY_ALIASES)) {
    map.set(alias, { name, kind: 'city', country, population: null });
  }
  for (const [alias, name] of Object.entries(COUNTRY_ALIASES)) {
    map.set(alias, { name, kind: 'country', country: name, population: null });
  }
  return map;
}

function normalCountry(name: string): string {
  return COUNTRY_ALIASES[name.toLowerCase()] ?? name;
}

/** Looks a place name up among countries and large cities (case-insensitive). */
export function lookupPlace(name: string): PlaceInfo | null {
  index ??= build();
  return index.get(name.trim().toLowerCase()) ?? null;
}

/** Every name lookupPlace knows, lower case (for the tagger's phrase features). */
export function placeNames(): IterableIterator<string> {
  index ??= build();
  return index.keys();
}

/** The country a US state name or postal abbreviation belongs to, for datelines like "FLINT, Mich." */
export function isUsState(name: string): boolean {
  const n = name.trim();
  return US_STATES.includes(n) || US_STATE_NAMES.includes(n);
}

/** Maps an English demonym ("Syrian", "Iranian") to its country's common name. */
export function countryOfDemonym(word: string): string | null {
  if (!demonyms) {
    demonyms = new Map();
    for (const [name, , , demonym] of COUNTRIES) {
      if (demonym) demonyms.set(demonym.toLowerCase(), normalCountry(name));
    }
  }
  return demonyms.get(word.toLowerCase()) ?? null;
}

let firstNames: Set<string> | null = null;

/** Whether a capitalised word is a common English first name ("Peter", "Sergei"). */
export function isFirstName(word: string): boolean {
  firstNames ??= new Set(FIRST_NAMES.split(' '));
  return firstNames.has(word);
}
