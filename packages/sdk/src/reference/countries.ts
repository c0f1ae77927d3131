import type { Country } from '../schemas/country.js';
import { SOURCES } from './sources.js';
import { names } from './text.js';

const LAUNCH = '2022-06-10';
const launchSources = [SOURCES.declarationText, SOURCES.declarationTextEs, SOURCES.unhcrWelcomes];

type Row = [code: string, en: string, es: string, pt: string, fr: string, ht: string];

// The 20 countries that endorsed the Declaration at the Ninth Summit of the Americas,
// Los Angeles, 10 June 2022.
const LAUNCH_ROWS: Row[] = [
  ['AR', 'Argentina', 'Argentina', 'Argentina', 'Argentine', 'Ajantin'],
  ['BB', 'Barbados', 'Barbados', 'Barbados', 'Barbade', 'Babad'],
  ['BZ', 'Belize', 'Belice', 'Belize', 'Belize', 'Beliz'],
  ['BR', 'Brazil', 'Brasil', 'Brasil', 'Brésil', 'Brezil'],
  ['CA', 'Canada', 'Canadá', 'Canadá', 'Canada', 'Kanada'],
  ['CL', 'Chile', 'Chile', 'Chile', 'Chili', 'Chili'],
  ['CO', 'Colombia', 'Colombia', 'Colômbia', 'Colombie', 'Kolonbi'],
  ['CR', 'Costa Rica', 'Costa Rica', 'Costa Rica', 'Costa Rica', 'Kosta Rika'],
  ['EC', 'Ecuador', 'Ecuador', 'Equador', 'Équateur', 'Ekwatè'],
  ['SV', 'El Salvador', 'El Salvador', 'El Salvador', 'Salvador', 'Salvadò'],
  ['GT', 'Guatemala', 'Guatemala', 'Guatemala', 'Guatemala', 'Gwatemala'],
  ['HT', 'Haiti', 'Haití', 'Haiti', 'Haïti', 'Ayiti'],
  ['HN', 'Honduras', 'Honduras', 'Honduras', 'Honduras', 'Ondiras'],
  ['JM', 'Jamaica', 'Jamaica', 'Jamaica', 'Jamaïque', 'Jamayik'],
  ['MX', 'Mexico', 'México', 'México', 'Mexique', 'Meksik'],
  ['PA', 'Panama', 'Panamá', 'Panamá', 'Panama', 'Panama'],
  ['PY', 'Paraguay', 'Paraguay', 'Paraguai', 'Paraguay', 'Paragwe'],
  ['PE', 'Peru', 'Perú', 'Peru', 'Pérou', 'Pewou'],
  ['US', 'United States', 'Estados Unidos', 'Estados Unidos', 'États-Unis', 'Etazini'],
  ['UY', 'Uruguay', 'Uruguay', 'Uruguai', 'Uruguay', 'Irigwe'],
];

const country = ([code, en, es, pt, fr, ht]: Row): Pick<Country, 'code' | 'name'> => ({
  code,
  name: names('en', { en, es, pt, fr, ht }),
});

/**
 * The countries known to have endorsed the Declaration, each with the date it endorsed and a
 * source. Twenty endorsed at launch (10 June 2022); Guyana had joined by 26 September 2022 (the
 * exact day is not public, so `endorsedOn` is `null` and `endorsedBy` gives that latest date).
 * Later sources speak of 22 endorsers but none names the 22nd: it is left out (see
 * {@link UNKNOWN_FACTS}). Special coordinators are not published in the sources, so they are
 * `null`.
 */
export const SIGNATORIES: readonly Country[] = [
  ...LAUNCH_ROWS.map((row) => ({
    ...country(row),
    signatory: true,
    endorsedOn: LAUNCH,
    specialCoordinator: null,
    sources:
      row[0] === 'BB' || row[0] === 'BZ' || row[0] === 'HT' || row[0] === 'JM'
        ? [...launchSources, SOURCES.gleanerCaricom]
        : launchSources,
  })),
  {
    ...country(['GY', 'Guyana', 'Guyana', 'Guiana', 'Guyana', 'Giyana']),
    signatory: true,
    endorsedOn: null,
    endorsedBy: '2022-09-26',
    specialCoordinator: null,
    sources: [SOURCES.specialCoordinatorsLaunch, SOURCES.limaMinisterial, SOURCES.guyanaTimes],
  },
];
