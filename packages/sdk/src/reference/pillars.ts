import type { Pillar } from '../schemas/pillar.js';
import { SOURCES } from './sources.js';
import { names } from './text.js';

/**
 * The Declaration's four pillars. English names are the official ones (LAD website); Spanish
 * names come from news coverage and still need checking against the signed Spanish text;
 * Portuguese, French and Creole names are the project's translations. Only Pillars I–III have
 * action-package committees (Lima fact sheet). From 2024 U.S. fact sheets speak of "three core
 * pillars"; the four-pillar numbering of the Declaration is kept here.
 */
export const PILLARS: readonly Pillar[] = [
  {
    id: 'I',
    name: names('en', {
      en: 'Promoting Stability and Assistance for Communities of Destination, Origin, Transit, and Return',
      es: 'Promover la estabilidad y la asistencia para las comunidades de destino, origen, tránsito y retorno',
      pt: 'Promover a estabilidade e a assistência às comunidades de destino, origem, trânsito e retorno',
      fr: "Promouvoir la stabilité et l'assistance aux communautés de destination, d'origine, de transit et de retour",
      ht: 'Ankouraje estabilite ak asistans pou kominote destinasyon, orijin, tranzit ak retou yo',
    }),
    shortName: names('en', {
      en: 'Stability and assistance for communities',
      es: 'Estabilidad y asistencia a las comunidades',
      pt: 'Estabilidade e assistência às comunidades',
      fr: 'Stabilité et assistance aux communautés',
      ht: 'Estabilite ak asistans pou kominote yo',
    }),
    hasCommittees: true,
    sources: [SOURCES.ladWebsite, SOURCES.usaid, SOURCES.pillarsEs],
  },
  {
    id: 'II',
    name: names('en', {
      en: 'Promoting Regular Pathways for Migration and International Protection',
      es: 'Promover vías regulares para la migración y la protección internacional',
      pt: 'Promover vias regulares para a migração e a proteção internacional',
      fr: 'Promouvoir des voies régulières de migration et de protection internationale',
      ht: 'Ankouraje chemen regilye pou migrasyon ak pwoteksyon entènasyonal',
    }),
    shortName: names('en', {
      en: 'Regular pathways for migration and international protection',
      es: 'Vías regulares para la migración y la protección internacional',
      pt: 'Vias regulares para a migração e a proteção internacional',
      fr: 'Voies régulières de migration et protection internationale',
      ht: 'Chemen regilye pou migrasyon ak pwoteksyon entènasyonal',
    }),
    hasCommittees: true,
    sources: [SOURCES.ladWebsite, SOURCES.usaid, SOURCES.pillarsEs],
  },
  {
    id: 'III',
    name: names('en', {
      en: 'Promoting Humane Migration Management',
      es: 'Promover la gestión humana de la migración',
      pt: 'Promover a gestão humana da migração',
      fr: 'Promouvoir une gestion humaine des migrations',
      ht: 'Ankouraje yon jesyon migrasyon ki imen',
    }),
    shortName: names('en', {
      en: 'Humane migration management',
      es: 'Gestión humana de la migración',
      pt: 'Gestão humana da migração',
      fr: 'Gestion humaine des migrations',
      ht: 'Jesyon migrasyon ki imen',
    }),
    hasCommittees: true,
    sources: [SOURCES.ladWebsite, SOURCES.usaid, SOURCES.pillarsEs],
  },
  {
    id: 'IV',
    name: names('en', {
      en: 'Promoting a Coordinated Emergency Response',
      es: 'Promover una respuesta coordinada ante emergencias',
      pt: 'Promover uma resposta coordenada a emergências',
      fr: 'Promouvoir une réponse coordonnée aux situations d’urgence',
      ht: 'Ankouraje yon repons dijans kowòdone',
    }),
    shortName: names('en', {
      en: 'Coordinated emergency response',
      es: 'Respuesta coordinada ante emergencias',
      pt: 'Resposta coordenada a emergências',
      fr: 'Réponse coordonnée aux urgences',
      ht: 'Repons dijans kowòdone',
    }),
    hasCommittees: false,
    sources: [SOURCES.ladWebsite, SOURCES.ladPillarIV, SOURCES.usaid, SOURCES.limaMinisterial],
  },
];
