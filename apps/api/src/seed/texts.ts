import type { CoreLocale } from '@lad/sdk';

/** A text in the five languages, English first in the source for readability. */
export type Five = Record<CoreLocale, string>;

export const COMMITMENT_TITLES: { pillar: 'I' | 'II' | 'III' | 'IV'; packages: string[]; text: Five }[] = [
  {
    pillar: 'I',
    packages: ['integration-host-communities'],
    text: {
      en: 'Expand access to health services for migrants in host communities',
      es: 'Ampliar el acceso a servicios de salud para personas migrantes en comunidades de acogida',
      pt: 'Ampliar o acesso a serviços de saúde para migrantes nas comunidades de acolhimento',
      fr: 'Élargir l’accès aux services de santé pour les migrants dans les communautés d’accueil',
      ht: 'Elaji aksè a sèvis sante pou migran nan kominote k ap akeyi yo',
    },
  },
  {
    pillar: 'I',
    packages: ['integration-host-communities'],
    text: {
      en: 'Enrol migrant and refugee children in public schools',
      es: 'Matricular a niñas, niños y adolescentes migrantes y refugiados en escuelas públicas',
      pt: 'Matricular crianças e adolescentes migrantes e refugiados em escolas públicas',
      fr: 'Inscrire les enfants migrants et réfugiés dans les écoles publiques',
      ht: 'Enskri timoun migran ak refijye nan lekòl piblik',
    },
  },
  {
    pillar: 'I',
    packages: ['international-financing', 'integration-host-communities'],
    text: {
      en: 'Fund job training for migrants and host-community youth',
      es: 'Financiar formación laboral para personas migrantes y jóvenes de las comunidades de acogida',
      pt: 'Financiar capacitação profissional para migrantes e jovens das comunidades de acolhimento',
      fr: 'Financer la formation professionnelle des migrants et des jeunes des communautés d’accueil',
      ht: 'Finanse fòmasyon pwofesyonèl pou migran ak jèn nan kominote k ap akeyi yo',
    },
  },
  {
    pillar: 'I',
    packages: ['combatting-xenophobia'],
    text: {
      en: 'Run a national campaign against xenophobia',
      es: 'Realizar una campaña nacional contra la xenofobia',
      pt: 'Realizar uma campanha nacional contra a xenofobia',
      fr: 'Mener une campagne nationale contre la xénophobie',
      ht: 'Fè yon kanpay nasyonal kont ksenofobi',
    },
  },
  {
    pillar: 'I',
    packages: ['temporary-protection-regularization'],
    text: {
      en: 'Regularize the status of migrants already living in the country',
      es: 'Regularizar la situación migratoria de las personas que ya viven en el país',
      pt: 'Regularizar a situação migratória das pessoas que já vivem no país',
      fr: 'Régulariser la situation des personnes migrantes qui vivent déjà dans le pays',
      ht: 'Regilarize sitiyasyon migran ki deja ap viv nan peyi a',
    },
  },
  {
    pillar: 'II',
    packages: ['labor-mobility'],
    text: {
      en: 'Open temporary labour pathways with partner countries',
      es: 'Abrir vías de movilidad laboral temporal con países socios',
      pt: 'Abrir vias de mobilidade laboral temporária com países parceiros',
      fr: 'Ouvrir des voies de mobilité de travail temporaire avec des pays partenaires',
      ht: 'Louvri chemen pou travay tanporè ak peyi patnè yo',
    },
  },
  {
    pillar: 'II',
    packages: ['refugee-resettlement'],
    text: {
      en: 'Resettle refugees referred by UNHCR',
      es: 'Reasentar a personas refugiadas remitidas por el ACNUR',
      pt: 'Reassentar pessoas refugiadas encaminhadas pelo ACNUR',
      fr: 'Réinstaller des réfugiés orientés par le HCR',
      ht: 'Reyenstale refijye HCR voye bay peyi a',
    },
  },
  {
    pillar: 'II',
    packages: ['investing-in-asylum'],
    text: {
      en: 'Reduce the asylum backlog and decide claims faster',
      es: 'Reducir el rezago de solicitudes de asilo y resolverlas con mayor rapidez',
      pt: 'Reduzir o acúmulo de pedidos de asilo e decidi-los mais rapidamente',
      fr: 'Réduire l’arriéré des demandes d’asile et les traiter plus vite',
      ht: 'Diminye dosye azil ki an reta epi trete demann yo pi vit',
    },
  },
  {
    pillar: 'II',
    packages: ['family-reunification-pathways'],
    text: {
      en: 'Create family reunification visas',
      es: 'Crear visas de reunificación familiar',
      pt: 'Criar vistos de reunificação familiar',
      fr: 'Créer des visas de regroupement familial',
      ht: 'Kreye viza pou reyinifikasyon fanmi',
    },
  },
  {
    pillar: 'II',
    packages: ['labor-mobility'],
    text: {
      en: 'Recognise foreign degrees and professional qualifications',
      es: 'Reconocer títulos y calificaciones profesionales obtenidos en el extranjero',
      pt: 'Reconhecer diplomas e qualificações profissionais obtidos no exterior',
      fr: 'Reconnaître les diplômes et qualifications professionnelles obtenus à l’étranger',
      ht: 'Rekonèt diplòm ak kalifikasyon pwofesyonèl moun te jwenn lòt bò',
    },
  },
  {
    pillar: 'III',
    packages: [],
    text: {
      en: 'Train border officials in human rights and protection screening',
      es: 'Capacitar al personal fronterizo en derechos humanos e identificación de necesidades de protección',
      pt: 'Capacitar agentes de fronteira em direitos humanos e identificação de necessidades de proteção',
      fr: 'Former les agents frontaliers aux droits humains et au repérage des besoins de protection',
      ht: 'Fòme ajan fwontyè yo sou dwa moun ak idantifikasyon bezwen pwoteksyon',
    },
  },
  {
    pillar: 'III',
    packages: [],
    text: {
      en: 'Set up alternatives to immigration detention for families',
      es: 'Establecer alternativas a la detención migratoria para familias',
      pt: 'Estabelecer alternativas à detenção migratória para famílias',
      fr: 'Mettre en place des alternatives à la détention des familles migrantes',
      ht: 'Mete altènativ pou fanmi migran pa fèmen nan sant detansyon',
    },
  },
  {
    pillar: 'III',
    packages: [],
    text: {
      en: 'Guarantee safe and dignified return and reintegration',
      es: 'Garantizar un retorno y una reintegración seguros y dignos',
      pt: 'Garantir um retorno e uma reintegração seguros e dignos',
      fr: 'Garantir un retour et une réintégration sûrs et dignes',
      ht: 'Garanti yon retou ak yon reyentegrasyon ki an sekirite epi ki diy',
    },
  },
  {
    pillar: 'III',
    packages: [],
    text: {
      en: 'Fight migrant smuggling and trafficking in persons',
      es: 'Combatir el tráfico ilícito de migrantes y la trata de personas',
      pt: 'Combater o contrabando de migrantes e o tráfico de pessoas',
      fr: 'Lutter contre le trafic de migrants et la traite des personnes',
      ht: 'Konbat trafik migran ak trafik moun',
    },
  },
  {
    pillar: 'IV',
    packages: [],
    text: {
      en: 'Prepare a regional plan for sudden mass displacement after disasters',
      es: 'Preparar un plan regional ante desplazamientos masivos repentinos tras desastres',
      pt: 'Preparar um plano regional para deslocamentos massivos repentinos após desastres',
      fr: 'Préparer un plan régional face aux déplacements massifs soudains après une catastrophe',
      ht: 'Prepare yon plan rejyonal pou lè anpil moun deplase toudenkou apre yon katastwòf',
    },
  },
  {
    pillar: 'IV',
    packages: [],
    text: {
      en: 'Pre-position humanitarian supplies along migration routes',
      es: 'Preposicionar suministros humanitarios a lo largo de las rutas migratorias',
      pt: 'Pré-posicionar suprimentos humanitários ao longo das rotas migratórias',
      fr: 'Prépositionner des secours humanitaires le long des routes migratoires',
      ht: 'Mete materyèl imanitè davans sou wout migrasyon yo',
    },
  },
];

export const DEMO_DESCRIPTION: Five = {
  en: 'Demonstration data: not a real commitment. It shows how a government’s commitment, its timeline and its indicators appear.',
  es: 'Datos de demostración: no es un compromiso real. Muestra cómo se ven el compromiso de un gobierno, su cronología y sus indicadores.',
  pt: 'Dados de demonstração: não é um compromisso real. Mostra como aparecem o compromisso de um governo, sua linha do tempo e seus indicadores.',
  fr: 'Données de démonstration : ce n’est pas un engagement réel. Elles montrent comment s’affichent l’engagement d’un gouvernement, sa chronologie et ses indicateurs.',
  ht: 'Done demonstrasyon: sa a se pa yon vrè angajman. Li montre kijan angajman yon gouvènman, etap li yo ak endikatè li yo parèt.',
};

export const UPDATE_SUMMARIES: Five[] = [
  {
    en: 'Budget allocated in the annual plan.',
    es: 'Presupuesto asignado en el plan anual.',
    pt: 'Orçamento alocado no plano anual.',
    fr: 'Budget inscrit dans le plan annuel.',
    ht: 'Lajan an mete nan plan anyèl la.',
  },
  {
    en: 'Pilot launched in two regions.',
    es: 'Piloto lanzado en dos regiones.',
    pt: 'Piloto lançado em duas regiões.',
    fr: 'Projet pilote lancé dans deux régions.',
    ht: 'Yon pwojè pilòt kòmanse nan de rejyon.',
  },
  {
    en: 'Consultation with civil society held; written comments published.',
    es: 'Consulta con la sociedad civil realizada; comentarios escritos publicados.',
    pt: 'Consulta à sociedade civil realizada; comentários escritos publicados.',
    fr: 'Consultation de la société civile tenue ; commentaires écrits publiés.',
    ht: 'Konsiltasyon ak sosyete sivil la fèt; kòmantè ekri yo pibliye.',
  },
  {
    en: 'Regulation approved and in force.',
    es: 'Reglamento aprobado y vigente.',
    pt: 'Regulamento aprovado e em vigor.',
    fr: 'Règlement adopté et en vigueur.',
    ht: 'Règleman an apwouve epi li an aplikasyon.',
  },
  {
    en: 'First results report published.',
    es: 'Publicado el primer informe de resultados.',
    pt: 'Publicado o primeiro relatório de resultados.',
    fr: 'Premier rapport de résultats publié.',
    ht: 'Premye rapò sou rezilta yo pibliye.',
  },
];

export const CONSULTATION_NOTES: Five = {
  en: 'Two meetings with migrant-led organisations before the plan was adopted (demonstration data).',
  es: 'Dos reuniones con organizaciones lideradas por personas migrantes antes de adoptar el plan (datos de demostración).',
  pt: 'Duas reuniões com organizações lideradas por migrantes antes da adoção do plano (dados de demonstração).',
  fr: 'Deux réunions avec des organisations dirigées par des migrants avant l’adoption du plan (données de démonstration).',
  ht: 'De reyinyon ak òganizasyon migran dirije anvan yo te adopte plan an (done demonstrasyon).',
};

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
      ht: 'Pèmi travay tanporè ki bay',
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
    es: 'Intérpretes de kreyòl y portugués en los dos puestos con más tránsito.',
    pt: 'Intérpretes de kreyòl e português nos dois postos mais movimentados.',
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
    ht: 'Sesyon enfòmasyon chak trimès',
  },
  national_consultation: {
    en: 'Quarterly meeting with the special coordinator',
    es: 'Reunión trimestral con la coordinación especial',
    pt: 'Reunião trimestral com a coordenação especial',
    fr: 'Réunion trimestrielle avec le coordinateur spécial',
    ht: 'Reyinyon chak trimès ak kowòdonatè espesyal la',
  },
  coordinators_meeting: {
    en: 'Meeting of special coordinators (CSO observers)',
    es: 'Reunión de coordinadores especiales (OSC observadoras)',
    pt: 'Reunião de coordenadores especiais (OSC observadoras)',
    fr: 'Réunion des coordinateurs spéciaux (OSC observatrices)',
    ht: 'Reyinyon kowòdonatè espesyal yo (OSC kòm obsèvatè)',
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
