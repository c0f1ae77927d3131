import type { ActionPackage } from '../schemas/action-package.js';
import { SOURCES } from './sources.js';
import { names } from './text.js';

const lima = [SOURCES.limaMinisterial, SOURCES.limaMinisterialMirror];

/**
 * The eleven action packages identified at the inaugural meeting of special coordinators
 * (2022), leadership confirmed at the Lima Ministerial (6 October 2022), numbered as the
 * Declaration's website and USAID number them. What no source states stays unknown: the lead,
 * participants and name of package 10, the co-lead and participants of package 09 and the lead
 * of package 11 are empty (`participantsComplete: false`), never guessed (see
 * {@link UNKNOWN_FACTS}). English names are the sources'; the other languages are the project's
 * translations. Descriptions are USAID's one-liners.
 */
export const ACTION_PACKAGES: readonly ActionPackage[] = [
  {
    id: 'integration-host-communities',
    pillar: 'I',
    pillarCertainty: 'confirmed',
    name: names('en', {
      en: 'Integration and Support for Host Communities',
      es: 'Integración y apoyo a las comunidades de acogida',
      pt: 'Integração e apoio às comunidades de acolhimento',
      fr: 'Intégration et soutien aux communautés d’accueil',
      ht: 'Entegrasyon ak sipò pou kominote k ap akeyi yo',
    }),
    description: {
      original: 'en',
      text: {
        en: 'Measures to promote social and economic inclusion, ensure productive contributions to society, and benefit host communities.',
      },
    },
    leads: ['CL'],
    participants: ['SV', 'HN', 'EC', 'GY'],
    participantsComplete: true,
    committeeId: null,
    sources: [...lima, SOURCES.usaidImplementation],
  },
  {
    id: 'temporary-protection-regularization',
    pillar: 'I',
    pillarCertainty: 'confirmed',
    name: names('en', {
      en: 'Temporary Protection and Regularization',
      es: 'Protección temporal y regularización',
      pt: 'Proteção temporária e regularização',
      fr: 'Protection temporaire et régularisation',
      ht: 'Pwoteksyon tanporè ak regilarizasyon',
    }),
    description: {
      original: 'en',
      text: {
        en: 'Pathways for large displaced populations to expeditiously receive legal status, work authorization, and access to key services.',
      },
    },
    leads: ['CO'],
    participants: ['EC', 'SV', 'HT'],
    participantsComplete: true,
    committeeId: null,
    sources: [...lima, SOURCES.usaidImplementation],
  },
  {
    id: 'international-financing',
    pillar: 'I',
    pillarCertainty: 'confirmed',
    name: names('en', {
      en: 'International Financing for Migrant-Hosting Countries',
      es: 'Financiamiento internacional para países de acogida de migrantes',
      pt: 'Financiamento internacional para países que acolhem migrantes',
      fr: 'Financement international pour les pays d’accueil de migrants',
      ht: 'Finansman entènasyonal pou peyi k ap akeyi migran',
    }),
    description: {
      original: 'en',
      text: {
        en: 'Access to concessional international financing for middle-income countries impacted by the influx of refugees and migrants.',
      },
    },
    leads: ['EC'],
    participants: ['CL', 'CO', 'HN', 'GY', 'PE', 'US'],
    participantsComplete: true,
    committeeId: null,
    sources: [...lima, SOURCES.usaidImplementation],
  },
  {
    id: 'combatting-xenophobia',
    pillar: 'I',
    // USAID lists it under Pillar I; the Lima fact sheet lists only three Pillar I packages.
    pillarCertainty: 'uncertain',
    name: names('en', {
      en: 'Combatting Xenophobia',
      es: 'Combatir la xenofobia',
      pt: 'Combate à xenofobia',
      fr: 'Lutte contre la xénophobie',
      ht: 'Konbat ksenofobi',
    }),
    description: {
      original: 'en',
      text: {
        en: 'Measures to reduce discrimination against refugees, internally displaced persons, asylum seekers, returnees and stateless persons.',
      },
    },
    leads: ['PE'],
    participants: [],
    participantsComplete: false,
    committeeId: null,
    sources: [SOURCES.usaidImplementation],
  },
  {
    id: 'labor-mobility',
    pillar: 'II',
    pillarCertainty: 'confirmed',
    name: names('en', {
      en: 'Labor Mobility',
      es: 'Movilidad laboral',
      pt: 'Mobilidade laboral',
      fr: 'Mobilité de la main-d’œuvre',
      ht: 'Mobilite travay',
    }),
    description: null,
    leads: ['MX'],
    participants: ['HT', 'US', 'SV', 'GT'],
    participantsComplete: true,
    committeeId: null,
    sources: [...lima, SOURCES.usaidImplementation],
  },
  {
    id: 'investing-in-asylum',
    pillar: 'II',
    pillarCertainty: 'confirmed',
    name: names('en', {
      en: 'Investing in Asylum',
      es: 'Invertir en el asilo',
      pt: 'Investir no asilo',
      fr: 'Investir dans l’asile',
      ht: 'Envesti nan azil',
    }),
    description: null,
    leads: ['CA'],
    participants: ['CR', 'HT'],
    participantsComplete: true,
    committeeId: null,
    sources: [...lima],
  },
  {
    id: 'refugee-resettlement',
    pillar: 'II',
    pillarCertainty: 'confirmed',
    name: names('en', {
      en: 'Refugee Resettlement',
      es: 'Reasentamiento de refugiados',
      pt: 'Reassentamento de refugiados',
      fr: 'Réinstallation des réfugiés',
      ht: 'Reyenstalasyon refijye',
    }),
    description: {
      original: 'en',
      text: {
        en: 'Later named “Refugee Resettlement and Complementary Pathways”. Canada and Guyana co-chair it; members in January 2023: Canada, Guyana, Mexico, the United States and Uruguay.',
      },
    },
    leads: ['CA', 'GY'],
    participants: ['MX', 'UY', 'US'],
    participantsComplete: true,
    committeeId: null,
    sources: [...lima, SOURCES.guyanaTimes, SOURCES.guyanaDpi, SOURCES.ladUnitedStates],
  },
  {
    id: 'family-reunification-pathways',
    pillar: 'II',
    pillarCertainty: 'confirmed',
    name: names('en', {
      en: 'Family Reunification and Alternative Migration Pathways',
      es: 'Reunificación familiar y vías migratorias alternativas',
      pt: 'Reunificação familiar e vias migratórias alternativas',
      fr: 'Regroupement familial et voies de migration alternatives',
      ht: 'Reyinifikasyon fanmi ak lòt chemen migrasyon',
    }),
    description: null,
    leads: ['SV'],
    participants: ['HT', 'MX'],
    participantsComplete: false,
    committeeId: null,
    sources: [...lima],
  },
  {
    id: 'countering-smuggling-trafficking',
    pillar: 'III',
    pillarCertainty: 'confirmed',
    name: names('en', {
      en: 'Countering Human Smuggling and Trafficking',
      es: 'Lucha contra el tráfico ilícito de migrantes y la trata de personas',
      pt: 'Combate ao contrabando de migrantes e ao tráfico de pessoas',
      fr: 'Lutte contre le trafic illicite de migrants et la traite des personnes',
      ht: 'Konbat pasaj migran an kachèt ak trafik moun',
    }),
    description: {
      original: 'en',
      text: {
        en: 'The United States is a co-lead, per the Declaration’s website; the fact sheet of the Guatemala ministerial says it “leads” the committee. The other co-lead and the participants are not published.',
      },
    },
    leads: ['US'],
    participants: [],
    participantsComplete: false,
    committeeId: null,
    sources: [SOURCES.ladUnitedStates, SOURCES.guatemalaMinisterial],
  },
  {
    id: 'pillar-iii-package-10',
    pillar: 'III',
    pillarCertainty: 'confirmed',
    name: names('en', {
      en: 'Action package 10 (name not published)',
      es: 'Paquete de acción 10 (nombre no publicado)',
      pt: 'Pacote de ação 10 (nome não publicado)',
      fr: 'Paquet d’actions 10 (nom non publié)',
      ht: 'Pakè mezi 10 (non an pa pibliye)',
    }),
    description: {
      original: 'en',
      text: {
        en: 'The tenth action package sits under Pillar III. Its name, lead and participants are not in any public source found.',
      },
    },
    leads: [],
    participants: [],
    participantsComplete: false,
    committeeId: null,
    sources: [SOURCES.usaidImplementation],
  },
  {
    id: 'aligning-visa-travel-standards',
    pillar: 'III',
    pillarCertainty: 'confirmed',
    name: names('en', {
      en: 'Aligning Visa and Travel Standards',
      es: 'Armonización de visas y normas de viaje',
      pt: 'Alinhamento de vistos e normas de viagem',
      fr: 'Harmonisation des visas et des normes de voyage',
      ht: 'Aliyman viza ak règ vwayaj',
    }),
    description: {
      original: 'en',
      text: {
        en: 'The Declaration’s website lists the United States as a participant. The lead is not published. Paraguay said at the Lima ministerial that it would work on aligning visa policies and travel documents, without mention of a committee seat.',
      },
    },
    leads: [],
    participants: ['US'],
    participantsComplete: false,
    committeeId: null,
    sources: [SOURCES.ladUnitedStates, SOURCES.paraguayLima],
  },
];
