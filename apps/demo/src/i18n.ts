// The demo site's own words, in the five languages of the widgets.
export const LANGS = ['es', 'en', 'pt', 'fr', 'ht'] as const;
export type Lang = (typeof LANGS)[number];
export const ENDONYMS: Record<Lang, string> = {
  es: 'Español',
  en: 'English',
  pt: 'Português',
  fr: 'Français',
  ht: 'Kreyòl ayisyen',
};

type Entry = Record<Lang, string>;

export const T: Record<string, Entry> = {
  site: {
    en: 'LAD Widgets — demo',
    es: 'LAD Widgets — demostración',
    pt: 'LAD Widgets — demonstração',
    fr: 'LAD Widgets — démonstration',
    ht: 'LAD Widgets — demonstrasyon',
  },
  language: { en: 'Language', es: 'Idioma', pt: 'Idioma', fr: 'Langue', ht: 'Lang' },
  home: { en: 'Home', es: 'Inicio', pt: 'Início', fr: 'Accueil', ht: 'Akèy' },
  tracker: {
    en: 'Commitment tracker',
    es: 'Seguimiento de compromisos',
    pt: 'Acompanhamento de compromissos',
    fr: 'Suivi des engagements',
    ht: 'Swivi angajman yo',
  },
  summary: {
    en: 'Progress summary',
    es: 'Resumen del avance',
    pt: 'Resumo do avanço',
    fr: 'Synthèse des progrès',
    ht: 'Rezime pwogrè a',
  },
  registration: {
    en: 'Registration',
    es: 'Inscripción',
    pt: 'Inscrição',
    fr: 'Inscription',
    ht: 'Enskripsyon',
  },
  proposals: {
    en: 'Proposals',
    es: 'Propuestas',
    pt: 'Propostas',
    fr: 'Propositions',
    ht: 'Pwopozisyon',
  },
  calendar: {
    en: 'Session calendar',
    es: 'Calendario de sesiones',
    pt: 'Calendário de sessões',
    fr: 'Calendrier des séances',
    ht: 'Kalandriye sesyon yo',
  },
  directory: {
    en: 'Committee directory',
    es: 'Directorio de comités',
    pt: 'Diretório de comitês',
    fr: 'Annuaire des comités',
    ht: 'Anyè komite yo',
  },
  builder: {
    en: 'Embed-code builder',
    es: 'Generador de código para insertar',
    pt: 'Gerador de código de incorporação',
    fr: 'Générateur de code d’intégration',
    ht: 'Jeneratè kòd pou mete sou sit ou',
  },
  partner: {
    en: 'On a partner site',
    es: 'En un sitio aliado',
    pt: 'Em um site parceiro',
    fr: 'Sur un site partenaire',
    ht: 'Sou sit yon patnè',
  },
  intro: {
    en: 'LAD Widgets lets governments, civil-society organisations and regional mechanisms of the Americas follow and take part in the Los Angeles Declaration on Migration and Protection: a public tracker of government commitments and indicators, registration for high-level meetings with published criteria, agendas shared in advance, and written proposals to committees — in Spanish, English, Portuguese, French and Haitian Creole. Each widget is one line of HTML on any website.',
    es: 'LAD Widgets permite a gobiernos, organizaciones de la sociedad civil y mecanismos regionales de las Américas seguir y participar en la Declaración de Los Ángeles sobre Migración y Protección: un seguimiento público de los compromisos e indicadores de los gobiernos, la inscripción a reuniones de alto nivel con criterios publicados, agendas compartidas con antelación y propuestas escritas a los comités, en español, inglés, portugués, francés y criollo haitiano. Cada widget es una línea de HTML en cualquier sitio web.',
    pt: 'O LAD Widgets permite que governos, organizações da sociedade civil e mecanismos regionais das Américas acompanhem e participem da Declaração de Los Angeles sobre Migração e Proteção: um acompanhamento público dos compromissos e indicadores dos governos, inscrição em reuniões de alto nível com critérios publicados, pautas divulgadas com antecedência e propostas escritas aos comitês — em espanhol, inglês, português, francês e crioulo haitiano. Cada widget é uma linha de HTML em qualquer site.',
    fr: 'LAD Widgets permet aux gouvernements, aux organisations de la société civile et aux mécanismes régionaux des Amériques de suivre la Déclaration de Los Angeles sur la migration et la protection et d’y prendre part : un suivi public des engagements et des indicateurs des gouvernements, l’inscription aux réunions de haut niveau avec des critères publiés, des ordres du jour diffusés à l’avance et des propositions écrites aux comités — en espagnol, anglais, portugais, français et créole haïtien. Chaque widget tient en une ligne de HTML sur n’importe quel site.',
    ht: 'LAD Widgets pèmèt gouvènman, òganizasyon sosyete sivil ak mekanis rejyonal nan Amerik yo swiv Deklarasyon Los Angeles sou Migrasyon ak Pwoteksyon an epi patisipe ladan l: yon swivi piblik angajman ak endikatè gouvènman yo, enskripsyon pou gwo reyinyon ak kritè ki pibliye, ajanda ki pataje davans, ak pwopozisyon alekri pou komite yo — an panyòl, angle, pòtigè, franse ak kreyòl ayisyen. Chak widget se yon sèl liy HTML sou nenpòt sit entènèt.',
  },
  demoData: {
    en: 'The commitments and their progress come from the public record, each with its sources. Meetings, registrations, proposals, contacts and indicator figures are demonstration data.',
    es: 'Los compromisos y sus avances provienen del registro público, cada uno con sus fuentes. Las reuniones, inscripciones, propuestas, contactos y cifras de indicadores son datos de demostración.',
    pt: 'Os compromissos e seus avanços vêm do registro público, cada um com suas fontes. Reuniões, inscrições, propostas, contatos e números de indicadores são dados de demonstração.',
    fr: 'Les engagements et leurs progrès viennent des sources publiques, chacun avec ses sources. Les réunions, inscriptions, propositions, contacts et chiffres des indicateurs sont des données de démonstration.',
    ht: 'Angajman yo ak pwogrè yo soti nan dosye piblik la, chak ak sous li. Reyinyon, enskripsyon, pwopozisyon, kontak ak chif endikatè yo se done demonstrasyon.',
  },
  forCountry: {
    en: 'For one country: Mexico',
    es: 'Para un país: México',
    pt: 'Para um país: México',
    fr: 'Pour un pays : Mexique',
    ht: 'Pou yon peyi: Meksik',
  },
  everything: {
    en: 'Everything the record holds, most recent first',
    es: 'Todo lo que contiene el registro, lo más reciente primero',
    pt: 'Tudo o que o registro contém, o mais recente primeiro',
    fr: 'Tout ce que contient le registre, le plus récent d’abord',
    ht: 'Tout sa ki nan dosye a, sa ki pi resan an anvan',
  },
  byPillar: {
    en: 'By pillar',
    es: 'Por pilar',
    pt: 'Por pilar',
    fr: 'Par pilier',
    ht: 'Pa pilye',
  },
  byCountry: {
    en: 'Country by country',
    es: 'País por país',
    pt: 'País por país',
    fr: 'Pays par pays',
    ht: 'Peyi pa peyi',
  },
  openEvent: {
    en: 'An open event',
    es: 'Un evento abierto',
    pt: 'Um evento aberto',
    fr: 'Un événement ouvert',
    ht: 'Yon evènman ki louvri',
  },
  fullEvent: {
    en: 'A full event, with a waiting list',
    es: 'Un evento completo, con lista de espera',
    pt: 'Um evento lotado, com lista de espera',
    fr: 'Un événement complet, avec liste d’attente',
    ht: 'Yon evènman ki plen, ak lis datant',
  },
  closedEvent: {
    en: 'A closed event, with its selection report',
    es: 'Un evento cerrado, con su informe de selección',
    pt: 'Um evento encerrado, com seu relatório de seleção',
    fr: 'Un événement clos, avec son rapport de sélection',
    ht: 'Yon evènman ki fèmen, ak rapò seleksyon li',
  },
  agendaTopic: {
    en: 'Propose a topic for the next session',
    es: 'Proponer un tema para la próxima sesión',
    pt: 'Propor um tema para a próxima sessão',
    fr: 'Proposer un sujet pour la prochaine séance',
    ht: 'Pwopoze yon sijè pou pwochen sesyon an',
  },
  policy: {
    en: 'A written proposal to a committee',
    es: 'Una propuesta escrita a un comité',
    pt: 'Uma proposta escrita a um comitê',
    fr: 'Une proposition écrite à un comité',
    ht: 'Yon pwopozisyon alekri pou yon komite',
  },
  partnerNote: {
    en: 'This page imitates a government CMS with aggressive global styles. The widgets keep their look and leak no styles.',
    es: 'Esta página imita el gestor de contenidos de un gobierno con estilos globales agresivos. Los widgets conservan su aspecto y no filtran estilos.',
    pt: 'Esta página imita o CMS de um governo com estilos globais agressivos. Os widgets mantêm sua aparência e não vazam estilos.',
    fr: 'Cette page imite le CMS d’un gouvernement aux styles globaux agressifs. Les widgets gardent leur apparence et n’affectent pas le reste de la page.',
    ht: 'Paj sa a imite sit yon gouvènman ki gen estil global ki agresif. Widget yo kenbe aparans yo epi yo pa chanje rès paj la.',
  },
};

export const t = (key: string, lang: Lang) => T[key]?.[lang] ?? T[key]?.en ?? key;

/**
 * A page's title: its name and the site's (the landing page: the site's alone). In English it is
 * also the title the page is built with (vite.config.ts).
 */
export const pageTitle = (page: string, lang: Lang) =>
  `${page === 'index' ? '' : `${t(page, lang)} · `}${t('site', lang)}`;
