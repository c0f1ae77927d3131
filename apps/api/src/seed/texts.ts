import type { CoreLocale } from '@lad/sdk';

/** A text in the five languages, English first in the source for readability. */
export type Five = Record<CoreLocale, string>;

export const INDICATORS: {
  kind: 'quantitative' | 'qualitative';
  unit: string | null;
  baseline: number;
  target: number;
  text: Five;
}[] = [
  {
    kind: 'quantitative',
    unit: 'people',
    baseline: 0,
    target: 40_000,
    text: {
      en: 'People who received a regular status',
      es: 'Personas que obtuvieron un estatus regular',
      pt: 'Pessoas que obtiveram status regular',
      fr: 'Personnes ayant obtenu un statut régulier',
      ht: 'Moun ki jwenn yon estati regilye',
    },
  },
  {
    kind: 'quantitative',
    unit: 'children',
    baseline: 1_200,
    target: 15_000,
    text: {
      en: 'Migrant and refugee children enrolled in school',
      es: 'Niñas y niños migrantes y refugiados matriculados',
      pt: 'Crianças migrantes e refugiadas matriculadas',
      fr: 'Enfants migrants et réfugiés scolarisés',
      ht: 'Timoun migran ak refijye ki enskri lekòl',
    },
  },
  {
    kind: 'quantitative',
    unit: 'permits',
    baseline: 500,
    target: 8_000,
    text: {
      en: 'Temporary work permits issued',
      es: 'Permisos de trabajo temporal emitidos',
      pt: 'Autorizações de trabalho temporário emitidas',
      fr: 'Permis de travail temporaire délivrés',
      ht: 'Pèmi travay tanporè yo bay',
    },
  },
  {
    kind: 'quantitative',
    unit: 'days',
    baseline: 420,
    target: 120,
    text: {
      en: 'Average days to decide an asylum claim',
      es: 'Días promedio para resolver una solicitud de asilo',
      pt: 'Média de dias para decidir um pedido de asilo',
      fr: 'Nombre moyen de jours pour statuer sur une demande d’asile',
      ht: 'Kantite jou an mwayèn pou deside sou yon demann azil',
    },
  },
  {
    kind: 'qualitative',
    unit: null,
    baseline: 0,
    target: 0,
    text: {
      en: 'Interpretation available at border posts',
      es: 'Interpretación disponible en los puestos fronterizos',
      pt: 'Interpretação disponível nos postos de fronteira',
      fr: 'Interprétation disponible aux postes frontières',
      ht: 'Gen entèprèt disponib nan pòs fwontyè yo',
    },
  },
];

export const QUALITATIVE_NOTES: Five[] = [
  {
    en: 'No interpretation offered yet.',
    es: 'Todavía no se ofrece interpretación.',
    pt: 'Ainda não há interpretação.',
    fr: 'Aucune interprétation proposée pour l’instant.',
    ht: 'Poko gen entèprèt.',
  },
  {
    en: 'Kreyòl and Portuguese interpreters at the two busiest posts.',
    es: 'Intérpretes de criollo haitiano y portugués en los dos puestos con más tránsito.',
    pt: 'Intérpretes de crioulo haitiano e português nos dois postos mais movimentados.',
    fr: 'Interprètes en kreyòl et en portugais aux deux postes les plus fréquentés.',
    ht: 'Gen entèprèt kreyòl ak pòtigè nan de pòs ki pi chaje yo.',
  },
];

export const EVENT_TITLES: Record<string, Five> = {
  information_session: {
    en: 'Quarterly information session',
    es: 'Sesión informativa trimestral',
    pt: 'Sessão informativa trimestral',
    fr: 'Séance d’information trimestrielle',
    ht: 'Sesyon enfòmasyon chak twa mwa',
  },
  national_consultation: {
    en: 'Quarterly meeting with the special coordinator',
    es: 'Reunión trimestral con el coordinador especial',
    pt: 'Reunião trimestral com a coordenação especial',
    fr: 'Réunion trimestrielle avec le coordonnateur spécial',
    ht: 'Reyinyon chak twa mwa ak kowòdonatè espesyal la',
  },
  coordinators_meeting: {
    en: 'Meeting of special coordinators (CSO observers)',
    es: 'Reunión de coordinadores especiales (OSC observadoras)',
    pt: 'Reunião de coordenadores especiais (OSC observadoras)',
    fr: 'Réunion des coordonnateurs spéciaux (OSC observatrices)',
    ht: 'Reyinyon kowòdonatè espesyal yo (òganizasyon sosyete sivil kòm obsèvatè)',
  },
  regional_meeting: {
    en: 'Regional meeting: joint work plan with civil society',
    es: 'Reunión regional: plan de trabajo conjunto con la sociedad civil',
    pt: 'Reunião regional: plano de trabalho conjunto com a sociedade civil',
    fr: 'Réunion régionale : plan de travail conjoint avec la société civile',
    ht: 'Reyinyon rejyonal: plan travay ansanm ak sosyete sivil la',
  },
  high_level_meeting: {
    en: 'Ministerial meeting on the Los Angeles Declaration',
    es: 'Reunión ministerial sobre la Declaración de Los Ángeles',
    pt: 'Reunião ministerial sobre a Declaração de Los Angeles',
    fr: 'Réunion ministérielle sur la Déclaration de Los Angeles',
    ht: 'Reyinyon ministeryèl sou Deklarasyon Los Angeles la',
  },
};

export const AGENDA_ITEMS: Five[] = [
  {
    en: 'Opening and agenda',
    es: 'Apertura y agenda',
    pt: 'Abertura e pauta',
    fr: 'Ouverture et ordre du jour',
    ht: 'Ouvèti ak ajanda',
  },
  {
    en: 'Government progress on the committee’s commitments',
    es: 'Avances de los gobiernos en los compromisos del comité',
    pt: 'Avanços dos governos nos compromissos do comitê',
    fr: 'Avancées des gouvernements sur les engagements du comité',
    ht: 'Pwogrè gouvènman yo sou angajman komite a',
  },
  {
    en: 'Civil-society proposals and recommendations',
    es: 'Propuestas y recomendaciones de la sociedad civil',
    pt: 'Propostas e recomendações da sociedade civil',
    fr: 'Propositions et recommandations de la société civile',
    ht: 'Pwopozisyon ak rekòmandasyon sosyete sivil la',
  },
  {
    en: 'Next steps and date of the next session',
    es: 'Próximos pasos y fecha de la próxima sesión',
    pt: 'Próximos passos e data da próxima sessão',
    fr: 'Prochaines étapes et date de la prochaine séance',
    ht: 'Pwochen etap yo ak dat pwochen sesyon an',
  },
];

export const CRITERIA: Five[] = [
  {
    en: 'Describe your organisation’s work with migrants, refugees or host communities in the last two years.',
    es: 'Describa el trabajo de su organización con personas migrantes, refugiadas o comunidades de acogida en los últimos dos años.',
    pt: 'Descreva o trabalho da sua organização com migrantes, refugiados ou comunidades de acolhimento nos últimos dois anos.',
    fr: 'Décrivez le travail de votre organisation auprès des migrants, des réfugiés ou des communautés d’accueil ces deux dernières années.',
    ht: 'Esplike travay òganizasyon w lan ak migran, refijye oswa kominote k ap akeyi yo nan de dènye ane yo.',
  },
  {
    en: 'Is your organisation led by Indigenous, refugee, migrant or Afro-descendant people?',
    es: '¿Su organización está liderada por personas indígenas, refugiadas, migrantes o afrodescendientes?',
    pt: 'Sua organização é liderada por pessoas indígenas, refugiadas, migrantes ou afrodescendentes?',
    fr: 'Votre organisation est-elle dirigée par des personnes autochtones, réfugiées, migrantes ou afrodescendantes ?',
    ht: 'Èske se moun endijèn, refijye, migran oswa afwo-desandan ki dirije òganizasyon w lan?',
  },
];

export const OUTCOME: Five = {
  en: 'Minutes approved. Governments reported on six commitments; civil society presented three proposals, two of which go to the next session (demonstration data).',
  es: 'Acta aprobada. Los gobiernos informaron sobre seis compromisos; la sociedad civil presentó tres propuestas, dos de las cuales pasan a la próxima sesión (datos de demostración).',
  pt: 'Ata aprovada. Os governos informaram sobre seis compromissos; a sociedade civil apresentou três propostas, duas das quais seguem para a próxima sessão (dados de demonstração).',
  fr: 'Compte rendu adopté. Les gouvernements ont rendu compte de six engagements ; la société civile a présenté trois propositions, dont deux passent à la prochaine séance (données de démonstration).',
  ht: 'Yo apwouve pwosè vèbal la. Gouvènman yo bay nouvèl sou sis angajman; sosyete sivil la prezante twa pwopozisyon, de ladan yo ap pase nan pwochen sesyon an (done demonstrasyon).',
};
