import type { RecordTranslation } from './types.js';

/** Spanish (machine translation, to be reviewed by a person in the console). */
export const es: RecordTranslation = {
  commitments: {
    'lad-2022-BZ-01': {
      title: 'Programa de regularización para migrantes centroamericanos y de la CARICOM',
      description:
        'A partir de agosto de 2022, ejecutar un programa para regularizar a migrantes centroamericanos y de la CARICOM que hayan vivido en Belice sin estatus legal durante un período determinado.',
    },
    'lad-2022-CO-01': {
      title: 'Completar el Estatuto Temporal de Protección para venezolanos desplazados',
      description:
        'Completar su Estatuto Temporal de Protección para venezolanos desplazados. Al 10 de junio de 2022, más de 1,2 millones de personas habían recibido documentos de regularización, y la meta es llegar a 1,5 millones de permisos en total para finales de agosto de 2022.',
    },
    'lad-2022-CR-01': {
      title: 'Renovar la categoría especial temporal de protección para venezolanos, nicaragüenses y cubanos',
      description:
        'Planificar una renovación de la categoría especial temporal de protección complementaria para venezolanos, nicaragüenses y cubanos que llegaron antes de marzo de 2020. La renovación depende de conseguir financiamiento. Además, convocar un grupo de trabajo internacional para recaudar apoyo directo y fondos para ello.',
    },
    'lad-2022-EC-01': {
      title: 'Estatus regular para venezolanos que ingresaron por un puerto de entrada oficial',
      description:
        'Un decreto ejecutivo abre el acceso a un estatus regular para venezolanos que ingresaron por un puerto de entrada oficial pero que ahora están en situación migratoria irregular. Abarca a niñas, niños y adolescentes no acompañados o separados, incluye una amnistía migratoria y proporciona documentos de identidad. Ecuador tiene la intención de ampliarlo a todos los venezolanos. Las fuentes difieren sobre la escala del programa: el resumen de la Casa Blanca del 27 de septiembre de 2022 lo describe como una oportunidad para más de 500.000 venezolanos desplazados; un informe del 16 de noviembre de 2022 fija una meta de al menos 350.000 en la primera fase; funcionarios de la Casa Blanca dijeron el 6 de mayo de 2024 que había otorgado estatus legal a 100.000.',
    },
    'lad-2022-US-01': {
      title:
        '25 millones de dólares adicionales para el Global Concessional Financing Facility del Banco Mundial',
      description:
        'En colaboración con el Congreso, aportar 25 millones de dólares adicionales al Global Concessional Financing Facility (GCFF) del Banco Mundial. Se da prioridad a países latinoamericanos como Ecuador y Costa Rica, para registro, servicios sociales, integración y comunidades de acogida.',
    },
    'lad-2022-US-02': {
      title:
        'Más de 314 millones de dólares en financiamiento humanitario y para el desarrollo destinado a refugiados y migrantes',
      description:
        'Más de 314 millones de dólares en nuevo financiamiento humanitario y para el desarrollo de PRM y USAID para refugiados y migrantes en situación de vulnerabilidad, incluidas la integración y la ayuda para venezolanos en 17 países.',
    },
    'lad-2022-CA-01': {
      title: 'Reasentar hasta 4.000 refugiados de las Américas para 2028',
      description:
        'Intensificar el reasentamiento de refugiados procedentes de las Américas, con el objetivo de llegar a hasta 4.000 personas para 2028, y promover vías regulares en la región, incluida la contratación en el marco del Francophone Immigration Program (por ejemplo, para haitianos). Las fuentes difieren en la formulación: la hoja informativa de la Casa Blanca del 10 de junio de 2022 dice “hasta 4.000 personas para 2028” en el apartado de reasentamiento de refugiados; The Canadian Press (10 de junio de 2022) dice “4.000 migrantes adicionales”.',
    },
    'lad-2022-CA-02': {
      title:
        '26,9 millones de dólares para capacidades en materia de migración y protección en América Latina y el Caribe',
      description:
        '26,9 millones de dólares en 2022-2023 para el fortalecimiento de capacidades en materia de migración y protección en América Latina y el Caribe. Usos: integración, gestión de fronteras y de la migración, protección de derechos, igualdad de género y lucha contra el tráfico ilícito de migrantes y la trata de personas.',
    },
    'lad-2022-CA-03': {
      title: 'Más de 50.000 trabajadores agrícolas de México, Guatemala y el Caribe en 2022',
      description:
        'Prevé recibir a más de 50.000 trabajadores agrícolas de México, Guatemala y el Caribe en 2022.',
    },
    'lad-2022-GT-01': {
      title:
        'Sin impuesto al valor agregado ni impuestos de salida en los boletos aéreos de trabajadores temporales',
      description:
        'Una ley aprobada el 1 de junio de 2022 elimina los impuestos al valor agregado y de salida sobre los boletos aéreos de los ciudadanos que salen del país con contratos de trabajo temporal obtenidos a través del Ministerio de Trabajo. Forma parte de un paquete de medidas sobre contratación equitativa y vías laborales.',
    },
    'lad-2022-MX-01': {
      title:
        'Ampliar el programa de Tarjeta de Visitante Trabajador Fronterizo con entre 10.000 y 20.000 beneficiarios más',
      description:
        'Ampliar el programa de Tarjeta de Visitante Trabajador Fronterizo con entre 10.000 y 20.000 beneficiarios más, con apoyo de USAID para la contratación ética. Las fuentes difieren sobre la escala: la hoja informativa de la Casa Blanca del 10 de junio de 2022 indica entre 10.000 y 20.000 beneficiarios adicionales; la Secretaría de Relaciones Exteriores de México (SRE) da el mismo rango por año y dice que duplica el programa.',
    },
    'lad-2022-MX-02': {
      title: 'Programa de trabajo temporal para entre 15.000 y 20.000 trabajadores guatemaltecos al año',
      description:
        'Nuevo programa de trabajo temporal que ofrece empleo en México a entre 15.000 y 20.000 trabajadores guatemaltecos al año. Se busca ampliarlo a Honduras y El Salvador a mediano plazo.',
    },
    'lad-2022-MX-03': {
      title: 'Colocar a 20.000 refugiados reconocidos en empleos formales en tres años',
      description:
        'Colocar a 20.000 refugiados reconocidos en el mercado laboral formal mexicano en un plazo de tres años, con el ACNUR y empresas privadas, en regiones con escasez de trabajadores.',
    },
    'lad-2022-MX-04': {
      title: 'Dos grupos de trabajo con Estados Unidos: derechos laborales y menores en movimiento',
      description:
        'Establecer dos grupos de trabajo con Estados Unidos: uno sobre los derechos laborales de los trabajadores mexicanos y la ampliación de los programas de visas, y otro sobre la protección de menores en movimiento.',
    },
    'lad-2022-US-03': {
      title:
        'Piloto del USDA de 65 millones de dólares para granjas que contraten trabajadores H-2A del norte de Centroamérica',
      description:
        'Comenzar a desarrollar un programa piloto del USDA de 65 millones de dólares, financiado por el American Rescue Plan, que otorga subvenciones a granjas estadounidenses que contraten a trabajadores del norte de Centroamérica con visas H-2A bajo protecciones laborales adicionales. Acuerdo de cooperación con United Farm Workers.',
    },
    'lad-2022-US-04': {
      title: '11.500 visas de temporada H-2B adicionales para el norte de Centroamérica y Haití',
      description:
        '11.500 visas de temporada H-2B adicionales para trabajo no agrícola, reservadas para nacionales del norte de Centroamérica y Haití. El DHS y el DOL las liberaron a finales de mayo de 2022 para el año fiscal, con una nueva supervisión de los empleadores.',
    },
    'lad-2022-US-05': {
      title: 'Orientaciones sobre la contratación equitativa de trabajadores migrantes temporales',
      description:
        'Orientaciones del DOL sobre prácticas de contratación equitativa de trabajadores migrantes temporales (programas H-2), con el respaldo de Walmart.',
    },
    'lad-2022-US-06': {
      title: 'Reasentar a 20.000 refugiados de las Américas en los años fiscales 2023–2024',
      description:
        'Reasentar a 20.000 refugiados de las Américas en los años fiscales 2023–2024, el triple del nivel de ese año.',
    },
    'lad-2022-US-07': {
      title: 'Más remisiones de refugiados haitianos al U.S. Refugee Admissions Program',
      description: 'Aceptar más remisiones de refugiados haitianos al USRAP.',
    },
    'lad-2022-US-08': {
      title: 'Reanudar y ampliar el programa Haitian Family Reunification Parole',
      description:
        'Reanudar el programa Haitian Family Reunification Parole y ampliar la participación, con nuevas invitaciones previstas a principios del otoño de 2022. El Departamento de Estado agilizará la tramitación de visas de inmigrante para haitianos y reducirá el rezago en la Embajada en Puerto Príncipe.',
    },
    'lad-2022-US-09': {
      title: 'Reactivar el programa Cuban Family Reunification Parole',
      description:
        'Reactivar el programa Cuban Family Reunification Parole: tramitación a partir del verano de 2022 y entrevistas en Cuba para principios del otoño.',
    },
    'lad-2022-ES-01': {
      title: 'Duplicar las vías laborales para hondureños en los programas de migración circular de España',
      description:
        'España, Estado observador, se comprometió a duplicar el número de vías laborales para hondureños en sus programas de migración circular.',
    },
    'lad-2022-US-10': {
      title: 'Campaña hemisférica contra el tráfico ilícito de migrantes',
      description:
        'Campaña hemisférica contra el tráfico ilícito de migrantes. El DHS había movilizado más de 1.300 efectivos adicionales e invertido más de 50 millones de dólares. Hasta finales de mayo de 2022 se registraron unas 20.000 acciones de desarticulación, y el DHS estima 900 llegadas menos por día en la frontera suroeste.',
    },
    'lad-2022-US-11': {
      title: 'Proceso de asilo más rápido para personas en expulsión acelerada',
      description:
        'Nuevo proceso de asilo del DHS y el DOJ para personas en expulsión acelerada (iniciado a finales de mayo de 2022), destinado a reducir la duración de los casos de años a meses.',
    },
    'lad-2022-US-12': {
      title: 'Más de 240 millones de dólares en nueva ayuda humanitaria y de seguridad anunciados en Lima',
      description:
        'En Lima: más de 240 millones de dólares en nueva ayuda humanitaria y de seguridad del Departamento de Estado (casi 82 millones de dólares de ayuda humanitaria y más de 160 millones de dólares de ayuda bilateral y regional). Con los casi 575 millones de dólares anunciados desde el 21 de septiembre de 2022, el Departamento de Estado y USAID suman casi 817 millones de dólares en el mes.',
    },
    'lad-2022-PY-01': {
      title:
        'Compartir buenas prácticas y elaborar una hoja de ruta sobre trata de personas y armonización de visas',
      description:
        'En Lima, el director de migraciones de Paraguay se comprometió a compartir buenas prácticas y a elaborar una hoja de ruta sobre la trata de personas y sobre la armonización de las políticas de visas y los documentos de viaje.',
    },
    'lad-2023-CA-01': {
      title: 'Acoger a unos 15.000 migrantes de las Américas mediante vías legales',
      description:
        'Canadá se comprometió a recibir a unos 15.000 migrantes del hemisferio occidental mediante vías legales, anuncio hecho junto con la ampliación del Acuerdo de Tercer País Seguro entre Estados Unidos y Canadá. Hojas informativas posteriores de la Declaración lo describen como el compromiso de Canadá de acoger a 15.000 migrantes de las Américas.',
    },
    'lad-2023-CA-02': {
      title:
        'Vía humanitaria hacia la residencia permanente para hasta 11.000 colombianos, haitianos y venezolanos',
      description:
        'Como parte de los 15.000: una nueva vía humanitaria hacia la residencia permanente para hasta 11.000 colombianos, haitianos y venezolanos que se encuentran en Centroamérica, Sudamérica o el Caribe y tienen familiares extendidos en Canadá. Solicitudes a partir del otoño de 2023. Además, 4.000 trabajadores extranjeros temporales adicionales de la región en 2023 y el uso del Economic Mobility Pathways Pilot.',
    },
    'lad-2024-US-01': {
      title: '578 millones de dólares en asistencia humanitaria, para el desarrollo y económica',
      description:
        '578 millones de dólares en asistencia humanitaria, para el desarrollo y económica, destinados a necesidades urgentes, vías legales, y la regularización e integración de migrantes.',
    },
    'lad-2024-US-02': {
      title: 'Restricciones de visa a ejecutivos de empresas marítimas que facilitan la migración irregular',
      description:
        'Restricciones de visa (6 de mayo de 2024) a ejecutivos de varias empresas colombianas de transporte marítimo que facilitan la migración irregular. Esto amplía restricciones anteriores al sector de vuelos chárter y a empresas de transporte terrestre, marítimo y aéreo.',
    },
    'lad-2024-US-03': {
      title:
        'Más recursos para la seguridad, el control y la verificación de antecedentes en los puertos de Guatemala',
      description:
        'Enviar más recursos a Guatemala para reforzar la seguridad, el control y la verificación de antecedentes en los puertos terrestres, aéreos y marítimos.',
    },
    'lad-2024-US-04': {
      title: 'Mayor difusión pública de la aplicación CBP One',
      description:
        'Ampliar la difusión pública de la aplicación CBP One. Más de 547.000 personas la usaron para presentarse en puertos de entrada entre enero de 2023 y finales de marzo de 2024.',
    },
    'lad-2024-US-05': {
      title: 'Lanzar la alianza de movilidad laboral para las Américas “Labor Neighbors”',
      description:
        'USAID lanzará la "Alianza de Movilidad Laboral para las Américas" ("Labor Neighbors"), que brinda asistencia técnica para que nuevos países de origen y de destino puedan utilizar vías laborales temporales.',
    },
    'lad-2024-US-06': {
      title:
        '3 millones de dólares para proteger a los trabajadores en los programas estadounidenses de trabajadores extranjeros temporales',
      description:
        'Proyecto del DOL de 3 millones de dólares para proteger a los trabajadores en los programas estadounidenses de trabajadores extranjeros temporales. Estados Unidos se suma a la Iniciativa para la Contratación Equitativa de la OIT y a su Comité Asesor.',
    },
    'lad-2024-US-07': {
      title:
        'Préstamo de la DFC de 20 millones de dólares para hipotecas para personas de bajos ingresos en zonas rurales de Guatemala',
      description:
        'Aprobación por la DFC de un préstamo directo de 20 millones de dólares a la cooperativa de ahorro Cosami para hipotecas para personas de bajos ingresos en zonas rurales de Guatemala.',
    },
    'lad-2024-US-08': {
      title: 'Plataforma en línea y portal de datos de la OIM para la Declaración',
      description:
        'Estados Unidos financió la puesta en marcha de la plataforma en línea y el portal de datos de la OIM para la Declaración, destinados a compartir buenas prácticas y datos. La fuente lo presenta como ya realizado.',
    },
    'lad-2024-US-09': {
      title: 'Avanzar hacia una secretaría permanente e impulsada por la región para la Declaración',
      description:
        'Trabajar con los socios para avanzar hacia una secretaría permanente e impulsada por la región para la Declaración. The Associated Press (7 de mayo de 2024) añade que los firmantes dijeron que crearían un órgano de coordinación para evaluar los avances de cada país.',
    },
    'lad-2024-CR-01': {
      title: 'Alianza para el intercambio de datos biométricos y memorando contra la trata de personas',
      description:
        'Nueva Alianza para el Intercambio de Datos Biométricos con Estados Unidos (DHS) para mejorar la recopilación y el cotejo de datos biométricos y la gestión de fronteras, además de un memorando de entendimiento entre Estados Unidos y Costa Rica para combatir la trata de personas.',
    },
    'lad-2024-CR-02': {
      title: 'Oficinas de Movilidad Segura en Costa Rica abiertas a ecuatorianos',
      description:
        'Con Estados Unidos: que las Oficinas de Movilidad Segura en Costa Rica acepten también a ecuatorianos.',
    },
    'lad-2024-CR-03': {
      title: 'Seguir modernizando el sistema de asilo',
      description:
        'Seguir modernizando su sistema de asilo (digitalización, herramientas basadas en datos, determinación más rápida de la condición de refugiado) con el apoyo del ACNUR y de donantes.',
    },
    'lad-2024-CR-04': {
      title: 'Ampliar la vía de regularización de la Categoría Especial Temporal',
      description:
        'Ampliar la vía de regularización de la Categoría Especial Temporal y reducir las barreras de acceso, con apoyo internacional continuo.',
    },
    'lad-2024-GT-01': {
      title: 'Oficinas de Movilidad Segura en Guatemala abiertas a hondureños, salvadoreños y nicaragüenses',
      description:
        'Con Estados Unidos, abrir las Oficinas de Movilidad Segura en Guatemala a hondureños, salvadoreños y nicaragüenses presentes en Guatemala. The Associated Press (7 de mayo de 2024) señala que solo habían atendido a guatemaltecos.',
    },
    'lad-2024-MX-01': {
      title: 'Empleo y permisos de trabajo para migrantes haitianos: un piloto',
      description:
        'Piloto con la Embajada de Haití, la OIM y Tent Partnership que ofrece empleo y permisos de trabajo a migrantes haitianos. La misma fuente reporta más de 17.500 visas temporales emitidas desde 2022 a personas que buscan protección internacional, para cubrir la escasez de mano de obra.',
    },
    'lad-2024-CA-01': {
      title:
        'Recibir remisiones de las Oficinas de Movilidad Segura e invertir CAD 75 millones en sistemas regionales de protección',
      description:
        'Recibir remisiones del ACNUR procedentes de las Oficinas de Movilidad Segura. Invertir CAD 75 millones durante seis años en proyectos que fortalezcan los sistemas de migración y protección en la región.',
    },
    'lad-2024-EC-01': {
      title: 'Nuevo programa de regularización que conduce a visas de residente temporal',
      description:
        'Nuevo programa de regularización: las personas ya registradas pueden completar la obtención de una visa de residente temporal, y más migrantes pueden presentar su solicitud.',
    },
    'lad-2024-CO-01': {
      title:
        'Permisos especiales para padres y tutores de niñas, niños y adolescentes con Estatuto Temporal de Protección, y una visa permanente especial',
      description:
        'Permisos especiales para padres y tutores legales de niñas, niños y adolescentes titulares de un Estatuto Temporal de Protección vigente, además de una nueva visa permanente especial para migrantes latinoamericanos y caribeños sin estatus. El gobierno estima hasta 600.000 beneficiarios. Las fuentes difieren sobre la magnitud: la hoja informativa de la Casa Blanca del 7 de mayo de 2024 indica hasta 600.000 para los permisos y la visa en conjunto; la hoja informativa del 26 de septiembre de 2024 indica unos 600.000 padres y tutores solamente; un informe del 18 de junio de 2024 dice que el PEP Tutor concierne a los tutores de más de 270.000 niñas, niños y adolescentes.',
    },
    'lad-2024-MX-02': {
      title: 'Memorando de cooperación consular con Guatemala y Honduras',
      description:
        'Memorando de entendimiento con Guatemala y Honduras sobre cooperación consular, protección y asistencia a las comunidades migrantes, firmado en el marco de la reunión ministerial de Guatemala.',
    },
    'lad-2024-GT-02': {
      title: 'Memorando de cooperación consular con México y Honduras',
      description: 'El mismo memorando de entendimiento consular trilateral (México, Guatemala, Honduras).',
    },
    'lad-2024-HN-01': {
      title: 'Memorando de cooperación consular con México y Guatemala',
      description: 'El mismo memorando de entendimiento consular trilateral (México, Guatemala, Honduras).',
    },
    'lad-2024-US-10': {
      title:
        'Más de 686 millones de dólares en nueva ayuda, incluidos 83 millones de dólares para reasentamiento y otras vías',
      description:
        'Más de 686 millones de dólares en nueva ayuda humanitaria, para el desarrollo, económica y de seguridad, con lo que los compromisos de Estados Unidos en el marco de la LAD en 2024 superan los 1.200 millones de dólares. De este monto, 83 millones de dólares se destinan a reasentar a más refugiados y a remitir a migrantes a otras vías, incluido el trabajo temporal.',
    },
    'lad-2024-US-11': {
      title: 'Restricciones de visa a ejecutivos de agencias de viajes que facilitan la migración ilegal',
      description:
        'Nuevas restricciones de visa (24 de septiembre de 2024) a ejecutivos de agencias de viajes en Europa, África y Medio Oriente que facilitan a sabiendas la migración ilegal.',
    },
    'lad-2024-US-12': {
      title: 'Sanciones contra redes de tráfico ilícito de migrantes',
      description:
        'Sanciones contra ocho redes de tráfico ilícito de migrantes (más de 30 personas y entidades) hasta la fecha. El 24 de septiembre de 2024, la OFAC designó a afiliados del Clan del Golfo que controlan los flujos a través del Darién, y Colombia ofrece una recompensa de 50 millones de pesos por los dos buscados. La fuente lo presenta como ya realizado.',
    },
    'lad-2024-PA-01': {
      title:
        'Piloto de expulsión, previa evaluación de protección, para extranjeros sin base legal para permanecer',
      description:
        'Con financiamiento de Estados Unidos, llevar a cabo un piloto de expulsión de extranjeros sin base legal para permanecer, previa evaluación de protección. La hoja informativa de la cuarta reunión ministerial reporta que cientos de personas ya han sido expulsadas.',
    },
    'lad-2024-GT-03': {
      title: 'Control biométrico de los viajeros que llegan al Aeropuerto Internacional La Aurora',
      description:
        'Con apoyo de Estados Unidos, nuevo programa biométrico en el Aeropuerto Internacional La Aurora que coteja a los viajeros que llegan con las bases de datos de seguridad de Estados Unidos casi en tiempo real.',
    },
    'lad-2024-GT-04': {
      title: 'Desarticulada la red de tráfico ilícito de migrantes vinculada a la tragedia de San Antonio',
      description:
        'En agosto de 2024, con el apoyo del Departamento de Justicia y del Departamento de Seguridad Nacional de Estados Unidos, la policía guatemalteca desarticuló una red de tráfico ilícito de migrantes con base en Guatemala, vinculada a la muerte de 53 migrantes en un tractocamión en San Antonio, Texas (junio de 2022). La fuente lo presenta como ya realizado.',
    },
    'lad-2024-BZ-01': {
      title: 'Programa de trabajadores migrantes de temporada para la agricultura y la construcción',
      description:
        'Establecer un programa de trabajadores migrantes de temporada para la agricultura y la construcción.',
    },
    'lad-2024-CA-02': {
      title: 'Movilidad laboral a través del Economic Mobility Pathways Pilot',
      description: 'Apoyar la movilidad laboral a través del Economic Mobility Pathways Pilot.',
    },
    'lad-2024-EC-02': {
      title: 'Una unidad de movilidad laboral',
      description: 'Crear una unidad de movilidad laboral con apoyo de Estados Unidos.',
    },
    'lad-2024-CR-05': {
      title: 'Mantener abiertas las Oficinas de Movilidad Segura en Costa Rica hasta diciembre de 2025',
      description:
        'Con Estados Unidos: mantener abiertas las Oficinas de Movilidad Segura en Costa Rica hasta diciembre de 2025 y abrir la elegibilidad a nacionales de países elegibles presentes en Costa Rica el 15 de septiembre de 2024 o antes.',
    },
    'lad-2024-AR-01': {
      title: 'Régimen especial de admisión y regularización para venezolanos',
      description:
        'Régimen especial de admisión y regularización para venezolanos: se aceptan documentos de identidad vencidos en los últimos 10 años, y las declaraciones juradas pueden sustituir los documentos de identidad o los certificados de antecedentes penales faltantes.',
    },
    'lad-2024-CA-03': {
      title:
        'Programa para estudiantes de comunidades francófonas minoritarias con servicios de asentamiento',
      description:
        'Nuevo programa para estudiantes de comunidades francófonas minoritarias que brinda a los participantes servicios de asentamiento mientras estudian.',
    },
    'lad-2024-EC-03': {
      title: 'Extender la regularización hasta abril de 2025 y renovar visas de dos años',
      description:
        'Extender la regularización hasta abril de 2025 (unos 100.000 venezolanos) y renovar casi 95.000 visas de dos años ya emitidas. Estados Unidos ayuda a liberar préstamos adicionales del Banco Mundial para el proyecto de Red de Protección Social de Ecuador, que apoya a los 450.000 venezolanos que hay en el país. Las fuentes difieren: la hoja informativa de la cuarta reunión ministerial (26 de septiembre de 2024) indica unos 100.000 venezolanos hasta abril de 2025; declaraciones de la Casa Blanca del 17 de septiembre de 2024 dicen que Ecuador amplió en agosto de 2024 la regularización a 200.000 migrantes adicionales.',
    },
    'lad-2024-MX-03': {
      title: 'Centro de Procesamiento Multipropósito en Chiapas',
      description:
        'Abrir un Centro de Procesamiento Multipropósito en Chiapas para agilizar la tramitación de las personas que solicitan refugio y darles acceso a servicios financieros, de salud y de educación.',
    },
    'lad-2024-PA-02': {
      title:
        'Estatus legal y autorización de trabajo para migrantes que viven en situación irregular en Panamá',
      description:
        'Tiene la intención de iniciar un proceso para que los migrantes que viven en situación irregular en Panamá puedan solicitar estatus legal y autorización de trabajo.',
    },
    'lad-2024-PE-01': {
      title: 'Documentar a niñas, niños y adolescentes migrantes en las escuelas públicas',
      description:
        'Con agencias de la ONU, priorizar la documentación de niñas, niños y adolescentes migrantes en las escuelas públicas, extendiendo la protección y los servicios básicos a ellos y a sus familias.',
    },
    'lad-2024-UY-01': {
      title: 'Estatus legal para no ciudadanos con solicitudes de asilo pendientes',
      description:
        'Dos decretos que otorgan estatus legal a unos 25.500 no ciudadanos cuyas solicitudes de asilo están pendientes y probablemente serían rechazadas. Las fuentes difieren: la hoja informativa de la cuarta reunión ministerial (26 de septiembre de 2024) habla de dos decretos y unas 25.500 personas; Telenoche (16 de mayo de 2024) informa de un decreto que crea la “residencia por arraigo” para unas 20.000 personas, en su mayoría cubanos.',
    },
    'lad-2024-CO-02': {
      title: 'Presidir la Declaración durante un año y ser sede de la quinta reunión ministerial',
      description:
        'Asumir la Presidencia rotativa por país de la Declaración durante el año siguiente y ser sede de la quinta reunión ministerial en 2025. La secretaría en sí estará a cargo de PADF y la OEA. Las fuentes difieren sobre el papel de Colombia: la hoja informativa y las declaraciones de la Casa Blanca del 25 y 26 de septiembre de 2024 hablan de una Presidencia rotativa por país, con una secretaría a cargo de PADF y la OEA; la embajada de Colombia en Estados Unidos califica a Colombia de “presidencia inaugural y primera secretaría”.',
    },
    'lad-2024-EC-04': {
      title: 'Requisito de visa para nacionales chinos',
      description:
        'Un requisito de visa para nacionales chinos, anunciado en julio de 2024. La Casa Blanca le atribuye haber reducido en un 95 % las llegadas de estos nacionales a Panamá y su tránsito por ese país. La fuente lo presenta como ya realizado.',
    },
    'lad-2024-BR-01': {
      title: 'Restricciones de entrada para nacionales de la India y de otras nacionalidades',
      description:
        'Restricciones impuestas en agosto de 2024 a la entrada de nacionales de la India y de otras nacionalidades. La fuente lo presenta como ya realizado.',
    },
  },
  progress: {
    'lad-2022-BZ-01-p1':
      'Belice había puesto en marcha su programa de regularización para migrantes y refugiados centroamericanos y caribeños sin estatus.',
    'lad-2022-BZ-01-p2':
      'En la reunión ministerial de Lima, Belice informó sobre un programa de amnistía que registraba a solicitantes de asilo, refugiados y migrantes en situación de vulnerabilidad. El resto de este punto falta en las copias de la hoja informativa que pudieron leerse.',
    'lad-2022-BZ-01-p3':
      'El programa de amnistía (Amnesty Program), abierto en agosto de 2022 y prorrogado hasta febrero de 2023, cerró con 12.765 solicitudes de 32 nacionalidades, frente a una meta de unas 60.000. Se esperaba que la verificación de antecedentes concluyera a más tardar el 31 de marzo de 2024; el gobierno afirma haber gastado unos 3 millones de dólares.',
    'lad-2022-CO-01-p1':
      'El canciller de Colombia citó 1.748.945 beneficiarios del Estatuto Temporal de Protección y 2.508.242 venezolanos en el país (según una fuente secundaria).',
    'lad-2022-CO-01-p2':
      'Colombia ha otorgado estatus legal por 10 años a más de 2 millones de migrantes y, en abril de 2024, amplió la elegibilidad a migrantes cuyos hijos están matriculados en la escuela.',
    'lad-2022-CR-01-p1':
      'Costa Rica figura entre los países que aplican nuevas políticas de regularización o de protección temporal.',
    'lad-2022-CR-01-p2':
      'La Categoría Especial Temporal se abrió el 1 de marzo de 2023 para nicaragüenses, venezolanos y cubanos cuyas solicitudes de asilo, presentadas entre el 1 de enero de 2010 y el 30 de septiembre de 2022, estén pendientes o hayan sido denegadas. Citas a partir del 15 de abril.',
    'lad-2022-CR-01-p3':
      '8.427 extranjeros presentaron solicitudes entre el 17 de abril de 2023 y el 24 de enero de 2024, y se aprobaron 4.014 solicitudes de nicaragüenses. El plazo de presentación venció el 29 de febrero de 2024 (Decreto Ejecutivo 43809).',
    'lad-2022-EC-01-p1':
      'Ecuador había puesto en marcha el programa de regularización de venezolanos, descrito como una oportunidad para más de 500.000 venezolanos desplazados.',
    'lad-2022-EC-01-p2':
      'En virtud del Decreto 436, 17.160 personas habían recibido la visa VIRTE, de 31.000 solicitantes. La meta es regularizar al menos a 350.000 personas en la primera fase, que se extiende hasta agosto de 2023.',
    'lad-2022-EC-01-p3':
      'El Decreto 698 (firmado el 22 de marzo de 2023) extiende la visa VIRTE y una amnistía, por 8 meses, a otros nacionales que ingresaron de forma regular hasta el 16 de septiembre de 2022 y se registraron en virtud del Decreto 436 (del 1 de junio de 2022).',
    'lad-2022-EC-01-p4':
      'Funcionarios de la Casa Blanca dijeron que el proceso ecuatoriano ha otorgado estatus legal a 100.000 migrantes.',
    'lad-2022-US-01-p1':
      'La página del sitio web de la LAD sobre Estados Unidos (sin fecha) indica que Estados Unidos identificó 25 millones de dólares para el Global Concessional Financing Facility como parte de sus esfuerzos en el marco de la Declaración.',
    'lad-2022-US-02-p1':
      'La página del sitio web de la LAD sobre Estados Unidos (sin fecha) indica que Estados Unidos comprometió más de 314 millones de dólares: casi 103 millones de dólares de PRM para venezolanos; 171 millones de dólares de USAID/BHA para venezolanos en Brasil, Colombia, Ecuador, Perú y dentro de Venezuela; 40 millones de dólares de USAID/LAC para la integración en Colombia, Ecuador, Brasil, Costa Rica, Panamá y Belice.',
    'lad-2022-US-04-p1':
      'Estados Unidos prácticamente duplicó ese año las visas de trabajo de temporada para el norte de Centroamérica y amplió significativamente el programa para mexicanos.',
    'lad-2022-US-06-p1':
      'Estados Unidos reafirmó hasta 20.000 refugiados de América Latina y el Caribe en los años fiscales 2023–2024, lo que lo encamina a más que triplicar las admisiones del hemisferio occidental en el año fiscal 2023.',
    'lad-2022-US-06-p2':
      'El tope de refugiados del año fiscal 2024, de 125.000, asigna entre 35.000 y 50.000 plazas a América Latina y el Caribe.',
    'lad-2022-US-06-p3':
      'Más de 21.000 personas habían sido aprobadas para reasentamiento en Estados Unidos a través de las Oficinas de Movilidad Segura en Guatemala, Costa Rica, Colombia y Ecuador, en camino de multiplicar por seis el número de refugiados aprobados de la región.',
    'lad-2022-US-06-p4':
      'Los refugiados reasentados desde la región pasaron de unos 4.000 en 2022 a más de 30.000 “este año”. Las fuentes difieren: la hoja informativa del 26 de septiembre de 2024 indica más de 23.000 en el año fiscal 2024.',
    'lad-2022-US-06-p5':
      'Más de 23.000 refugiados del hemisferio occidental fueron reasentados en el año fiscal 2024 a través de la Iniciativa de Movilidad Segura, el cuádruple del año fiscal 2023. Las cifras reportadas superan el compromiso; la fuente no dice que el compromiso se haya cumplido. Las fuentes difieren: las declaraciones de la Casa Blanca del 17 de septiembre de 2024 hablan de más de 30.000 “este año”.',
    'lad-2022-US-07-p1':
      'El reasentamiento de refugiados desde la región se amplió significativamente, incluso para haitianos, venezolanos y nicaragüenses.',
    'lad-2022-US-09-p1':
      'Se relanzó el programa Cuban Family Reunification Parole, con refuerzo de personal. La Embajada en La Habana debía reanudar a partir de principios de 2023 la tramitación completa de visas de inmigrante, por primera vez desde 2017.',
    'lad-2022-US-10-p1':
      'Más de 5.000 detenciones en cinco meses de la campaña contra el tráfico ilícito de migrantes.',
    'lad-2022-US-10-p2': 'Más de 7.300 detenciones desde abril de 2022 en el marco de la operación.',
    'lad-2022-ES-01-p1':
      '250 hondureños trabajaron en cosechas españolas en el marco del acuerdo en 2022, y se esperaban 569 en 2023.',
    'lad-2022-MX-01-p1':
      'Tarjetas de Visitante Trabajador Fronterizo emitidas en el primer trimestre de 2023: 1.747, frente a 730 en el primer trimestre de 2022 (+139 %); 1.529 para Chiapas y 218 para Tabasco.',
    'lad-2022-MX-02-p1':
      'El instituto de migración de Guatemala afirma que Guatemala y México están elaborando un protocolo, solicitado por los empleadores, para un programa de visas de trabajo temporal que abarque todo México, con una propuesta prevista para finales de 2025; la tarjeta fronteriza existente solo cubre los estados del sur. La fuente no dice si el programa de 2022 para entre 15.000 y 20.000 guatemaltecos llegó a iniciarse.',
    'lad-2022-MX-03-p1':
      'México reporta más de 17.500 visas temporales desde 2022 para personas que buscan protección internacional, a fin de atender la escasez de mano de obra. Vincular esta cifra con este compromiso es interpretación nuestra; la fuente no los vincula.',
    'lad-2023-CA-01-p1':
      'Canadá afirma que va en camino de cumplir su meta de 4.000 trabajadores extranjeros temporales para 2023, y anunció una vía humanitaria de hasta 11.000 plazas.',
    'lad-2023-CA-01-p2':
      'Se reportan “avances significativos” en el compromiso de acoger a 15.000 migrantes (sin cifra).',
    'lad-2024-CA-01-p1':
      'Canadá ha comenzado a recibir remisiones de las Oficinas de Movilidad Segura; se prevé que las primeras llegadas se produzcan en 2025.',
    'lad-2024-US-05-p1':
      'Labor Neighbors se lanzó en mayo de 2024 dentro de la Iniciativa de Movilidad Segura.',
    'lad-2024-US-05-p2':
      'Labor Neighbors se está integrando en la Iniciativa de Movilidad Segura, para remitir a migrantes a más vías y conectar la demanda y la oferta de mano de obra.',
    'lad-2024-CO-01-p1':
      'El Decreto 1209 de 2024 crea el PEP Tutor para representantes legales o custodios de niñas, niños y adolescentes venezolanos con PPT; se trata de más de 270.000 niñas, niños y adolescentes.',
    'lad-2024-CO-01-p2':
      'Colombia anunció la firma de un plan de regularización que podría abarcar a unos 600.000 padres y tutores indocumentados de niñas, niños y adolescentes con Estatuto Temporal de Protección vigente.',
    'lad-2024-CO-01-p3':
      'Las solicitudes del PEP Tutor están abiertas del 1 de septiembre de 2025 al 30 de abril de 2026, para niñas, niños y adolescentes con un PPT vigente al 31 de diciembre de 2023. El permiso es válido hasta el 30 de mayo de 2031 y no puede prorrogarse. Ninguna fuente informa sobre la visa permanente especial.',
    'lad-2024-EC-03-p1':
      'Ecuador amplió en agosto de 2024 la regularización a 200.000 migrantes adicionales. Las fuentes difieren: la hoja informativa del 26 de septiembre de 2024 indica unos 100.000 venezolanos, hasta abril de 2025.',
    'lad-2024-AR-01-p1':
      'El régimen de la Dirección Nacional de Migraciones entró en vigor el 20 de septiembre de 2024 por 90 días, prorrogables. Acepta pasaportes y documentos de identidad vencidos hasta 10 años, y partidas de nacimiento en el caso de niñas, niños y adolescentes. Se espera que se beneficien unos 20.000 venezolanos en situación irregular.',
    'lad-2024-PA-02-p1':
      'El Decreto Ejecutivo 6 del 11 de marzo de 2025 crea un “permiso de protección de seguridad humanitaria”: válido por 2 años y prorrogable hasta 6 más, cuesta 1.250 dólares estadounidenses, está abierto a extranjeros en situación irregular desde hace al menos un año e incluye autorización de trabajo. En vigor desde su publicación, el 14 de marzo de 2025.',
    'lad-2024-US-10-p1':
      '83 millones de dólares del nuevo paquete se destinan al reasentamiento de refugiados y a remisiones a otras vías. Esto presenta el desglose del paquete; todavía no reporta gastos.',
    'lad-2024-US-08-p1':
      'La hoja informativa de la reunión ministerial de Guatemala presenta la puesta en marcha de la plataforma como ya realizada.',
    'lad-2024-US-12-p1':
      'La hoja informativa de la cuarta reunión ministerial presenta estas sanciones como ya impuestas.',
    'lad-2024-GT-04-p1':
      'La hoja informativa de la cuarta reunión ministerial presenta la red como ya desarticulada (agosto de 2024).',
    'lad-2024-EC-04-p1':
      'Las declaraciones de la Casa Blanca del 17 de septiembre de 2024 presentan el requisito de visa como vigente desde julio de 2024.',
    'lad-2024-BR-01-p1':
      'Las declaraciones de la Casa Blanca del 17 de septiembre de 2024 presentan las restricciones como vigentes desde agosto de 2024.',
    'lad-2024-PA-01-p1':
      'La hoja informativa de la cuarta reunión ministerial reporta que cientos de personas ya han sido expulsadas en el marco del piloto.',
  },
};
