import type { RecordTranslation } from './types.js';

/** Portuguese (machine translation, to be reviewed by a person in the console). */
export const pt: RecordTranslation = {
  commitments: {
    'lad-2022-BZ-01': {
      title: 'Programa de regularização para migrantes da América Central e da CARICOM',
      description:
        'A partir de agosto de 2022, executar um programa para regularizar migrantes da América Central e da CARICOM que tenham vivido em Belize sem status legal durante um período determinado.',
    },
    'lad-2022-CO-01': {
      title: 'Concluir o Estatuto Temporário de Proteção para venezuelanos deslocados',
      description:
        'Concluir seu Estatuto Temporário de Proteção para venezuelanos deslocados. Mais de 1,2 milhão de pessoas haviam recebido documentos de regularização até 10 de junho de 2022, e a meta é de 1,5 milhão de permissões no total até o fim de agosto de 2022.',
    },
    'lad-2022-CR-01': {
      title: 'Renovar a categoria especial temporária de proteção para venezuelanos, nicaraguenses e cubanos',
      description:
        'Planejar a renovação da categoria especial temporária de proteção complementar para venezuelanos, nicaraguenses e cubanos que chegaram antes de março de 2020. A renovação depende da obtenção de financiamento. Além disso, convocar uma força-tarefa internacional para mobilizar apoio direto e recursos para essa finalidade.',
    },
    'lad-2022-EC-01': {
      title: 'Status regular para venezuelanos que entraram por um ponto de entrada oficial',
      description:
        'Um decreto executivo abre o acesso ao status regular para venezuelanos que entraram por um ponto de entrada oficial, mas hoje estão em situação irregular. Abrange crianças desacompanhadas ou separadas, inclui uma anistia migratória e fornece documentos de identidade. O Equador pretende ampliá-lo a todos os venezuelanos. As fontes divergem quanto à escala do programa: o comunicado da Casa Branca de 27 de setembro de 2022 o descreve como uma oportunidade para mais de 500.000 venezuelanos deslocados; um relatório de 16 de novembro de 2022 indica a meta de pelo menos 350.000 pessoas na primeira fase; autoridades da Casa Branca afirmaram em 6 de maio de 2024 que ele havia concedido status legal a 100.000 pessoas.',
    },
    'lad-2022-US-01': {
      title: 'Mais US$ 25 milhões para o Mecanismo Global de Financiamento Concessional do Banco Mundial',
      description:
        'Em conjunto com o Congresso, acrescentar US$ 25 milhões ao Mecanismo Global de Financiamento Concessional (GCFF) do Banco Mundial. A prioridade é para países latino-americanos como Equador e Costa Rica, para registro, serviços sociais, integração e comunidades de acolhida.',
    },
    'lad-2022-US-02': {
      title:
        'Mais de US$ 314 milhões em financiamento humanitário e de desenvolvimento para refugiados e migrantes',
      description:
        'Mais de US$ 314 milhões em novo financiamento humanitário e de desenvolvimento do PRM e da USAID para refugiados e migrantes vulneráveis, incluindo integração e ajuda para venezuelanos em 17 países.',
    },
    'lad-2022-CA-01': {
      title: 'Reassentar até 4.000 refugiados das Américas até 2028',
      description:
        'Intensificar o reassentamento de refugiados das Américas, com a meta de até 4.000 pessoas até 2028, e promover vias regulares na região, incluindo o recrutamento no âmbito do Francophone Immigration Program (por exemplo, para haitianos). As fontes divergem quanto à redação: a ficha informativa da Casa Branca de 10 de junho de 2022 fala em “até 4.000 pessoas até 2028” no reassentamento de refugiados; The Canadian Press (10 de junho de 2022) fala em “4.000 migrantes adicionais”.',
    },
    'lad-2022-CA-02': {
      title: 'US$ 26,9 milhões para capacidades de migração e proteção na América Latina e no Caribe',
      description:
        'US$ 26,9 milhões em 2022-2023 para o fortalecimento de capacidades em migração e proteção na América Latina e no Caribe. Usos: integração, gestão de fronteiras e da migração, proteção de direitos, igualdade de gênero e combate ao contrabando de migrantes e ao tráfico de pessoas.',
    },
    'lad-2022-CA-03': {
      title: 'Mais de 50.000 trabalhadores agrícolas do México, da Guatemala e do Caribe em 2022',
      description:
        'Prevê receber mais de 50.000 trabalhadores agrícolas do México, da Guatemala e do Caribe em 2022.',
    },
    'lad-2022-GT-01': {
      title:
        'Sem impostos sobre valor agregado nem taxas de saída nas passagens aéreas de trabalhadores temporários',
      description:
        'Lei aprovada em 1º de junho de 2022 elimina os impostos sobre valor agregado e as taxas de saída nas passagens aéreas de cidadãos que deixam o país com contratos de trabalho temporário obtidos por meio do Ministério do Trabalho. Faz parte de um pacote sobre recrutamento justo e vias laborais.',
    },
    'lad-2022-MX-01': {
      title: 'Ampliar o programa do Cartão de Trabalhador Fronteiriço em 10.000 a 20.000 beneficiários',
      description:
        'Ampliar o programa do Cartão de Trabalhador Fronteiriço com mais 10.000 a 20.000 beneficiários, com apoio da USAID para o recrutamento ético. As fontes divergem quanto à escala: a ficha informativa da Casa Branca de 10 de junho de 2022 indica de 10.000 a 20.000 beneficiários adicionais; a chancelaria do México (SRE) indica a mesma faixa por ano e afirma que isso dobra o programa.',
    },
    'lad-2022-MX-02': {
      title: 'Programa de trabalho temporário para 15.000 a 20.000 trabalhadores guatemaltecos por ano',
      description:
        'Novo programa de trabalho temporário que oferece empregos no México a 15.000 a 20.000 trabalhadores guatemaltecos por ano. A meta é estendê-lo a Honduras e El Salvador no médio prazo.',
    },
    'lad-2022-MX-03': {
      title: 'Inserir 20.000 refugiados reconhecidos em empregos formais ao longo de três anos',
      description:
        'Inserir 20.000 refugiados reconhecidos no mercado de trabalho formal mexicano ao longo de três anos, com o ACNUR e empresas privadas, em regiões com escassez de mão de obra.',
    },
    'lad-2022-MX-04': {
      title: 'Dois grupos de trabalho com os Estados Unidos: direitos trabalhistas e menores em deslocamento',
      description:
        'Criar dois grupos de trabalho com os Estados Unidos: um sobre os direitos trabalhistas dos trabalhadores mexicanos e programas de vistos mais amplos, outro sobre a proteção de menores em deslocamento.',
    },
    'lad-2022-US-03': {
      title:
        'Piloto de US$ 65 milhões do USDA para fazendas que contratam trabalhadores H-2A do norte da América Central',
      description:
        'Começar a desenvolver um piloto de US$ 65 milhões do USDA, financiado pelo American Rescue Plan, que concede subsídios a fazendas dos EUA que contratam trabalhadores do norte da América Central com vistos H-2A, com proteções adicionais aos trabalhadores. Acordo de cooperação com a United Farm Workers.',
    },
    'lad-2022-US-04': {
      title: '11.500 vistos sazonais H-2B adicionais para o norte da América Central e o Haiti',
      description:
        '11.500 vistos sazonais H-2B adicionais para trabalho não agrícola, reservados a nacionais do norte da América Central e do Haiti. Liberados pelo DHS e pelo DOL no fim de maio de 2022 para o ano fiscal, com nova fiscalização dos empregadores.',
    },
    'lad-2022-US-05': {
      title: 'Orientações sobre recrutamento justo de trabalhadores migrantes temporários',
      description:
        'Orientações do DOL sobre práticas de recrutamento justo para trabalhadores migrantes temporários (programas H-2), com o apoio do Walmart.',
    },
    'lad-2022-US-06': {
      title: 'Reassentar 20.000 refugiados das Américas nos anos fiscais de 2023 e 2024',
      description:
        'Reassentar 20.000 refugiados das Américas nos anos fiscais de 2023 e 2024, o triplo do nível daquele ano.',
    },
    'lad-2022-US-07': {
      title: 'Mais encaminhamentos de refugiados haitianos ao Programa de Admissão de Refugiados dos EUA',
      description: 'Aceitar mais encaminhamentos de refugiados haitianos ao USRAP.',
    },
    'lad-2022-US-08': {
      title: 'Retomar e ampliar o programa Haitian Family Reunification Parole',
      description:
        'Retomar o programa Haitian Family Reunification Parole e ampliar a participação, com novos convites previstos para o início do outono de 2022. O Departamento de Estado deve agilizar o processamento de vistos de imigrante para haitianos e reduzir o acúmulo de pedidos na Embaixada em Porto Príncipe.',
    },
    'lad-2022-US-09': {
      title: 'Reativar o programa Cuban Family Reunification Parole',
      description:
        'Reativar o programa Cuban Family Reunification Parole: processamento a partir do verão de 2022 e entrevistas em Cuba até o início do outono.',
    },
    'lad-2022-ES-01': {
      title: 'Dobrar as vias laborais para hondurenhos nos programas de migração circular da Espanha',
      description:
        'A Espanha, Estado observador, comprometeu-se a dobrar o número de vias laborais para hondurenhos em seus programas de migração circular.',
    },
    'lad-2022-US-10': {
      title: 'Campanha em todo o hemisfério contra o contrabando de migrantes',
      description:
        'Campanha contra o contrabando de migrantes em todo o hemisfério. O DHS havia mobilizado um reforço de mais de 1.300 funcionários e investido mais de US$ 50 milhões. Até o fim de maio de 2022, foram registradas cerca de 20.000 ações de desarticulação, e o DHS estima 900 chegadas a menos por dia na fronteira sudoeste.',
    },
    'lad-2022-US-11': {
      title: 'Processo de asilo mais rápido para pessoas em remoção acelerada',
      description:
        'Novo processo de asilo do DHS/DOJ para pessoas em remoção acelerada (iniciado no fim de maio de 2022), destinado a reduzir a duração dos casos de anos para meses.',
    },
    'lad-2022-US-12': {
      title: 'Mais de US$ 240 milhões em nova ajuda humanitária e de segurança anunciados em Lima',
      description:
        'Em Lima: mais de US$ 240 milhões em nova ajuda humanitária e de segurança do Departamento de Estado (quase US$ 82 milhões em ajuda humanitária, mais de US$ 160 milhões em ajuda bilateral/regional). Somados a quase US$ 575 milhões anunciados desde 21 de setembro de 2022, o Departamento de Estado e a USAID totalizam quase US$ 817 milhões no mês.',
    },
    'lad-2022-PY-01': {
      title:
        'Compartilhar boas práticas e elaborar um roteiro sobre tráfico de pessoas e alinhamento de vistos',
      description:
        'Em Lima, o diretor de migração do Paraguai comprometeu-se a compartilhar boas práticas e a elaborar um roteiro sobre o tráfico de pessoas e sobre o alinhamento das políticas de vistos e dos documentos de viagem.',
    },
    'lad-2023-CA-01': {
      title: 'Acolher cerca de 15.000 migrantes das Américas por vias legais',
      description:
        'O Canadá comprometeu-se a receber cerca de 15.000 migrantes do Hemisfério Ocidental por vias legais, anúncio feito junto com a ampliação do Acordo de Terceiro País Seguro entre os EUA e o Canadá. Fichas informativas posteriores da Declaração chamam isso de compromisso do Canadá de acolher 15.000 migrantes das Américas.',
    },
    'lad-2023-CA-02': {
      title:
        'Via humanitária para residência permanente para até 11.000 colombianos, haitianos e venezuelanos',
      description:
        'Como parte dos 15.000: uma nova via humanitária para residência permanente para até 11.000 colombianos, haitianos e venezuelanos na América Central/do Sul ou no Caribe que tenham família extensa no Canadá. Pedidos a partir do outono de 2023. Além disso, 4.000 trabalhadores estrangeiros temporários adicionais da região em 2023 e uso do Economic Mobility Pathways Pilot.',
    },
    'lad-2024-US-01': {
      title: 'US$ 578 milhões em assistência humanitária, de desenvolvimento e econômica',
      description:
        'US$ 578 milhões em assistência humanitária, de desenvolvimento e econômica, para necessidades urgentes, vias legais e a regularização e integração de migrantes.',
    },
    'lad-2024-US-02': {
      title: 'Restrições de visto a executivos de empresas marítimas que facilitam a migração irregular',
      description:
        'Restrições de visto (6 de maio de 2024) a executivos de várias empresas colombianas de transporte marítimo que facilitam a migração irregular. Isso amplia restrições anteriores ao setor de voos fretados e a empresas de transporte terrestre, marítimo e aéreo.',
    },
    'lad-2024-US-03': {
      title: 'Mais recursos para segurança, triagem e verificação nos portos da Guatemala',
      description:
        'Enviar mais recursos à Guatemala para reforçar a segurança, a triagem e a verificação nos portos terrestres, aéreos e marítimos.',
    },
    'lad-2024-US-04': {
      title: 'Maior divulgação do aplicativo CBP One',
      description:
        'Ampliar a divulgação do aplicativo CBP One ao público. Mais de 547.000 pessoas o usaram para se apresentar em pontos de entrada de janeiro de 2023 ao fim de março de 2024.',
    },
    'lad-2024-US-05': {
      title: 'Lançar a aliança de mobilidade laboral “Labor Neighbors” para as Américas',
      description:
        'A USAID deve lançar a “Alianza de Movilidad Laboral para las Américas” (“Labor Neighbors”), oferecendo assistência técnica para que novos países de origem e de destino possam usar vias laborais temporárias.',
    },
    'lad-2024-US-06': {
      title:
        'US$ 3 milhões para proteger trabalhadores nos programas de trabalhadores estrangeiros temporários dos EUA',
      description:
        'Projeto de US$ 3 milhões do DOL para proteger trabalhadores nos programas de trabalhadores estrangeiros temporários dos EUA. Os EUA aderem à Iniciativa de Recrutamento Justo da OIT e ao seu Comitê Consultivo.',
    },
    'lad-2024-US-07': {
      title:
        'Empréstimo de US$ 20 milhões da DFC para financiamento habitacional de baixa renda na zona rural da Guatemala',
      description:
        'Aprovação pela DFC de um empréstimo direto de US$ 20 milhões à cooperativa de poupança Cosami para financiamento habitacional de pessoas de baixa renda na zona rural da Guatemala.',
    },
    'lad-2024-US-08': {
      title: 'Plataforma online e portal de dados da OIM para a Declaração',
      description:
        'Os Estados Unidos financiaram a implantação da plataforma online e do portal de dados da OIM para a Declaração, destinados ao compartilhamento de boas práticas e de dados. A fonte apresenta isto como já realizado.',
    },
    'lad-2024-US-09': {
      title: 'Trabalhar por um secretariado permanente e conduzido pela região para a Declaração',
      description:
        'Trabalhar com os parceiros por um secretariado permanente e conduzido pela região para a Declaração. A Associated Press (7 de maio de 2024) acrescenta que os países endossantes afirmaram que criariam um órgão de coordenação para avaliar o progresso de cada país.',
    },
    'lad-2024-CR-01': {
      title: 'Parceria para compartilhamento de dados biométricos e memorando contra o tráfico de pessoas',
      description:
        'Nova Parceria de Compartilhamento de Dados Biométricos com os EUA (DHS) para melhorar a coleta e a comparação de dados biométricos e a gestão de fronteiras, além de um memorando de entendimento entre os EUA e a Costa Rica sobre o combate ao tráfico de pessoas.',
    },
    'lad-2024-CR-02': {
      title: 'Escritórios de Mobilidade Segura na Costa Rica abertos a equatorianos',
      description:
        'Com os EUA: os Escritórios de Mobilidade Segura na Costa Rica passarão a aceitar também equatorianos.',
    },
    'lad-2024-CR-03': {
      title: 'Continuar modernizando o sistema de asilo',
      description:
        'Continuar modernizando seu sistema de asilo (digitalização, ferramentas baseadas em dados, determinação mais rápida da condição de refugiado) com apoio do ACNUR e de doadores.',
    },
    'lad-2024-CR-04': {
      title: 'Ampliar a via de regularização da Categoria Especial Temporária',
      description:
        'Ampliar a via de regularização da Categoria Especial Temporária e reduzir as barreiras de acesso, com a continuidade da ajuda internacional.',
    },
    'lad-2024-GT-01': {
      title:
        'Escritórios de Mobilidade Segura na Guatemala abertos a hondurenhos, salvadorenhos e nicaraguenses',
      description:
        'Com os Estados Unidos, abrir os Escritórios de Mobilidade Segura na Guatemala a hondurenhos, salvadorenhos e nicaraguenses presentes na Guatemala. A Associated Press (7 de maio de 2024) observa que eles atendiam apenas guatemaltecos.',
    },
    'lad-2024-MX-01': {
      title: 'Empregos e autorizações de trabalho para migrantes haitianos: um piloto',
      description:
        'Piloto com a Embaixada do Haiti, a OIM e a Tent Partnership que oferece empregos e autorizações de trabalho a migrantes haitianos. A mesma fonte informa mais de 17.500 vistos temporários emitidos desde 2022 a pessoas que buscam proteção internacional, para suprir carências de mão de obra.',
    },
    'lad-2024-CA-01': {
      title:
        'Receber encaminhamentos dos Escritórios de Mobilidade Segura e investir CAD 75 milhões em sistemas regionais de proteção',
      description:
        'Receber encaminhamentos do ACNUR provenientes dos Escritórios de Mobilidade Segura. Investir CAD 75 milhões ao longo de seis anos em projetos que fortaleçam os sistemas de migração e de proteção na região.',
    },
    'lad-2024-EC-01': {
      title: 'Novo programa de regularização que leva a vistos de residente temporário',
      description:
        'Novo programa de regularização: as pessoas já registradas podem concluir a obtenção de um visto de residente temporário, e mais migrantes podem se inscrever.',
    },
    'lad-2024-CO-01': {
      title:
        'Permissões especiais para pais e tutores de crianças com proteção temporária e um visto permanente especial',
      description:
        'Permissões especiais para pais e tutores legais de crianças com Estatuto Temporário de Proteção válido, além de um novo visto permanente especial para migrantes latino-americanos e caribenhos sem status legal. O governo estima até 600.000 beneficiários. As fontes divergem quanto ao tamanho: a ficha informativa da Casa Branca de 7 de maio de 2024 indica até 600.000 para as permissões e o visto em conjunto; a ficha informativa de 26 de setembro de 2024 indica cerca de 600.000 apenas para pais e tutores; um relatório de 18 de junho de 2024 afirma que o PEP Tutor diz respeito aos tutores de mais de 270.000 crianças.',
    },
    'lad-2024-MX-02': {
      title: 'Memorando de cooperação consular com a Guatemala e Honduras',
      description:
        'Memorando de entendimento com a Guatemala e Honduras sobre cooperação consular, proteção e assistência a comunidades migrantes, assinado à margem da reunião ministerial da Guatemala.',
    },
    'lad-2024-GT-02': {
      title: 'Memorando de cooperação consular com o México e Honduras',
      description: 'Mesmo memorando de entendimento consular trilateral (México, Guatemala, Honduras).',
    },
    'lad-2024-HN-01': {
      title: 'Memorando de cooperação consular com o México e a Guatemala',
      description: 'Mesmo memorando de entendimento consular trilateral (México, Guatemala, Honduras).',
    },
    'lad-2024-US-10': {
      title:
        'Mais de US$ 686 milhões em nova ajuda, incluindo US$ 83 milhões para reassentamento e outras vias',
      description:
        'Mais de US$ 686 milhões em nova ajuda humanitária, de desenvolvimento, econômica e de segurança, elevando os compromissos dos EUA no âmbito da LAD em 2024 a mais de US$ 1,2 bilhão. Desse total, US$ 83 milhões destinam-se a reassentar mais refugiados e a encaminhar migrantes a outras vias, incluindo o trabalho temporário.',
    },
    'lad-2024-US-11': {
      title: 'Restrições de visto a executivos de agências de viagem que facilitam a migração ilegal',
      description:
        'Novas restrições de visto (24 de setembro de 2024) a executivos de agências de viagem na Europa, na África e no Oriente Médio que facilitam conscientemente a migração ilegal.',
    },
    'lad-2024-US-12': {
      title: 'Sanções contra redes de contrabando de migrantes',
      description:
        'Sanções contra oito redes de contrabando de migrantes (mais de 30 pessoas e entidades) até o momento. Em 24 de setembro de 2024, o OFAC designou afiliados do Clan del Golfo que controlam os fluxos pelo Darién, e a Colômbia oferece uma recompensa de 50 milhões de pesos pelos dois procurados. A fonte apresenta isto como já realizado.',
    },
    'lad-2024-PA-01': {
      title: 'Piloto de remoção, após triagem de proteção, de estrangeiros sem base legal para permanecer',
      description:
        'Com financiamento dos EUA, realizar um piloto de remoção de estrangeiros sem base legal para permanecer, após triagem de proteção. A ficha informativa da quarta reunião ministerial informa centenas de pessoas já removidas.',
    },
    'lad-2024-GT-03': {
      title: 'Verificação biométrica de viajantes que chegam ao Aeroporto Internacional La Aurora',
      description:
        'Com apoio dos EUA, novo programa biométrico no Aeroporto Internacional La Aurora que verifica os viajantes que chegam em bancos de dados de segurança dos EUA quase em tempo real.',
    },
    'lad-2024-GT-04': {
      title: 'Desarticulada rede de contrabando de migrantes ligada à tragédia de San Antonio',
      description:
        'Em agosto de 2024, com apoio do Departamento de Justiça e do Departamento de Segurança Interna dos EUA, a polícia guatemalteca desarticulou uma rede de contrabando de migrantes sediada na Guatemala e ligada à morte de 53 migrantes em uma carreta em San Antonio, Texas (junho de 2022). A fonte apresenta isto como já realizado.',
    },
    'lad-2024-BZ-01': {
      title: 'Programa de trabalhadores migrantes sazonais para agricultura e construção',
      description: 'Criar um programa de trabalhadores migrantes sazonais para a agricultura e a construção.',
    },
    'lad-2024-CA-02': {
      title: 'Mobilidade laboral por meio do Economic Mobility Pathways Pilot',
      description: 'Apoiar a mobilidade laboral por meio do Economic Mobility Pathways Pilot.',
    },
    'lad-2024-EC-02': {
      title: 'Uma unidade de mobilidade laboral',
      description: 'Criar uma unidade de mobilidade laboral com apoio dos EUA.',
    },
    'lad-2024-CR-05': {
      title: 'Manter os Escritórios de Mobilidade Segura na Costa Rica abertos até dezembro de 2025',
      description:
        'Com os EUA: manter os Escritórios de Mobilidade Segura na Costa Rica abertos até dezembro de 2025 e abrir a elegibilidade a nacionais de países elegíveis presentes na Costa Rica em 15 de setembro de 2024 ou antes.',
    },
    'lad-2024-AR-01': {
      title: 'Regime especial de admissão e regularização para venezuelanos',
      description:
        'Regime especial de admissão e regularização para venezuelanos: são aceitos documentos de identidade vencidos nos últimos 10 anos, e declarações juramentadas podem substituir documentos de identidade ou certidões de antecedentes criminais ausentes.',
    },
    'lad-2024-CA-03': {
      title: 'Programa para estudantes de comunidades francófonas minoritárias com serviços de acolhimento',
      description:
        'Novo programa para estudantes de comunidades francófonas minoritárias que oferece aos participantes serviços de acolhimento durante os estudos.',
    },
    'lad-2024-EC-03': {
      title: 'Prorrogar a regularização até abril de 2025 e renovar vistos de dois anos',
      description:
        'Prorrogar a regularização até abril de 2025 (cerca de 100.000 venezuelanos) e renovar quase 95.000 vistos de dois anos já emitidos. Os Estados Unidos ajudam a liberar empréstimos adicionais do Banco Mundial para o projeto de Rede de Proteção Social do Equador, que apoia os 450.000 venezuelanos no país. As fontes divergem: a ficha informativa da quarta reunião ministerial (26 de setembro de 2024) indica cerca de 100.000 venezuelanos até abril de 2025; declarações da Casa Branca de 17 de setembro de 2024 afirmam que o Equador ampliou a regularização em agosto de 2024 a mais 200.000 migrantes.',
    },
    'lad-2024-MX-03': {
      title: 'Centro de Processamento Multipropósito em Chiapas',
      description:
        'Abrir um Centro de Processamento Multipropósito em Chiapas para agilizar o processamento de pessoas que buscam refúgio e dar-lhes acesso a serviços financeiros, de saúde e de educação.',
    },
    'lad-2024-PA-02': {
      title: 'Status legal e autorização de trabalho para migrantes em situação irregular no Panamá',
      description:
        'Pretende iniciar um processo para que migrantes que vivem em situação irregular no Panamá possam solicitar status legal e autorização de trabalho.',
    },
    'lad-2024-PE-01': {
      title: 'Documentar crianças e adolescentes migrantes nas escolas públicas',
      description:
        'Com agências da ONU, priorizar a documentação de crianças e adolescentes migrantes nas escolas públicas, estendendo proteção e serviços básicos a eles e às suas famílias.',
    },
    'lad-2024-UY-01': {
      title: 'Status legal para não cidadãos com pedidos de asilo pendentes',
      description:
        'Dois decretos que concedem status legal a cerca de 25.500 não cidadãos cujos pedidos de asilo estão pendentes e provavelmente seriam indeferidos. As fontes divergem: a ficha informativa da quarta reunião ministerial (26 de setembro de 2024) fala em dois decretos e cerca de 25.500 pessoas; o Telenoche (16 de maio de 2024) informa um decreto que cria a “residencia por arraigo” para cerca de 20.000 pessoas, em sua maioria cubanos.',
    },
    'lad-2024-CO-02': {
      title: 'Presidir a Declaração por um ano e sediar a quinta reunião ministerial',
      description:
        'Assumir a presidência rotativa por país da Declaração no ano seguinte e sediar a quinta reunião ministerial em 2025. O secretariado propriamente dito será administrado pela PADF e pela OEA. As fontes divergem quanto ao papel da Colômbia: a ficha informativa e as declarações da Casa Branca de 25 e 26 de setembro de 2024 falam de uma presidência rotativa por país, com um secretariado administrado pela PADF e pela OEA; a embaixada da Colômbia nos EUA chama a Colômbia de “presidência inaugural e primeiro secretariado”.',
    },
    'lad-2024-EC-04': {
      title: 'Exigência de visto para cidadãos chineses',
      description:
        'Exigência de visto para cidadãos chineses, anunciada em julho de 2024. A Casa Branca atribui a ela uma redução de 95% nas chegadas desses cidadãos ao Panamá e no seu trânsito pelo Panamá. A fonte apresenta isto como já realizado.',
    },
    'lad-2024-BR-01': {
      title: 'Restrições à entrada de cidadãos indianos e de outras nacionalidades',
      description:
        'Restrições impostas em agosto de 2024 à entrada de cidadãos indianos e de outras nacionalidades. A fonte apresenta isto como já realizado.',
    },
  },
  progress: {
    'lad-2022-BZ-01-p1':
      'Belize havia lançado seu programa de regularização para migrantes e refugiados da América Central e do Caribe sem status legal.',
    'lad-2022-BZ-01-p2':
      'Na reunião ministerial de Lima, Belize informou sobre um programa de anistia que registra solicitantes de asilo, refugiados e migrantes vulneráveis. O restante deste item está ausente das cópias da ficha informativa que puderam ser lidas.',
    'lad-2022-BZ-01-p3':
      'O Programa de Anistia (aberto em agosto de 2022 e prorrogado até fevereiro de 2023) foi encerrado com 12.765 pedidos de 32 nacionalidades, frente a uma meta de cerca de 60.000. A verificação de antecedentes deveria terminar até 31 de março de 2024; o governo afirma ter gasto cerca de US$ 3 milhões.',
    'lad-2022-CO-01-p1':
      'O ministro das Relações Exteriores da Colômbia citou 1.748.945 beneficiários do Estatuto Temporário de Proteção e 2.508.242 venezuelanos no país (informação de uma fonte secundária).',
    'lad-2022-CO-01-p2':
      'A Colômbia concedeu status legal de 10 anos a mais de 2 milhões de migrantes e, em abril de 2024, estendeu a elegibilidade a migrantes cujos filhos estão matriculados na escola.',
    'lad-2022-CR-01-p1':
      'A Costa Rica figura entre os países que aplicam novas políticas de regularização ou de proteção temporária.',
    'lad-2022-CR-01-p2':
      'A Categoria Especial Temporária foi aberta em 1º de março de 2023 para nicaraguenses, venezuelanos e cubanos cujos pedidos de asilo, apresentados entre 1º de janeiro de 2010 e 30 de setembro de 2022, estão pendentes ou foram indeferidos. Agendamentos a partir de 15 de abril.',
    'lad-2022-CR-01-p3':
      '8.427 estrangeiros apresentaram pedidos entre 17 de abril de 2023 e 24 de janeiro de 2024, e 4.014 pedidos de nicaraguenses foram aprovados. O prazo para apresentação foi 29 de fevereiro de 2024 (Decreto Executivo 43809).',
    'lad-2022-EC-01-p1':
      'O Equador havia lançado o programa de regularização de venezuelanos, descrito como uma oportunidade para mais de 500.000 venezuelanos deslocados.',
    'lad-2022-EC-01-p2':
      'Com base no Decreto 436, 17.160 pessoas haviam recebido o visto VIRTE, de um total de 31.000 solicitantes. A meta é de pelo menos 350.000 pessoas regularizadas na primeira fase, que vai até agosto de 2023.',
    'lad-2022-EC-01-p3':
      'O Decreto 698 (assinado em 22 de março de 2023) estende o visto VIRTE e uma anistia, por 8 meses, a nacionais de outros países que entraram regularmente até 16 de setembro de 2022 e se registraram nos termos do Decreto 436 (de 1º de junho de 2022).',
    'lad-2022-EC-01-p4':
      'Autoridades da Casa Branca afirmaram que o processo equatoriano concedeu status legal a 100.000 migrantes.',
    'lad-2022-US-01-p1':
      'A página do site da LAD sobre os Estados Unidos (sem data) afirma que os EUA identificaram US$ 25 milhões para o Mecanismo Global de Financiamento Concessional como parte de seus esforços no âmbito da Declaração.',
    'lad-2022-US-02-p1':
      'A página do site da LAD sobre os Estados Unidos (sem data) afirma que os EUA empenharam mais de US$ 314 milhões: quase US$ 103 milhões do PRM para venezuelanos; US$ 171 milhões da USAID/BHA para venezuelanos no Brasil, na Colômbia, no Equador, no Peru e dentro da Venezuela; US$ 40 milhões da USAID/LAC para integração na Colômbia, no Equador, no Brasil, na Costa Rica, no Panamá e em Belize.',
    'lad-2022-US-04-p1':
      'Os EUA praticamente dobraram os vistos de trabalho sazonal para o norte da América Central naquele ano e ampliaram significativamente o programa para mexicanos.',
    'lad-2022-US-06-p1':
      'Os EUA reafirmaram a meta de até 20.000 refugiados da América Latina e do Caribe nos anos fiscais de 2023 e 2024, o que os coloca a caminho de mais que triplicar as admissões do Hemisfério Ocidental no ano fiscal de 2023.',
    'lad-2022-US-06-p2':
      'O teto de refugiados do ano fiscal de 2024, de 125.000, destina de 35.000 a 50.000 vagas à América Latina e ao Caribe.',
    'lad-2022-US-06-p3':
      'Mais de 21.000 pessoas haviam sido aprovadas para reassentamento nos EUA por meio dos Escritórios de Mobilidade Segura na Guatemala, na Costa Rica, na Colômbia e no Equador, a caminho de um aumento de seis vezes no número de refugiados aprovados da região.',
    'lad-2022-US-06-p4':
      'O número de refugiados reassentados da região passou de cerca de 4.000 em 2022 para mais de 30.000 “neste ano”. As fontes divergem: a ficha informativa de 26 de setembro de 2024 indica mais de 23.000 no ano fiscal de 2024.',
    'lad-2022-US-06-p5':
      'Mais de 23.000 refugiados do Hemisfério Ocidental foram reassentados no ano fiscal de 2024 por meio da Iniciativa de Mobilidade Segura, quatro vezes o número do ano fiscal de 2023. Os números informados superam o compromisso assumido; a fonte não afirma que o compromisso foi cumprido. As fontes divergem: declarações da Casa Branca de 17 de setembro de 2024 falam em mais de 30.000 “neste ano”.',
    'lad-2022-US-07-p1':
      'O reassentamento de refugiados da região foi ampliado significativamente, inclusive para haitianos, venezuelanos e nicaraguenses.',
    'lad-2022-US-09-p1':
      'O programa Cuban Family Reunification Parole foi relançado, com reforço de pessoal. A Embaixada em Havana retomaria o processamento completo de vistos de imigrante a partir do início de 2023, pela primeira vez desde 2017.',
    'lad-2022-US-10-p1':
      'Mais de 5.000 prisões em cinco meses da campanha contra o contrabando de migrantes.',
    'lad-2022-US-10-p2': 'Mais de 7.300 prisões desde abril de 2022 no âmbito da operação.',
    'lad-2022-ES-01-p1':
      '250 hondurenhos trabalharam em colheitas espanholas no âmbito do acordo em 2022, e 569 eram esperados em 2023.',
    'lad-2022-MX-01-p1':
      'Cartões de trabalhador fronteiriço emitidos no primeiro trimestre de 2023: 1.747, frente a 730 no primeiro trimestre de 2022 (+139%); 1.529 para Chiapas e 218 para Tabasco.',
    'lad-2022-MX-02-p1':
      'O instituto de migração da Guatemala afirma que a Guatemala e o México estão elaborando um protocolo, solicitado pelos empregadores, para um programa de vistos de trabalho temporário que abranja todo o México, com uma proposta prevista até o fim de 2025; o cartão fronteiriço existente abrange apenas os estados do sul. A fonte não informa se o programa de 2022 para 15.000 a 20.000 guatemaltecos foi iniciado.',
    'lad-2022-MX-03-p1':
      'O México informa mais de 17.500 vistos temporários desde 2022 para pessoas que buscam proteção internacional, para enfrentar a escassez de mão de obra. A associação deste número a este compromisso é leitura nossa; a fonte não os associa.',
    'lad-2023-CA-01-p1':
      'O Canadá afirma estar a caminho de cumprir sua meta de 4.000 trabalhadores estrangeiros temporários para 2023 e anunciou uma via humanitária de até 11.000 vagas.',
    'lad-2023-CA-01-p2':
      '“Progresso significativo” informado no compromisso de acolher 15.000 migrantes (sem número indicado).',
    'lad-2024-CA-01-p1':
      'O Canadá começou a receber encaminhamentos dos Escritórios de Mobilidade Segura; as primeiras chegadas estão previstas para 2025.',
    'lad-2024-US-05-p1':
      'A Labor Neighbors foi lançada em maio de 2024 no âmbito da Iniciativa de Mobilidade Segura.',
    'lad-2024-US-05-p2':
      'A Labor Neighbors está sendo incorporada à Iniciativa de Mobilidade Segura, para encaminhar migrantes a mais vias e conciliar a demanda e a oferta de mão de obra.',
    'lad-2024-CO-01-p1':
      'O Decreto 1209 de 2024 cria o PEP Tutor para representantes legais ou responsáveis por crianças venezuelanas com PPT; mais de 270.000 crianças são abrangidas.',
    'lad-2024-CO-01-p2':
      'A Colômbia anunciou a assinatura de um plano de regularização que poderia abranger cerca de 600.000 pais e tutores indocumentados de crianças com proteção temporária válida.',
    'lad-2024-CO-01-p3':
      'Os pedidos do PEP Tutor estão abertos de 1º de setembro de 2025 a 30 de abril de 2026, para crianças com PPT válido em 31 de dezembro de 2023. A permissão é válida até 30 de maio de 2031 e não pode ser prorrogada. Nenhuma fonte informa sobre o visto permanente especial.',
    'lad-2024-EC-03-p1':
      'O Equador ampliou a regularização em agosto de 2024 a mais 200.000 migrantes. As fontes divergem: a ficha informativa de 26 de setembro de 2024 indica cerca de 100.000 venezuelanos, até abril de 2025.',
    'lad-2024-AR-01-p1':
      'O regime da Direção Nacional de Migrações entrou em vigor em 20 de setembro de 2024 por 90 dias, prorrogáveis. Aceita passaportes e documentos de identidade vencidos há até 10 anos e certidões de nascimento para crianças. Cerca de 20.000 venezuelanos em situação irregular devem ser beneficiados.',
    'lad-2024-PA-02-p1':
      'O Decreto Executivo 6, de 11 de março de 2025, cria uma “permissão de proteção de segurança humanitária”: válida por 2 anos e prorrogável por até mais 6, custa US$ 1.250, está aberta a estrangeiros em situação irregular há pelo menos um ano e inclui autorização de trabalho. Em vigor desde a publicação, em 14 de março de 2025.',
    'lad-2024-US-10-p1':
      'US$ 83 milhões do novo pacote destinam-se ao reassentamento de refugiados e a encaminhamentos para outras vias. Isto apresenta a composição do pacote; não informa gastos até o momento.',
    'lad-2024-US-08-p1':
      'A ficha informativa da reunião ministerial da Guatemala apresenta a implantação da plataforma como já realizada.',
    'lad-2024-US-12-p1':
      'A ficha informativa da quarta reunião ministerial apresenta essas sanções como já impostas.',
    'lad-2024-GT-04-p1':
      'A ficha informativa da quarta reunião ministerial apresenta a rede como já desarticulada (agosto de 2024).',
    'lad-2024-EC-04-p1':
      'Declarações da Casa Branca de 17 de setembro de 2024 apresentam a exigência de visto como em vigor desde julho de 2024.',
    'lad-2024-BR-01-p1':
      'Declarações da Casa Branca de 17 de setembro de 2024 apresentam as restrições como em vigor desde agosto de 2024.',
    'lad-2024-PA-01-p1':
      'A ficha informativa da quarta reunião ministerial informa centenas de pessoas já removidas no âmbito do piloto.',
  },
};
