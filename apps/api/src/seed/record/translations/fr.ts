import type { RecordTranslation } from './types.js';

/** French (machine translation, to be reviewed by a person in the console). */
export const fr: RecordTranslation = {
  commitments: {
    'lad-2022-BZ-01': {
      title: 'Programme de régularisation des migrants d’Amérique centrale et de la CARICOM',
      description:
        'À partir d’août 2022, mener un programme de régularisation des migrants d’Amérique centrale et de la CARICOM qui vivent au Belize sans statut légal depuis une période déterminée.',
    },
    'lad-2022-CO-01': {
      title: 'Achever le statut de protection temporaire des Vénézuéliens déplacés',
      description:
        'Mener à terme son statut de protection temporaire pour les Vénézuéliens déplacés. Plus de 1,2 million de personnes avaient reçu des documents de régularisation au 10 juin 2022, et l’objectif est de 1,5 million de permis au total d’ici la fin d’août 2022.',
    },
    'lad-2022-CR-01': {
      title:
        'Renouveler la catégorie spéciale de protection temporaire pour les Vénézuéliens, les Nicaraguayens et les Cubains',
      description:
        'Prévoir un renouvellement de la catégorie spéciale temporaire de protection complémentaire pour les Vénézuéliens, les Nicaraguayens et les Cubains arrivés avant mars 2020. Le renouvellement dépend de l’obtention d’un financement. Réunir également un groupe de travail international pour mobiliser un soutien direct et des fonds à cette fin.',
    },
    'lad-2022-EC-01': {
      title: 'Statut régulier pour les Vénézuéliens entrés par un point d’entrée officiel',
      description:
        'Un décret exécutif ouvre un statut régulier aux Vénézuéliens entrés par un point d’entrée officiel mais aujourd’hui sans statut. Il couvre les enfants non accompagnés ou séparés, comprend une amnistie migratoire et fournit des pièces d’identité. L’Équateur entend l’étendre à tous les Vénézuéliens. Les sources divergent sur l’ampleur du programme : le compte rendu de la Maison-Blanche du 27 septembre 2022 y voit une possibilité offerte à plus de 500 000 Vénézuéliens déplacés ; un rapport du 16 novembre 2022 fixe un objectif d’au moins 350 000 personnes dans la première phase ; des responsables de la Maison-Blanche ont déclaré le 6 mai 2024 qu’il avait donné un statut légal à 100 000 personnes.',
    },
    'lad-2022-US-01': {
      title:
        '25 millions de dollars supplémentaires pour le Mécanisme mondial de financement concessionnel de la Banque mondiale',
      description:
        'En collaboration avec le Congrès, ajouter 25 millions de dollars au Mécanisme mondial de financement concessionnel (GCFF) de la Banque mondiale. La priorité va aux pays d’Amérique latine comme l’Équateur et le Costa Rica, pour l’enregistrement, les services sociaux, l’intégration et les communautés d’accueil.',
    },
    'lad-2022-US-02': {
      title:
        'Plus de 314 millions de dollars d’aide humanitaire et au développement pour les réfugiés et les migrants',
      description:
        'Plus de 314 millions de dollars de nouveaux financements humanitaires et de développement du PRM et de l’USAID pour les réfugiés et les migrants vulnérables, notamment pour l’intégration et l’aide aux Vénézuéliens dans 17 pays.',
    },
    'lad-2022-CA-01': {
      title: 'Réinstaller jusqu’à 4 000 réfugiés des Amériques d’ici 2028',
      description:
        'Intensifier la réinstallation des réfugiés en provenance des Amériques, avec pour objectif jusqu’à 4 000 personnes d’ici 2028, et promouvoir les voies régulières dans la région, notamment le recrutement dans le cadre du Programme d’immigration francophone (par exemple pour les Haïtiens). Les sources divergent sur la formulation : la fiche d’information de la Maison-Blanche du 10 juin 2022 indique « jusqu’à 4 000 personnes d’ici 2028 » au titre de la réinstallation des réfugiés ; La Presse Canadienne (10 juin 2022) parle de « 4 000 migrants supplémentaires ».',
    },
    'lad-2022-CA-02': {
      title:
        '26,9 millions de dollars pour les capacités en matière de migration et de protection en Amérique latine et dans les Caraïbes',
      description:
        '26,9 millions de dollars en 2022-2023 pour le renforcement des capacités en matière de migration et de protection en Amérique latine et dans les Caraïbes. Utilisations : intégration, gestion des frontières et des migrations, protection des droits, égalité des genres, et lutte contre le trafic illicite de migrants et la traite des personnes.',
    },
    'lad-2022-CA-03': {
      title: 'Plus de 50 000 travailleurs agricoles du Mexique, du Guatemala et des Caraïbes en 2022',
      description:
        'Prévoit d’accueillir plus de 50 000 travailleurs agricoles du Mexique, du Guatemala et des Caraïbes en 2022.',
    },
    'lad-2022-GT-01': {
      title:
        'Ni taxe sur la valeur ajoutée ni taxe de départ sur les billets d’avion des travailleurs temporaires',
      description:
        'Une loi approuvée le 1er juin 2022 supprime la taxe sur la valeur ajoutée et la taxe de départ sur les billets d’avion des citoyens qui partent avec un contrat de travail temporaire obtenu par l’intermédiaire du ministère du Travail. Elle fait partie d’un ensemble de mesures sur le recrutement équitable et les voies de migration de travail.',
    },
    'lad-2022-MX-01': {
      title: 'Ajouter 10 000 à 20 000 bénéficiaires au programme de Carte de travailleur frontalier',
      description:
        'Élargir le programme de Carte de travailleur frontalier en y ajoutant 10 000 à 20 000 bénéficiaires, avec l’appui de l’USAID pour un recrutement éthique. Les sources divergent sur l’ampleur : la fiche d’information de la Maison-Blanche du 10 juin 2022 indique 10 000 à 20 000 bénéficiaires supplémentaires ; le ministère mexicain des Affaires étrangères (SRE) donne la même fourchette par an et indique que cela double le programme.',
    },
    'lad-2022-MX-02': {
      title: 'Programme de travail temporaire pour 15 000 à 20 000 travailleurs guatémaltèques par an',
      description:
        'Nouveau programme de travail temporaire offrant chaque année des emplois au Mexique à 15 000 à 20 000 travailleurs guatémaltèques. Viser à l’étendre au Honduras et au Salvador à moyen terme.',
    },
    'lad-2022-MX-03': {
      title: 'Placer 20 000 réfugiés reconnus dans des emplois formels sur trois ans',
      description:
        'Placer 20 000 réfugiés reconnus sur le marché du travail formel mexicain sur trois ans, avec le HCR et des entreprises privées, dans les régions qui manquent de main-d’œuvre.',
    },
    'lad-2022-MX-04': {
      title: 'Deux groupes de travail avec les États-Unis : droits du travail et mineurs en déplacement',
      description:
        'Créer deux groupes de travail avec les États-Unis : l’un sur les droits du travail des travailleurs mexicains et l’élargissement des programmes de visas, l’autre sur la protection des mineurs en déplacement.',
    },
    'lad-2022-US-03': {
      title:
        'Projet pilote de l’USDA de 65 millions de dollars pour les exploitations agricoles employant des travailleurs H-2A du nord de l’Amérique centrale',
      description:
        'Commencer à élaborer un projet pilote de l’USDA de 65 millions de dollars, financé par l’American Rescue Plan, qui accorde des subventions aux exploitations agricoles américaines employant des travailleurs du nord de l’Amérique centrale titulaires de visas H-2A, dans le cadre de protections supplémentaires pour les travailleurs. Accord de coopération avec l’United Farm Workers.',
    },
    'lad-2022-US-04': {
      title: '11 500 visas saisonniers H-2B supplémentaires pour le nord de l’Amérique centrale et Haïti',
      description:
        '11 500 visas saisonniers non agricoles H-2B supplémentaires réservés aux ressortissants du nord de l’Amérique centrale et d’Haïti. Débloqués par le DHS et le DOL fin mai 2022 pour l’exercice budgétaire, avec un nouveau contrôle des employeurs.',
    },
    'lad-2022-US-05': {
      title: 'Orientations sur le recrutement équitable des travailleurs migrants temporaires',
      description:
        'Orientations du DOL sur les pratiques de recrutement équitable des travailleurs migrants temporaires (programmes H-2), avec le soutien de Walmart.',
    },
    'lad-2022-US-06': {
      title: 'Réinstaller 20 000 réfugiés des Amériques sur les exercices 2023–2024',
      description:
        'Réinstaller 20 000 réfugiés des Amériques sur les exercices 2023–2024, soit trois fois le niveau de cette année-là.',
    },
    'lad-2022-US-07': {
      title:
        'Davantage d’orientations de réfugiés haïtiens vers le programme d’admission des réfugiés des États-Unis',
      description: 'Accepter davantage d’orientations de réfugiés haïtiens vers l’USRAP.',
    },
    'lad-2022-US-08': {
      title:
        'Reprendre et élargir le programme de libération conditionnelle pour regroupement familial des Haïtiens',
      description:
        'Reprendre le programme de libération conditionnelle pour regroupement familial des Haïtiens et en élargir la participation, de nouvelles invitations étant attendues au début de l’automne 2022. Le département d’État doit accélérer le traitement des visas d’immigrant des Haïtiens et réduire l’arriéré à l’ambassade de Port-au-Prince.',
    },
    'lad-2022-US-09': {
      title: 'Relancer le programme de libération conditionnelle pour regroupement familial des Cubains',
      description:
        'Relancer le programme de libération conditionnelle pour regroupement familial des Cubains : traitement des dossiers à partir de l’été 2022, entretiens à Cuba d’ici le début de l’automne.',
    },
    'lad-2022-ES-01': {
      title:
        'Doubler les voies de migration de travail pour les Honduriens dans les programmes de migration circulaire de l’Espagne',
      description:
        'L’Espagne, État observateur, s’est engagée à doubler le nombre de voies de migration de travail pour les Honduriens dans ses programmes de migration circulaire.',
    },
    'lad-2022-US-10': {
      title: 'Campagne à l’échelle de l’hémisphère contre le trafic illicite de migrants',
      description:
        'Campagne à l’échelle de l’hémisphère contre le trafic illicite de migrants. Le DHS avait déployé en renfort plus de 1 300 agents et investi plus de 50 millions de dollars. Jusqu’à fin mai 2022, environ 20 000 actions de perturbation avaient été enregistrées, et le DHS estime qu’il y a 900 arrivées de moins par jour à la frontière sud-ouest.',
    },
    'lad-2022-US-11': {
      title: 'Procédure d’asile plus rapide pour les personnes en procédure d’expulsion accélérée',
      description:
        'Nouvelle procédure d’asile du DHS et du DOJ pour les personnes en procédure d’expulsion accélérée (lancée fin mai 2022), destinée à ramener la durée de traitement des dossiers de plusieurs années à quelques mois.',
    },
    'lad-2022-US-12': {
      title: 'Plus de 240 millions de dollars de nouvelle aide humanitaire et de sécurité annoncés à Lima',
      description:
        'À Lima : plus de 240 millions de dollars de nouvelle aide humanitaire et de sécurité du département d’État (près de 82 millions de dollars d’aide humanitaire, plus de 160 millions de dollars d’aide bilatérale/régionale). Avec près de 575 millions de dollars annoncés depuis le 21 septembre 2022, le département d’État et l’USAID totalisent près de 817 millions de dollars pour le mois.',
    },
    'lad-2022-PY-01': {
      title:
        'Partager les bonnes pratiques et élaborer une feuille de route sur la traite des personnes et l’harmonisation des visas',
      description:
        'À Lima, le directeur des migrations du Paraguay s’est engagé à partager les bonnes pratiques et à élaborer une feuille de route sur la traite des personnes et sur l’harmonisation des politiques de visas et des documents de voyage.',
    },
    'lad-2023-CA-01': {
      title: 'Accueillir environ 15 000 migrants des Amériques par des voies légales',
      description:
        'Le Canada s’est engagé à accueillir environ 15 000 migrants de l’hémisphère occidental par des voies légales, annonce faite parallèlement à l’élargissement de l’Entente sur les tiers pays sûrs entre les États-Unis et le Canada. Les fiches d’information ultérieures de la Déclaration le présentent comme l’engagement du Canada d’accueillir 15 000 migrants des Amériques.',
    },
    'lad-2023-CA-02': {
      title:
        'Voie humanitaire vers la résidence permanente pour jusqu’à 11 000 Colombiens, Haïtiens et Vénézuéliens',
      description:
        'Dans le cadre des 15 000 : une nouvelle voie humanitaire vers la résidence permanente pour jusqu’à 11 000 Colombiens, Haïtiens et Vénézuéliens se trouvant en Amérique centrale/du Sud ou dans les Caraïbes et ayant de la famille élargie au Canada. Demandes à partir de l’automne 2023. Également 4 000 travailleurs étrangers temporaires supplémentaires de la région en 2023 et le recours au Projet pilote sur la voie d’accès à la mobilité économique.',
    },
    'lad-2024-US-01': {
      title: '578 millions de dollars d’aide humanitaire, au développement et économique',
      description:
        '578 millions de dollars d’aide humanitaire, au développement et économique, pour les besoins urgents, les voies légales, ainsi que la régularisation et l’intégration des migrants.',
    },
    'lad-2024-US-02': {
      title:
        'Restrictions de visa visant les dirigeants d’entreprises maritimes qui facilitent la migration irrégulière',
      description:
        'Restrictions de visa (6 mai 2024) visant les dirigeants de plusieurs entreprises colombiennes de transport maritime qui facilitent la migration irrégulière. Elles prolongent des restrictions antérieures visant le secteur des vols affrétés et les entreprises de transport terrestre, maritime et aérien.',
    },
    'lad-2024-US-03': {
      title:
        'Davantage de ressources pour la sécurité, le contrôle et la vérification aux points d’entrée du Guatemala',
      description:
        'Envoyer davantage de ressources au Guatemala pour renforcer la sécurité, le contrôle et la vérification aux points d’entrée terrestres, aériens et maritimes.',
    },
    'lad-2024-US-04': {
      title: 'Mieux faire connaître l’application CBP One au public',
      description:
        'Mieux faire connaître l’application CBP One au public. Plus de 547 000 personnes l’ont utilisée pour se présenter aux points d’entrée entre janvier 2023 et fin mars 2024.',
    },
    'lad-2024-US-05': {
      title: 'Lancer l’alliance de mobilité de la main-d’œuvre « Labor Neighbors » pour les Amériques',
      description:
        'L’USAID doit lancer l’« Alianza de Movilidad Laboral para las Américas » (« Labor Neighbors »), qui apporte une aide technique pour que de nouveaux pays d’origine et de destination puissent utiliser les voies de migration de travail temporaire.',
    },
    'lad-2024-US-06': {
      title:
        '3 millions de dollars pour protéger les travailleurs des programmes américains de travailleurs étrangers temporaires',
      description:
        'Projet de 3 millions de dollars du DOL pour protéger les travailleurs des programmes américains de travailleurs étrangers temporaires. Les États-Unis rejoignent l’Initiative pour un recrutement équitable de l’OIT et son comité consultatif.',
    },
    'lad-2024-US-07': {
      title:
        'Prêt de 20 millions de dollars de la DFC pour des prêts hypothécaires aux ménages à faible revenu dans les zones rurales du Guatemala',
      description:
        'Approbation par la DFC d’un prêt direct de 20 millions de dollars à la coopérative d’épargne Cosami pour des prêts hypothécaires destinés aux ménages à faible revenu dans les zones rurales du Guatemala.',
    },
    'lad-2024-US-08': {
      title: 'Plateforme en ligne et portail de données de l’OIM pour la Déclaration',
      description:
        'Les États-Unis ont financé le lancement de la plateforme en ligne et du portail de données de l’OIM pour la Déclaration, destinés au partage de bonnes pratiques et de données. La source le présente comme déjà réalisé.',
    },
    'lad-2024-US-09': {
      title: 'Œuvrer à un secrétariat permanent de la Déclaration, piloté par la région',
      description:
        'Œuvrer avec les partenaires à la mise en place d’un secrétariat permanent de la Déclaration, piloté par la région. L’Associated Press (7 mai 2024) ajoute que les signataires ont dit qu’ils créeraient un organe de coordination chargé d’évaluer les progrès de chaque pays.',
    },
    'lad-2024-CR-01': {
      title:
        'Partenariat de partage de données biométriques et protocole d’accord contre la traite des personnes',
      description:
        'Nouveau partenariat de partage de données biométriques avec les États-Unis (DHS) pour améliorer la collecte et la comparaison des données biométriques et la gestion des frontières, ainsi qu’un protocole d’accord entre les États-Unis et le Costa Rica sur la lutte contre la traite des personnes.',
    },
    'lad-2024-CR-02': {
      title: 'Bureaux de mobilité sûre au Costa Rica ouverts aux Équatoriens',
      description:
        'Avec les États-Unis : les Bureaux de mobilité sûre au Costa Rica accepteront également les Équatoriens.',
    },
    'lad-2024-CR-03': {
      title: 'Poursuivre la modernisation du système d’asile',
      description:
        'Poursuivre la modernisation de son système d’asile (numérisation, outils fondés sur les données, détermination plus rapide du statut de réfugié) avec l’appui du HCR et des donateurs.',
    },
    'lad-2024-CR-04': {
      title: 'Élargir la voie de régularisation de la Catégorie spéciale temporaire',
      description:
        'Élargir la voie de régularisation de la Catégorie spéciale temporaire et réduire les obstacles à l’accès, avec une aide internationale continue.',
    },
    'lad-2024-GT-01': {
      title:
        'Bureaux de mobilité sûre au Guatemala ouverts aux Honduriens, aux Salvadoriens et aux Nicaraguayens',
      description:
        'Avec les États-Unis, ouvrir les Bureaux de mobilité sûre au Guatemala aux Honduriens, aux Salvadoriens et aux Nicaraguayens présents au Guatemala. L’Associated Press (7 mai 2024) note qu’ils ne servaient jusque-là que les Guatémaltèques.',
    },
    'lad-2024-MX-01': {
      title: 'Emplois et permis de travail pour les migrants haïtiens : un projet pilote',
      description:
        'Projet pilote avec l’ambassade d’Haïti, l’OIM et le Tent Partnership offrant des emplois et des permis de travail aux migrants haïtiens. La même source fait état de plus de 17 500 visas temporaires délivrés depuis 2022 à des personnes en quête de protection internationale, pour combler les pénuries de main-d’œuvre.',
    },
    'lad-2024-CA-01': {
      title:
        'Accepter les orientations des Bureaux de mobilité sûre et investir 75 millions de dollars canadiens dans les systèmes de protection de la région',
      description:
        'Accepter les orientations du HCR provenant des Bureaux de mobilité sûre. Investir 75 millions de dollars canadiens sur six ans dans des projets qui renforcent les systèmes de migration et de protection de la région.',
    },
    'lad-2024-EC-01': {
      title: 'Nouveau programme de régularisation menant à des visas de résident temporaire',
      description:
        'Nouveau programme de régularisation : les personnes déjà enregistrées peuvent mener à terme l’obtention d’un visa de résident temporaire, et davantage de migrants peuvent présenter une demande.',
    },
    'lad-2024-CO-01': {
      title:
        'Permis spéciaux pour les parents et tuteurs d’enfants sous protection temporaire, et un visa permanent spécial',
      description:
        'Permis spéciaux pour les parents et tuteurs légaux d’enfants titulaires d’un statut de protection temporaire valide, ainsi qu’un nouveau visa permanent spécial pour les migrants latino-américains et caribéens sans statut. Le gouvernement estime qu’il pourrait y avoir jusqu’à 600 000 bénéficiaires. Les sources divergent sur l’ampleur : la fiche d’information de la Maison-Blanche du 7 mai 2024 indique jusqu’à 600 000 pour les permis et le visa ensemble ; la fiche d’information du 26 septembre 2024 indique environ 600 000 parents et tuteurs à eux seuls ; un rapport du 18 juin 2024 indique que le PEP Tutor concerne les tuteurs de plus de 270 000 enfants.',
    },
    'lad-2024-MX-02': {
      title: 'Protocole d’accord de coopération consulaire avec le Guatemala et le Honduras',
      description:
        'Protocole d’accord avec le Guatemala et le Honduras sur la coopération consulaire, la protection et l’assistance aux communautés migrantes, signé en marge de la réunion ministérielle du Guatemala.',
    },
    'lad-2024-GT-02': {
      title: 'Protocole d’accord de coopération consulaire avec le Mexique et le Honduras',
      description: 'Même protocole d’accord consulaire trilatéral (Mexique, Guatemala, Honduras).',
    },
    'lad-2024-HN-01': {
      title: 'Protocole d’accord de coopération consulaire avec le Mexique et le Guatemala',
      description: 'Même protocole d’accord consulaire trilatéral (Mexique, Guatemala, Honduras).',
    },
    'lad-2024-US-10': {
      title:
        'Plus de 686 millions de dollars de nouvelle aide, dont 83 millions de dollars pour la réinstallation et d’autres voies',
      description:
        'Plus de 686 millions de dollars de nouvelle aide humanitaire, au développement, économique et de sécurité, ce qui porte les engagements LAD des États-Unis en 2024 à plus de 1,2 milliard de dollars. Sur ce montant, 83 millions de dollars servent à réinstaller davantage de réfugiés et à orienter des migrants vers d’autres voies, y compris le travail temporaire.',
    },
    'lad-2024-US-11': {
      title:
        'Restrictions de visa visant les dirigeants d’agences de voyage qui facilitent la migration illégale',
      description:
        'Nouvelles restrictions de visa (24 septembre 2024) visant les dirigeants d’agences de voyage en Europe, en Afrique et au Moyen-Orient qui facilitent sciemment la migration illégale.',
    },
    'lad-2024-US-12': {
      title: 'Sanctions contre des réseaux de trafic illicite de migrants',
      description:
        'Sanctions contre huit réseaux de trafic illicite de migrants (plus de 30 personnes et entités) à ce jour. Le 24 septembre 2024, l’OFAC a désigné des affiliés du Clan del Golfo qui contrôlent les flux à travers le Darién, et la Colombie offre une récompense de 50 millions de pesos pour les deux personnes recherchées. La source le présente comme déjà réalisé.',
    },
    'lad-2024-PA-01': {
      title:
        'Projet pilote d’éloignement, après examen des besoins de protection, des étrangers sans fondement juridique pour rester',
      description:
        'Avec un financement des États-Unis, mener un projet pilote d’éloignement des étrangers n’ayant aucun fondement juridique pour rester, après examen des besoins de protection. La fiche d’information de la quatrième réunion ministérielle fait état de centaines de personnes déjà éloignées.',
    },
    'lad-2024-GT-03': {
      title: 'Contrôles biométriques des voyageurs à l’arrivée à l’aéroport international La Aurora',
      description:
        'Avec l’appui des États-Unis, nouveau programme biométrique à l’aéroport international La Aurora qui vérifie les voyageurs à l’arrivée dans les bases de données de sécurité des États-Unis presque en temps réel.',
    },
    'lad-2024-GT-04': {
      title: 'Démantèlement d’un réseau de trafic illicite de migrants lié à la tragédie de San Antonio',
      description:
        'En août 2024, avec l’appui du département de la Justice et du département de la Sécurité intérieure des États-Unis, la police guatémaltèque a démantelé un réseau de trafic illicite de migrants basé au Guatemala, lié à la mort de 53 migrants dans un semi-remorque à San Antonio, au Texas (juin 2022). La source le présente comme déjà réalisé.',
    },
    'lad-2024-BZ-01': {
      title: 'Programme de travailleurs migrants saisonniers pour l’agriculture et la construction',
      description:
        'Mettre en place un programme de travailleurs migrants saisonniers pour l’agriculture et la construction.',
    },
    'lad-2024-CA-02': {
      title:
        'Mobilité de la main-d’œuvre grâce au Projet pilote sur la voie d’accès à la mobilité économique',
      description:
        'Soutenir la mobilité de la main-d’œuvre grâce au Projet pilote sur la voie d’accès à la mobilité économique.',
    },
    'lad-2024-EC-02': {
      title: 'Une unité de mobilité de la main-d’œuvre',
      description: 'Créer une unité de mobilité de la main-d’œuvre avec l’appui des États-Unis.',
    },
    'lad-2024-CR-05': {
      title: 'Maintenir les Bureaux de mobilité sûre au Costa Rica ouverts jusqu’en décembre 2025',
      description:
        'Avec les États-Unis : maintenir les Bureaux de mobilité sûre au Costa Rica ouverts jusqu’en décembre 2025, et ouvrir l’admissibilité aux ressortissants des pays admissibles présents au Costa Rica le 15 septembre 2024 ou avant cette date.',
    },
    'lad-2024-AR-01': {
      title: 'Régime spécial d’admission et de régularisation pour les Vénézuéliens',
      description:
        'Régime spécial d’admission et de régularisation pour les Vénézuéliens : les pièces d’identité expirées au cours des 10 dernières années sont acceptées, et des déclarations sous serment peuvent remplacer les pièces d’identité ou les extraits de casier judiciaire manquants.',
    },
    'lad-2024-CA-03': {
      title:
        'Programme pour étudiants des communautés francophones en situation minoritaire, avec services d’établissement',
      description:
        'Nouveau programme pour étudiants des communautés francophones en situation minoritaire qui offre aux participants des services d’établissement pendant leurs études.',
    },
    'lad-2024-EC-03': {
      title: 'Prolonger la régularisation jusqu’en avril 2025 et renouveler les visas de deux ans',
      description:
        'Prolonger la régularisation jusqu’en avril 2025 (environ 100 000 Vénézuéliens) et renouveler près de 95 000 visas de deux ans déjà délivrés. Les États-Unis aident à débloquer des prêts supplémentaires de la Banque mondiale pour le projet de filet de sécurité sociale de l’Équateur, qui soutient les 450 000 Vénézuéliens présents dans le pays. Les sources divergent : la fiche d’information de la quatrième réunion ministérielle (26 septembre 2024) indique environ 100 000 Vénézuéliens jusqu’en avril 2025 ; des déclarations de la Maison-Blanche du 17 septembre 2024 indiquent que l’Équateur a étendu la régularisation en août 2024 à 200 000 migrants supplémentaires.',
    },
    'lad-2024-MX-03': {
      title: 'Centre de traitement polyvalent au Chiapas',
      description:
        'Ouvrir un centre de traitement polyvalent au Chiapas pour accélérer le traitement des dossiers des personnes en quête de refuge et leur donner accès à des services financiers, de santé et d’éducation.',
    },
    'lad-2024-PA-02': {
      title: 'Statut légal et autorisation de travail pour les migrants en situation irrégulière au Panama',
      description:
        'Entend lancer une procédure permettant aux migrants vivant en situation irrégulière au Panama de demander un statut légal et une autorisation de travail.',
    },
    'lad-2024-PE-01': {
      title: 'Délivrer des documents aux enfants et adolescents migrants des écoles publiques',
      description:
        'Avec les agences des Nations Unies, donner la priorité à la délivrance de documents aux enfants et adolescents migrants des écoles publiques, en étendant la protection et les services de base à eux et à leurs familles.',
    },
    'lad-2024-UY-01': {
      title: 'Statut légal pour les non-ressortissants dont la demande d’asile est en instance',
      description:
        'Deux décrets accordant un statut légal à environ 25 500 non-ressortissants dont la demande d’asile est en instance et serait probablement rejetée. Les sources divergent : la fiche d’information de la quatrième réunion ministérielle (26 septembre 2024) parle de deux décrets et d’environ 25 500 personnes ; Telenoche (16 mai 2024) fait état d’un décret créant la « residencia por arraigo » pour environ 20 000 personnes, principalement des Cubains.',
    },
    'lad-2024-CO-02': {
      title: 'Présider la Déclaration pendant un an et accueillir la cinquième réunion ministérielle',
      description:
        'Assumer la présidence tournante par pays de la Déclaration pour l’année suivante et accueillir la cinquième réunion ministérielle en 2025. Le secrétariat lui-même doit être assuré par la PADF et l’OEA. Les sources divergent sur le rôle de la Colombie : la fiche d’information et les déclarations de la Maison-Blanche des 25 et 26 septembre 2024 parlent d’une présidence tournante par pays, avec un secrétariat assuré par la PADF et l’OEA ; l’ambassade de Colombie aux États-Unis qualifie la Colombie de « présidence inaugurale et premier secrétariat ».',
    },
    'lad-2024-EC-04': {
      title: 'Obligation de visa pour les ressortissants chinois',
      description:
        'Une obligation de visa pour les ressortissants chinois, annoncée en juillet 2024. La Maison-Blanche lui attribue une baisse de 95 % des arrivées de ces ressortissants au Panama et de leur transit par ce pays. La source le présente comme déjà réalisé.',
    },
    'lad-2024-BR-01': {
      title: 'Restrictions d’entrée visant les ressortissants indiens et d’autres nationalités',
      description:
        'Restrictions imposées en août 2024 à l’entrée des ressortissants indiens et d’autres nationalités. La source le présente comme déjà réalisé.',
    },
  },
  progress: {
    'lad-2022-BZ-01-p1':
      'Le Belize avait lancé son programme de régularisation des migrants et réfugiés d’Amérique centrale et des Caraïbes sans statut.',
    'lad-2022-BZ-01-p2':
      'Lors de la réunion ministérielle de Lima, le Belize a fait état d’un programme d’amnistie enregistrant les demandeurs d’asile, les réfugiés et les migrants vulnérables. Le reste de cet élément manque dans les copies de la fiche d’information qui ont pu être lues.',
    'lad-2022-BZ-01-p3':
      'Le programme d’amnistie (ouvert en août 2022, prolongé jusqu’en février 2023) s’est clôturé avec 12 765 demandes de 32 nationalités, pour un objectif d’environ 60 000. L’examen des dossiers devait s’achever au plus tard le 31 mars 2024 ; le gouvernement indique avoir dépensé environ 3 millions de dollars.',
    'lad-2022-CO-01-p1':
      'Le ministre colombien des Affaires étrangères a cité 1 748 945 bénéficiaires du Statut de protection temporaire et 2 508 242 Vénézuéliens dans le pays (selon une source secondaire).',
    'lad-2022-CO-01-p2':
      'La Colombie a accordé un statut légal de 10 ans à plus de 2 millions de migrants et, en avril 2024, a étendu l’admissibilité aux migrants dont les enfants sont inscrits à l’école.',
    'lad-2022-CR-01-p1':
      'Le Costa Rica figure parmi les pays qui appliquent de nouvelles politiques de régularisation ou de protection temporaire.',
    'lad-2022-CR-01-p2':
      'La Catégorie spéciale temporaire a été ouverte le 1er mars 2023 aux Nicaraguayens, Vénézuéliens et Cubains dont la demande d’asile, déposée entre le 1er janvier 2010 et le 30 septembre 2022, est en instance ou a été rejetée. Rendez-vous à partir du 15 avril.',
    'lad-2022-CR-01-p3':
      '8 427 étrangers ont présenté une demande entre le 17 avril 2023 et le 24 janvier 2024, et 4 014 demandes de Nicaraguayens ont été approuvées. La date limite de dépôt était le 29 février 2024 (décret exécutif 43809).',
    'lad-2022-EC-01-p1':
      'L’Équateur avait lancé le programme de régularisation des Vénézuéliens, présenté comme une possibilité offerte à plus de 500 000 Vénézuéliens déplacés.',
    'lad-2022-EC-01-p2':
      'En vertu du décret 436, 17 160 personnes avaient reçu le visa VIRTE sur 31 000 demandeurs. L’objectif est d’au moins 350 000 personnes régularisées dans la première phase, qui court jusqu’en août 2023.',
    'lad-2022-EC-01-p3':
      'Le décret 698 (signé le 22 mars 2023) étend le visa VIRTE et une amnistie, pour 8 mois, aux ressortissants d’autres pays entrés régulièrement au plus tard le 16 septembre 2022 et enregistrés en vertu du décret 436 (du 1er juin 2022).',
    'lad-2022-EC-01-p4':
      'Des responsables de la Maison-Blanche ont déclaré que la procédure équatorienne a donné un statut légal à 100 000 migrants.',
    'lad-2022-US-01-p1':
      'La page du site web de la LAD consacrée aux États-Unis (non datée) indique que les États-Unis ont dégagé 25 millions de dollars pour le Mécanisme mondial de financement concessionnel dans le cadre de leurs efforts au titre de la Déclaration.',
    'lad-2022-US-02-p1':
      'La page du site web de la LAD consacrée aux États-Unis (non datée) indique que les États-Unis ont engagé plus de 314 millions de dollars : près de 103 millions de dollars du PRM pour les Vénézuéliens ; 171 millions de dollars de l’USAID/BHA pour les Vénézuéliens au Brésil, en Colombie, en Équateur, au Pérou et à l’intérieur du Venezuela ; 40 millions de dollars de l’USAID/LAC pour l’intégration en Colombie, en Équateur, au Brésil, au Costa Rica, au Panama et au Belize.',
    'lad-2022-US-04-p1':
      'Les États-Unis ont à peu près doublé cette année-là les visas de travail saisonnier pour le nord de l’Amérique centrale et considérablement élargi le programme pour les Mexicains.',
    'lad-2022-US-06-p1':
      'Les États-Unis ont réaffirmé un objectif allant jusqu’à 20 000 réfugiés d’Amérique latine et des Caraïbes sur les exercices 2023–2024, ce qui les met en voie de plus que tripler les admissions en provenance de l’hémisphère occidental au cours de l’exercice 2023.',
    'lad-2022-US-06-p2':
      'Le plafond de réfugiés de l’exercice 2024, fixé à 125 000, attribue 35 000 à 50 000 places à l’Amérique latine et aux Caraïbes.',
    'lad-2022-US-06-p3':
      'Plus de 21 000 personnes avaient été approuvées pour une réinstallation aux États-Unis par l’intermédiaire des Bureaux de mobilité sûre au Guatemala, au Costa Rica, en Colombie et en Équateur, ce qui laisse prévoir une multiplication par six du nombre de réfugiés approuvés en provenance de la région.',
    'lad-2022-US-06-p4':
      'Le nombre de réfugiés réinstallés en provenance de la région est passé d’environ 4 000 en 2022 à plus de 30 000 « cette année ». Les sources divergent : la fiche d’information du 26 septembre 2024 indique plus de 23 000 au cours de l’exercice 2024.',
    'lad-2022-US-06-p5':
      'Plus de 23 000 réfugiés de l’hémisphère occidental ont été réinstallés au cours de l’exercice 2024 dans le cadre de l’Initiative de mobilité sûre, soit quatre fois plus qu’au cours de l’exercice 2023. Les chiffres rapportés dépassent l’engagement ; la source ne dit pas que l’engagement est rempli. Les sources divergent : des déclarations de la Maison-Blanche du 17 septembre 2024 parlent de plus de 30 000 « cette année ».',
    'lad-2022-US-07-p1':
      'La réinstallation des réfugiés en provenance de la région a été considérablement élargie, notamment pour les Haïtiens, les Vénézuéliens et les Nicaraguayens.',
    'lad-2022-US-09-p1':
      'Le programme de libération conditionnelle pour regroupement familial des Cubains a été relancé, avec des effectifs renforcés. L’ambassade à La Havane devait reprendre le traitement complet des visas d’immigrant à partir du début de 2023, pour la première fois depuis 2017.',
    'lad-2022-US-10-p1':
      'Plus de 5 000 arrestations en cinq mois de campagne contre le trafic illicite de migrants.',
    'lad-2022-US-10-p2': 'Plus de 7 300 arrestations depuis avril 2022 dans le cadre de l’opération.',
    'lad-2022-ES-01-p1':
      '250 Honduriens ont travaillé aux récoltes en Espagne dans le cadre de l’accord en 2022, et 569 étaient attendus en 2023.',
    'lad-2022-MX-01-p1':
      'Cartes de travailleur frontalier délivrées au premier trimestre 2023 : 1 747, contre 730 au premier trimestre 2022 (+139 %) ; 1 529 pour le Chiapas et 218 pour le Tabasco.',
    'lad-2022-MX-02-p1':
      'Selon l’institut des migrations du Guatemala, le Guatemala et le Mexique élaborent un protocole, demandé par les employeurs, pour un programme de visas de travail temporaire couvrant l’ensemble du Mexique, une proposition étant attendue d’ici la fin de 2025 ; la carte frontalière existante ne couvre que les États du sud. La source ne dit pas si le programme de 2022 pour 15 000 à 20 000 Guatémaltèques a démarré.',
    'lad-2022-MX-03-p1':
      'Le Mexique fait état de plus de 17 500 visas temporaires depuis 2022 pour des personnes en quête de protection internationale, afin de remédier aux pénuries de main-d’œuvre. Le rattachement de ce chiffre à cet engagement relève de notre lecture ; la source ne les relie pas.',
    'lad-2023-CA-01-p1':
      'Le Canada dit être en voie d’atteindre son objectif de 4 000 travailleurs étrangers temporaires pour 2023, et a annoncé une voie humanitaire pouvant aller jusqu’à 11 000 places.',
    'lad-2023-CA-01-p2':
      '« Progrès importants » signalés concernant l’engagement d’accueillir 15 000 migrants (aucun chiffre fourni).',
    'lad-2024-CA-01-p1':
      'Le Canada a commencé à recevoir des orientations des Bureaux de mobilité sûre ; les premières arrivées sont attendues en 2025.',
    'lad-2024-US-05-p1':
      'Labor Neighbors a été lancé en mai 2024 dans le cadre de l’Initiative de mobilité sûre.',
    'lad-2024-US-05-p2':
      'Labor Neighbors est en cours d’intégration à l’Initiative de mobilité sûre, afin d’orienter les migrants vers davantage de voies et de faire correspondre l’offre et la demande de main-d’œuvre.',
    'lad-2024-CO-01-p1':
      'Le décret 1209 de 2024 crée le PEP Tutor pour les représentants légaux ou les personnes ayant la garde d’enfants vénézuéliens titulaires d’un PPT ; plus de 270 000 enfants sont concernés.',
    'lad-2024-CO-01-p2':
      'La Colombie a annoncé la signature d’un plan de régularisation qui pourrait couvrir environ 600 000 parents et tuteurs sans papiers d’enfants bénéficiant d’une protection temporaire valide.',
    'lad-2024-CO-01-p3':
      'Les demandes de PEP Tutor sont ouvertes du 1er septembre 2025 au 30 avril 2026, pour les enfants titulaires d’un PPT valide au 31 décembre 2023. Le permis est valable jusqu’au 30 mai 2031 et ne peut pas être prolongé. Aucune source ne fait état du visa permanent spécial.',
    'lad-2024-EC-03-p1':
      'L’Équateur a étendu la régularisation en août 2024 à 200 000 migrants supplémentaires. Les sources divergent : la fiche d’information du 26 septembre 2024 indique environ 100 000 Vénézuéliens, jusqu’en avril 2025.',
    'lad-2024-AR-01-p1':
      'Le régime de la Direction nationale des migrations est entré en vigueur le 20 septembre 2024 pour 90 jours, prorogeables. Il accepte les passeports et cartes d’identité expirés depuis 10 ans au plus, ainsi que les actes de naissance pour les enfants. Environ 20 000 Vénézuéliens en situation irrégulière devraient en bénéficier.',
    'lad-2024-PA-02-p1':
      'Le décret exécutif 6 du 11 mars 2025 crée un « permis de protection de sécurité humanitaire » : valable 2 ans et prolongeable jusqu’à 6 ans de plus, il coûte 1 250 dollars américains, est ouvert aux étrangers en situation irrégulière depuis au moins un an et comprend une autorisation de travail. En vigueur dès sa publication, le 14 mars 2025.',
    'lad-2024-US-10-p1':
      '83 millions de dollars de la nouvelle enveloppe sont destinés à la réinstallation des réfugiés et aux orientations vers d’autres voies. Il s’agit de la ventilation de l’enveloppe ; aucune dépense n’est encore signalée.',
    'lad-2024-US-08-p1':
      'La fiche d’information de la réunion ministérielle du Guatemala présente le lancement de la plateforme comme déjà réalisé.',
    'lad-2024-US-12-p1':
      'La fiche d’information de la quatrième réunion ministérielle présente ces sanctions comme déjà imposées.',
    'lad-2024-GT-04-p1':
      'La fiche d’information de la quatrième réunion ministérielle présente le réseau comme déjà démantelé (août 2024).',
    'lad-2024-EC-04-p1':
      'Des déclarations de la Maison-Blanche du 17 septembre 2024 présentent l’obligation de visa comme en vigueur depuis juillet 2024.',
    'lad-2024-BR-01-p1':
      'Des déclarations de la Maison-Blanche du 17 septembre 2024 présentent les restrictions comme en vigueur depuis août 2024.',
    'lad-2024-PA-01-p1':
      'La fiche d’information de la quatrième réunion ministérielle fait état de centaines de personnes déjà éloignées dans le cadre du projet pilote.',
  },
};
