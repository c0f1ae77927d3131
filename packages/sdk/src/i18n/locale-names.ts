import type { CoreLocale } from '../schemas/locale.js';

// Names browsers do not have (or have only in another language), for each of the five
// languages: data only, kept apart from the functions that read it so a bundle can load it when a
// reader's language needs it (the widgets load it with their language files). The functions
// `countryName`, `zoneCity`, `languageName`, `unitName` and `formatQuantity` read it for you.

/**
 * Haitian Creole names of the countries and territories of the Americas. Browsers and Node
 * have no Creole names (they would give French ones), so these are ours. `GY` is Giyana:
 * "Giyàn" would read as French Guiana (Giyàn franse).
 */
export const HT_COUNTRY_NAMES: Readonly<Record<string, string>> = {
  AG: 'Antigwa ak Babouda',
  AR: 'Ajantin',
  BS: 'Bahamas',
  BB: 'Babad',
  BZ: 'Beliz',
  BO: 'Bolivi',
  BR: 'Brezil',
  CA: 'Kanada',
  CL: 'Chili',
  CO: 'Kolonbi',
  CR: 'Kosta Rika',
  CU: 'Kiba',
  DM: 'Dominik',
  DO: 'Repiblik Dominikèn',
  EC: 'Ekwatè',
  SV: 'Salvadò',
  GD: 'Grenad',
  GT: 'Gwatemala',
  GY: 'Giyana',
  HT: 'Ayiti',
  HN: 'Ondiras',
  JM: 'Jamayik',
  MX: 'Meksik',
  NI: 'Nikaragwa',
  PA: 'Panama',
  PY: 'Paragwe',
  PE: 'Pewou',
  KN: 'Sen Kits ak Nevis',
  LC: 'Sent Lisi',
  VC: 'Sen Vensan ak Grenadin',
  SR: 'Sirinam',
  TT: 'Trinite ak Tobago',
  US: 'Etazini',
  UY: 'Irigwe',
  VE: 'Venezwela',
  AI: 'Angiya',
  AW: 'Awouba',
  BM: 'Bèmid',
  BQ: 'Bonè, Sent Ekstatis ak Saba',
  VG: 'Zile Vyèj Britanik yo',
  KY: 'Zile Kayiman yo',
  CW: 'Kiraso',
  FK: 'Zile Malwin yo',
  GF: 'Giyàn franse',
  GL: 'Groenlann',
  GP: 'Gwadloup',
  MQ: 'Matinik',
  MS: 'Monsera',
  PR: 'Pòtoriko',
  BL: 'Sen Batelmi',
  MF: 'Sen Maten (pati franse)',
  PM: 'Sen Pyè ak Miklon',
  SX: 'Sen Maten (pati olandè)',
  TC: 'Zile Tik ak Kayik yo',
  VI: 'Zile Vyèj Ameriken yo',
};

/**
 * Creole names of the five languages and of others that meetings of the Americas use or
 * interpret into. Browsers have no Creole names; a language missing here is named in its own language.
 */
export const HT_LANGUAGE_NAMES: Readonly<Record<string, string>> = {
  es: 'panyòl',
  en: 'angle',
  pt: 'pòtigè',
  fr: 'franse',
  ht: 'kreyòl ayisyen',
  de: 'alman',
  it: 'italyen',
  nl: 'neyèlandè',
  pap: 'papyamento',
  qu: 'kechwa',
  gn: 'gwarani',
  ay: 'aymara',
  srn: 'sranan',
  zh: 'chinwa',
  ar: 'arab',
  ja: 'japonè',
  ru: 'ris',
  ase: 'lang siy ameriken',
  lsm: 'lang siy meksiken',
  bzs: 'lang siy brezilyen',
  fsl: 'lang siy franse',
};

/**
 * City names of the Americas' time zones where a language writes them differently from the
 * zone's own name (`America/Port-au-Prince` → "Pòtoprens" in Creole, "Puerto Príncipe" in
 * Spanish). `[zone city][es, pt, fr, ht]`; a language left empty writes the city as the zone does.
 */
const ZONE_CITIES: Readonly<Record<string, readonly [string, string, string, string]>> = {
  'Port-au-Prince': ['Puerto Príncipe', 'Porto Príncipe', 'Port-au-Prince', 'Pòtoprens'],
  Santo_Domingo: ['Santo Domingo', 'São Domingos', 'Saint-Domingue', 'Sendomeng'],
  New_York: ['Nueva York', 'Nova York', 'New York', 'Nouyòk'],
  Mexico_City: ['Ciudad de México', 'Cidade do México', 'Mexico', 'Meksiko'],
  Havana: ['La Habana', 'Havana', 'La Havane', 'Lavàn'],
  Panama: ['Panamá', 'Cidade do Panamá', 'Panama', 'Panama'],
  Bogota: ['Bogotá', 'Bogotá', 'Bogota', 'Bogota'],
  Sao_Paulo: ['São Paulo', 'São Paulo', 'São Paulo', 'Sao Polo'],
  Asuncion: ['Asunción', 'Assunção', 'Asuncion', 'Asunsyon'],
  Port_of_Spain: ['Puerto España', 'Porto de Espanha', 'Port-d’Espagne', 'Pòdèspay'],
  Martinique: ['Martinica', 'Martinica', 'Martinique', 'Matinik'],
  Guadeloupe: ['Guadalupe', 'Guadalupe', 'Guadeloupe', 'Gwadloup'],
  Jamaica: ['Jamaica', 'Jamaica', 'Jamaïque', 'Jamayik'],
  Barbados: ['Barbados', 'Barbados', 'Barbade', 'Babad'],
  Belize: ['Belice', 'Belize', 'Belize', 'Beliz'],
  Guyana: ['Guyana', 'Guiana', 'Guyana', 'Giyana'],
  Costa_Rica: ['Costa Rica', 'Costa Rica', 'Costa Rica', 'Kosta Rika'],
  El_Salvador: ['El Salvador', 'El Salvador', 'Salvador', 'Salvadò'],
  Guatemala: ['Guatemala', 'Guatemala', 'Guatemala', 'Gwatemala'],
  Lima: ['Lima', 'Lima', 'Lima', 'Lima'],
  Los_Angeles: ['Los Ángeles', 'Los Angeles', 'Los Angeles', 'Los Anjelès'],
  Puerto_Rico: ['Puerto Rico', 'Porto Rico', 'Porto Rico', 'Pòtoriko'],
  Nassau: ['Nasáu', 'Nassau', 'Nassau', 'Naso'],
  Cayenne: ['Cayena', 'Caiena', 'Cayenne', 'Kayèn'],
};
type Forms = readonly [one: string, other: string];
/** `[en, es, pt, fr, ht]`, each `[one, other]`; Creole has one form. */
type UnitNames = readonly [en: Forms, es: Forms, pt: Forms, fr: Forms, ht: string];

/**
 * Units an indicator can count in, each named in the five languages. An indicator whose
 * `unit` is one of these keys is shown in the reader's language ("12 000 timoun"); any other
 * unit is shown as written.
 */
const UNIT_TABLE = {
  people: [
    ['person', 'people'],
    ['persona', 'personas'],
    ['pessoa', 'pessoas'],
    ['personne', 'personnes'],
    'moun',
  ],
  children: [
    ['child', 'children'],
    ['niño o niña', 'niñas y niños'],
    ['criança', 'crianças'],
    ['enfant', 'enfants'],
    'timoun',
  ],
  households: [
    ['household', 'households'],
    ['hogar', 'hogares'],
    ['família', 'famílias'],
    ['ménage', 'ménages'],
    'fanmi',
  ],
  permits: [
    ['permit', 'permits'],
    ['permiso', 'permisos'],
    ['autorização', 'autorizações'],
    ['permis', 'permis'],
    'pèmi',
  ],
  visas: [['visa', 'visas'], ['visa', 'visas'], ['visto', 'vistos'], ['visa', 'visas'], 'viza'],
  applications: [
    ['application', 'applications'],
    ['solicitud', 'solicitudes'],
    ['pedido', 'pedidos'],
    ['demande', 'demandes'],
    'demann',
  ],
  workers: [
    ['worker', 'workers'],
    ['trabajador', 'trabajadores'],
    ['trabalhador', 'trabalhadores'],
    ['travailleur', 'travailleurs'],
    'travayè',
  ],
  refugees: [
    ['refugee', 'refugees'],
    ['persona refugiada', 'personas refugiadas'],
    ['refugiado', 'refugiados'],
    ['réfugié', 'réfugiés'],
    'refijye',
  ],
  days: [['day', 'days'], ['día', 'días'], ['dia', 'dias'], ['jour', 'jours'], 'jou'],
} as const satisfies Record<string, UnitNames>;

/** The names one language needs beyond `Intl`: what {@link LOCALE_NAMES} holds per language. */
export interface LocaleNames {
  /** Country and territory names by ISO code (Creole only: `Intl` has the others). */
  countries?: Readonly<Record<string, string>>;
  /** Time-zone cities by their IANA spelling (`Port-au-Prince` → `Pòtoprens`). */
  cities?: Readonly<Record<string, string>>;
  /** Language names by tag where `Intl` has none or another (Creole: all of them). */
  languages?: Readonly<Record<string, string>>;
  /** Indicator units by code: `[one, other]`. */
  units: Readonly<Record<string, readonly [one: string, other: string]>>;
}

const ZONE_LANGUAGES = ['es', 'pt', 'fr', 'ht'] as const;
const UNIT_LANGUAGES = ['en', 'es', 'pt', 'fr', 'ht'] as const;

function build(locale: CoreLocale): LocaleNames {
  const zoneIndex = (ZONE_LANGUAGES as readonly string[]).indexOf(locale);
  const unitIndex = UNIT_LANGUAGES.indexOf(locale);
  const units = Object.fromEntries(
    Object.entries(UNIT_TABLE as Record<string, UnitNames>).map(([unit, forms]) => {
      const f = forms[unitIndex];
      return [unit, typeof f === 'string' ? ([f, f] as const) : (f as Forms)];
    }),
  );
  const cities =
    zoneIndex < 0
      ? undefined
      : Object.fromEntries(Object.entries(ZONE_CITIES).map(([city, n]) => [city, n[zoneIndex] as string]));
  if (locale === 'ht') return { countries: HT_COUNTRY_NAMES, cities, languages: HT_LANGUAGE_NAMES, units };
  // `Intl` calls Haitian Creole just "haitiano" in Spanish and Portuguese.
  if (locale === 'es') return { cities, languages: { ht: 'criollo haitiano' }, units };
  if (locale === 'pt') return { cities, languages: { ht: 'crioulo haitiano' }, units };
  return { cities, units };
}

/** For each of the five languages, the names it needs beyond `Intl`. */
export const LOCALE_NAMES: Readonly<Record<CoreLocale, LocaleNames>> = {
  en: /* @__PURE__ */ build('en'),
  es: /* @__PURE__ */ build('es'),
  pt: /* @__PURE__ */ build('pt'),
  fr: /* @__PURE__ */ build('fr'),
  ht: /* @__PURE__ */ build('ht'),
};
