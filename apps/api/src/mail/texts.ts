import type { CoreLocale } from '@lad/sdk';
import type { DecisionReason } from '../store/outbox.js';

/**
 * Every word of the e-mails, in the five languages. Labels carry no colon: the renderer adds it
 * as the language writes it (`withColon`: a narrow no-break space before it in French). `{…}`
 * parts are functions, so word order stays each language's own.
 */
export interface MailTexts {
  greeting: string;
  footer: string;
  label: {
    meeting: string;
    when: string;
    where: string;
    online: string;
    receipt: string;
    organization: string;
    proposal: string;
    committee: string;
    reason: string;
    answer: string;
    answeredOn: string;
    previousDates: string;
    newDates: string;
  };
  /** "Port-au-Prince time". */
  zoneTime: (city: string) => string;
  /** A public answer shown in another language than the reader's. */
  answerIn: (language: string) => string;
  addToCalendar: string;
  updateCalendar: string;
  answersPublished: string;
  keepReceipt: string;
  registrationReceipt: {
    subject: Record<'submitted' | 'waitlisted', string>;
    lead: Record<'submitted' | 'waitlisted', (organization: string) => string>;
  };
  registrationDecision: {
    subject: Record<'selected' | 'waitlisted' | 'not_selected', string>;
    lead: Record<'selected' | 'waitlisted' | 'not_selected', string>;
    reasons: Record<DecisionReason, string>;
    /** After a decision that is not a selection. */
    thanks: string;
  };
  proposalReceipt: {
    subject: Record<'agenda_topic' | 'policy', string>;
    lead: Record<'agenda_topic' | 'policy', string>;
  };
  proposalAnswer: {
    subject: string;
    status: {
      under_review: string;
      accepted: string;
      merged: (other: string | null) => string;
      declined: string;
      answered: string;
    };
  };
  eventCancelled: { subject: string; lead: string };
  eventRescheduled: { subject: string; lead: string };
}

const en: MailTexts = {
  greeting: 'Hello,',
  footer:
    'This is an automatic message from the technical secretariat of the Los Angeles Declaration on Migration and Protection, sent because this address was given with an application or a proposal.',
  label: {
    meeting: 'Meeting',
    when: 'When',
    where: 'Where',
    online: 'Online',
    receipt: 'Receipt number',
    organization: 'Organisation',
    proposal: 'Your proposal',
    committee: 'Committee',
    reason: 'Reason',
    answer: 'Public answer',
    answeredOn: 'Answered on',
    previousDates: 'Previous dates',
    newDates: 'New dates',
  },
  zoneTime: (city) => `${city} time`,
  answerIn: (language) => `The answer is not available in your language yet; here it is in ${language}.`,
  addToCalendar: 'Add it to your calendar',
  updateCalendar: 'If you added it to your calendar, this link updates it',
  answersPublished: 'Answers are published here',
  keepReceipt: 'Keep your receipt number: quote it if you write to the secretariat.',
  registrationReceipt: {
    subject: { submitted: 'Application received', waitlisted: 'On the waiting list' },
    lead: {
      submitted: (org) =>
        `We received the application of ${org} to take part in this meeting. The committee will review it against the published selection criteria and tell you its decision by e-mail.`,
      waitlisted: (org) =>
        `We received the application of ${org}. All seats are taken, so it is on the waiting list: if a seat becomes free, the committee will tell you by e-mail.`,
    },
  },
  registrationDecision: {
    subject: {
      selected: 'Your organisation is selected',
      waitlisted: 'Waiting list',
      not_selected: 'Decision on your application',
    },
    lead: {
      selected:
        "Good news: the committee selected your organisation's application to take part in this meeting.",
      waitlisted:
        "The committee put your organisation's application on the waiting list. If a seat becomes free, it will tell you by e-mail.",
      not_selected: "The committee did not select your organisation's application for this meeting.",
    },
    reasons: {
      capacity: 'All seats were taken by applications that matched the criteria more closely.',
      criteria: 'The application did not meet the published selection criteria.',
      eligibility: 'The organisation is not eligible for this meeting.',
      incomplete: 'Some answers were missing or incomplete.',
      balance: 'The committee kept a balance between regions, kinds of organisation and groups represented.',
      duplicate: 'Another application from the same organisation was selected.',
      other: 'Write to the secretariat, quoting your receipt number, to know more.',
    },
    thanks:
      'Thank you for your interest: other meetings will open their registration, and the public calendar lists them.',
  },
  proposalReceipt: {
    subject: { agenda_topic: 'Topic proposal received', policy: 'Proposal received' },
    lead: {
      agenda_topic:
        'We received your proposal of a topic for the agenda of this meeting. The committee will review it and publish its answer; you will receive it by e-mail too.',
      policy:
        'We received your written proposal to the committee. The committee will review it and publish its answer; you will receive it by e-mail too.',
    },
  },
  proposalAnswer: {
    subject: 'Answer to your proposal',
    status: {
      under_review: 'The committee is reviewing your proposal.',
      accepted: 'The committee accepted your proposal.',
      merged: (other) =>
        other
          ? `The committee merged your proposal with another one on the same subject: “${other}”.`
          : 'The committee merged your proposal with another one on the same subject.',
      declined: 'The committee declined your proposal. Its reason is in the answer below.',
      answered: 'The committee answered your proposal.',
    },
  },
  eventCancelled: {
    subject: 'Cancelled',
    lead: 'This meeting is cancelled. Your application or proposal for it needs nothing more from you.',
  },
  eventRescheduled: {
    subject: 'New date',
    lead: 'This meeting has new dates. Your application or proposal stays valid.',
  },
};

const es: MailTexts = {
  greeting: 'Hola:',
  footer:
    'Este es un mensaje automático de la secretaría técnica de la Declaración de Los Ángeles sobre Migración y Protección, enviado porque esta dirección se indicó en una solicitud o una propuesta.',
  label: {
    meeting: 'Reunión',
    when: 'Cuándo',
    where: 'Dónde',
    online: 'En línea',
    receipt: 'Número de comprobante',
    organization: 'Organización',
    proposal: 'Su propuesta',
    committee: 'Comité',
    reason: 'Motivo',
    answer: 'Respuesta pública',
    answeredOn: 'Fecha de la respuesta',
    previousDates: 'Fechas anteriores',
    newDates: 'Nuevas fechas',
  },
  zoneTime: (city) => `hora de ${city}`,
  answerIn: (language) => `La respuesta aún no está disponible en su idioma; aquí está en ${language}.`,
  addToCalendar: 'Agréguela a su calendario',
  updateCalendar: 'Si la agregó a su calendario, este enlace lo actualiza',
  answersPublished: 'Las respuestas se publican aquí',
  keepReceipt: 'Conserve su número de comprobante: cítelo si escribe a la secretaría.',
  registrationReceipt: {
    subject: { submitted: 'Solicitud recibida', waitlisted: 'En lista de espera' },
    lead: {
      submitted: (org) =>
        `Recibimos la solicitud de ${org} para participar en esta reunión. El comité la examinará según los criterios de selección publicados y le comunicará su decisión por correo electrónico.`,
      waitlisted: (org) =>
        `Recibimos la solicitud de ${org}. Todos los cupos están ocupados, así que quedó en la lista de espera: si se libera un cupo, el comité se lo comunicará por correo electrónico.`,
    },
  },
  registrationDecision: {
    subject: {
      selected: 'Su organización fue seleccionada',
      waitlisted: 'Lista de espera',
      not_selected: 'Decisión sobre su solicitud',
    },
    lead: {
      selected:
        'Buenas noticias: el comité seleccionó la solicitud de su organización para participar en esta reunión.',
      waitlisted:
        'El comité puso la solicitud de su organización en la lista de espera. Si se libera un cupo, se lo comunicará por correo electrónico.',
      not_selected: 'El comité no seleccionó la solicitud de su organización para esta reunión.',
    },
    reasons: {
      capacity: 'Todos los cupos se asignaron a solicitudes que respondían mejor a los criterios.',
      criteria: 'La solicitud no cumplía los criterios de selección publicados.',
      eligibility: 'La organización no es elegible para esta reunión.',
      incomplete: 'Faltaban respuestas o estaban incompletas.',
      balance:
        'El comité mantuvo un equilibrio entre regiones, tipos de organización y grupos representados.',
      duplicate: 'Se seleccionó otra solicitud de la misma organización.',
      other: 'Escriba a la secretaría, citando su número de comprobante, para saber más.',
    },
    thanks:
      'Gracias por su interés: otras reuniones abrirán sus inscripciones, y el calendario público las presenta.',
  },
  proposalReceipt: {
    subject: { agenda_topic: 'Propuesta de tema recibida', policy: 'Propuesta recibida' },
    lead: {
      agenda_topic:
        'Recibimos su propuesta de tema para la agenda de esta reunión. El comité la examinará y publicará su respuesta; también la recibirá por correo electrónico.',
      policy:
        'Recibimos su propuesta escrita al comité. El comité la examinará y publicará su respuesta; también la recibirá por correo electrónico.',
    },
  },
  proposalAnswer: {
    subject: 'Respuesta a su propuesta',
    status: {
      under_review: 'El comité está examinando su propuesta.',
      accepted: 'El comité aceptó su propuesta.',
      merged: (other) =>
        other
          ? `El comité unió su propuesta con otra sobre el mismo tema: «${other}».`
          : 'El comité unió su propuesta con otra sobre el mismo tema.',
      declined: 'El comité rechazó su propuesta. El motivo está en la respuesta a continuación.',
      answered: 'El comité respondió a su propuesta.',
    },
  },
  eventCancelled: {
    subject: 'Reunión cancelada',
    lead: 'Esta reunión se canceló. Su solicitud o propuesta para ella no requiere nada más de su parte.',
  },
  eventRescheduled: {
    subject: 'Nueva fecha',
    lead: 'Esta reunión tiene nuevas fechas. Su solicitud o propuesta sigue siendo válida.',
  },
};

const pt: MailTexts = {
  greeting: 'Olá,',
  footer:
    'Esta é uma mensagem automática da secretaria técnica da Declaração de Los Angeles sobre Migração e Proteção, enviada porque este endereço foi informado numa inscrição ou numa proposta.',
  label: {
    meeting: 'Reunião',
    when: 'Quando',
    where: 'Onde',
    online: 'On-line',
    receipt: 'Número do comprovante',
    organization: 'Organização',
    proposal: 'Sua proposta',
    committee: 'Comitê',
    reason: 'Motivo',
    answer: 'Resposta pública',
    answeredOn: 'Data da resposta',
    previousDates: 'Datas anteriores',
    newDates: 'Novas datas',
  },
  zoneTime: (city) => `horário de ${city}`,
  answerIn: (language) => `A resposta ainda não está disponível no seu idioma; aqui está em ${language}.`,
  addToCalendar: 'Adicione-a à sua agenda',
  updateCalendar: 'Se você a adicionou à sua agenda, este link a atualiza',
  answersPublished: 'As respostas são publicadas aqui',
  keepReceipt: 'Guarde o número do comprovante: informe-o se escrever à secretaria.',
  registrationReceipt: {
    subject: { submitted: 'Inscrição recebida', waitlisted: 'Na lista de espera' },
    lead: {
      submitted: (org) =>
        `Recebemos a inscrição de ${org} para participar desta reunião. O comitê vai analisá-la segundo os critérios de seleção publicados e informará a decisão por e-mail.`,
      waitlisted: (org) =>
        `Recebemos a inscrição de ${org}. Todas as vagas estão preenchidas, por isso ela está na lista de espera: se uma vaga for liberada, o comitê avisará você por e-mail.`,
    },
  },
  registrationDecision: {
    subject: {
      selected: 'Sua organização foi selecionada',
      waitlisted: 'Lista de espera',
      not_selected: 'Decisão sobre sua inscrição',
    },
    lead: {
      selected:
        'Boa notícia: o comitê selecionou a inscrição da sua organização para participar desta reunião.',
      waitlisted:
        'O comitê colocou a inscrição da sua organização na lista de espera. Se uma vaga for liberada, avisará você por e-mail.',
      not_selected: 'O comitê não selecionou a inscrição da sua organização para esta reunião.',
    },
    reasons: {
      capacity: 'Todas as vagas foram para inscrições que atendiam melhor aos critérios.',
      criteria: 'A inscrição não atendia aos critérios de seleção publicados.',
      eligibility: 'A organização não é elegível para esta reunião.',
      incomplete: 'Algumas respostas estavam ausentes ou incompletas.',
      balance: 'O comitê manteve um equilíbrio entre regiões, tipos de organização e grupos representados.',
      duplicate: 'Outra inscrição da mesma organização foi selecionada.',
      other: 'Escreva à secretaria, informando o número do comprovante, para saber mais.',
    },
    thanks:
      'Obrigado pelo seu interesse: outras reuniões abrirão inscrições, e o calendário público as apresenta.',
  },
  proposalReceipt: {
    subject: { agenda_topic: 'Proposta de tema recebida', policy: 'Proposta recebida' },
    lead: {
      agenda_topic:
        'Recebemos sua proposta de tema para a pauta desta reunião. O comitê vai analisá-la e publicar sua resposta; você também a receberá por e-mail.',
      policy:
        'Recebemos sua proposta escrita ao comitê. O comitê vai analisá-la e publicar sua resposta; você também a receberá por e-mail.',
    },
  },
  proposalAnswer: {
    subject: 'Resposta à sua proposta',
    status: {
      under_review: 'O comitê está analisando sua proposta.',
      accepted: 'O comitê aceitou sua proposta.',
      merged: (other) =>
        other
          ? `O comitê juntou sua proposta a outra sobre o mesmo tema: “${other}”.`
          : 'O comitê juntou sua proposta a outra sobre o mesmo tema.',
      declined: 'O comitê recusou sua proposta. O motivo está na resposta abaixo.',
      answered: 'O comitê respondeu à sua proposta.',
    },
  },
  eventCancelled: {
    subject: 'Reunião cancelada',
    lead: 'Esta reunião foi cancelada. Sua inscrição ou proposta para ela não exige mais nada de sua parte.',
  },
  eventRescheduled: {
    subject: 'Nova data',
    lead: 'Esta reunião tem novas datas. Sua inscrição ou proposta continua válida.',
  },
};

const fr: MailTexts = {
  greeting: 'Bonjour,',
  footer:
    'Ceci est un message automatique du secrétariat technique de la Déclaration de Los Angeles sur la migration et la protection, envoyé parce que cette adresse a été indiquée dans une candidature ou une proposition.',
  label: {
    meeting: 'Réunion',
    when: 'Quand',
    where: 'Où',
    online: 'En ligne',
    receipt: 'Numéro de récépissé',
    organization: 'Organisation',
    proposal: 'Votre proposition',
    committee: 'Comité',
    reason: 'Motif',
    answer: 'Réponse publique',
    answeredOn: 'Date de la réponse',
    previousDates: 'Anciennes dates',
    newDates: 'Nouvelles dates',
  },
  zoneTime: (city) => `heure de ${city}`,
  answerIn: (language) =>
    `La réponse n’est pas encore disponible dans votre langue\u202F; la voici en ${language}.`,
  addToCalendar: 'Ajoutez-la à votre agenda',
  updateCalendar: 'Si vous l’avez ajoutée à votre agenda, ce lien le met à jour',
  answersPublished: 'Les réponses sont publiées ici',
  keepReceipt: 'Conservez votre numéro de récépissé\u202F: indiquez-le si vous écrivez au secrétariat.',
  registrationReceipt: {
    subject: { submitted: 'Candidature reçue', waitlisted: 'Sur liste d’attente' },
    lead: {
      submitted: (org) =>
        `Nous avons reçu la candidature de ${org} pour participer à cette réunion. Le comité l’examinera au regard des critères de sélection publiés et vous communiquera sa décision par courriel.`,
      waitlisted: (org) =>
        `Nous avons reçu la candidature de ${org}. Toutes les places sont prises\u202F: elle est donc sur liste d’attente. Si une place se libère, le comité vous le dira par courriel.`,
    },
  },
  registrationDecision: {
    subject: {
      selected: 'Votre organisation est sélectionnée',
      waitlisted: 'Liste d’attente',
      not_selected: 'Décision sur votre candidature',
    },
    lead: {
      selected:
        'Bonne nouvelle\u202F: le comité a retenu la candidature de votre organisation pour participer à cette réunion.',
      waitlisted:
        'Le comité a placé la candidature de votre organisation sur liste d’attente. Si une place se libère, il vous le dira par courriel.',
      not_selected: 'Le comité n’a pas retenu la candidature de votre organisation pour cette réunion.',
    },
    reasons: {
      capacity: 'Toutes les places ont été attribuées à des candidatures qui répondaient mieux aux critères.',
      criteria: 'La candidature ne remplissait pas les critères de sélection publiés.',
      eligibility: 'L’organisation n’est pas éligible à cette réunion.',
      incomplete: 'Des réponses manquaient ou étaient incomplètes.',
      balance: 'Le comité a veillé à l’équilibre entre régions, types d’organisation et groupes représentés.',
      duplicate: 'Une autre candidature de la même organisation a été retenue.',
      other: 'Écrivez au secrétariat en indiquant votre numéro de récépissé pour en savoir plus.',
    },
    thanks:
      'Merci de votre intérêt\u202F: d’autres réunions ouvriront leurs inscriptions, et le calendrier public les présente.',
  },
  proposalReceipt: {
    subject: { agenda_topic: 'Proposition de sujet reçue', policy: 'Proposition reçue' },
    lead: {
      agenda_topic:
        'Nous avons reçu votre proposition de sujet pour l’ordre du jour de cette réunion. Le comité l’examinera et publiera sa réponse\u202F; vous la recevrez aussi par courriel.',
      policy:
        'Nous avons reçu votre proposition écrite au comité. Le comité l’examinera et publiera sa réponse\u202F; vous la recevrez aussi par courriel.',
    },
  },
  proposalAnswer: {
    subject: 'Réponse à votre proposition',
    status: {
      under_review: 'Le comité examine votre proposition.',
      accepted: 'Le comité a accepté votre proposition.',
      merged: (other) =>
        other
          ? `Le comité a fusionné votre proposition avec une autre sur le même sujet\u202F: «\u202F${other}\u202F».`
          : 'Le comité a fusionné votre proposition avec une autre sur le même sujet.',
      declined: 'Le comité a décliné votre proposition. Son motif figure dans la réponse ci-dessous.',
      answered: 'Le comité a répondu à votre proposition.',
    },
  },
  eventCancelled: {
    subject: 'Réunion annulée',
    lead: 'Cette réunion est annulée. Vous n’avez rien d’autre à faire pour votre candidature ou votre proposition.',
  },
  eventRescheduled: {
    subject: 'Nouvelle date',
    lead: 'Cette réunion change de date. Votre candidature ou votre proposition reste valable.',
  },
};

const ht: MailTexts = {
  greeting: 'Bonjou,',
  footer:
    'Sa a se yon mesaj otomatik sekretarya teknik Deklarasyon Los Angeles sou Migrasyon ak Pwoteksyon voye, paske yo te bay adrès sa a nan yon aplikasyon oswa yon pwopozisyon.',
  label: {
    meeting: 'Reyinyon',
    when: 'Ki lè',
    where: 'Ki kote',
    online: 'Sou entènèt',
    receipt: 'Nimewo resi',
    organization: 'Òganizasyon',
    proposal: 'Pwopozisyon ou',
    committee: 'Komite',
    reason: 'Rezon',
    answer: 'Repons piblik',
    answeredOn: 'Dat repons lan',
    previousDates: 'Ansyen dat',
    newDates: 'Nouvo dat',
  },
  zoneTime: (city) => `lè ${city}`,
  answerIn: (language) => `Repons lan poko disponib nan lang ou; men li an ${language}.`,
  addToCalendar: 'Mete l nan kalandriye ou',
  updateCalendar: 'Si w te mete l nan kalandriye ou, lyen sa a mete l ajou',
  answersPublished: 'Repons yo pibliye isit la',
  keepReceipt: 'Kenbe nimewo resi ou a: site l si w ekri sekretarya a.',
  registrationReceipt: {
    subject: { submitted: 'Nou resevwa aplikasyon an', waitlisted: 'Sou lis datant' },
    lead: {
      submitted: (org) =>
        `Nou resevwa aplikasyon ${org} pou patisipe nan reyinyon sa a. Komite a ap egzamine l dapre kritè seleksyon ki pibliye yo, epi l ap voye desizyon li ba ou pa imèl.`,
      waitlisted: (org) =>
        `Nou resevwa aplikasyon ${org}. Tout plas yo pran, kidonk li sou lis datant: si yon plas vin lib, komite a ap fè w konnen pa imèl.`,
    },
  },
  registrationDecision: {
    subject: {
      selected: 'Yo chwazi òganizasyon ou',
      waitlisted: 'Lis datant',
      not_selected: 'Desizyon sou aplikasyon ou',
    },
    lead: {
      selected: 'Bon nouvèl: komite a chwazi aplikasyon òganizasyon ou pou patisipe nan reyinyon sa a.',
      waitlisted:
        'Komite a mete aplikasyon òganizasyon ou sou lis datant. Si yon plas vin lib, l ap fè w konnen pa imèl.',
      not_selected: 'Komite a pa chwazi aplikasyon òganizasyon ou pou reyinyon sa a.',
    },
    reasons: {
      capacity: 'Tout plas yo te ale bay aplikasyon ki te pi byen koresponn ak kritè yo.',
      criteria: 'Aplikasyon an pa t ranpli kritè seleksyon ki pibliye yo.',
      eligibility: 'Òganizasyon an pa kalifye pou reyinyon sa a.',
      incomplete: 'Te gen repons ki te manke oswa ki pa t konplè.',
      balance: 'Komite a kenbe yon balans ant rejyon yo, kalite òganizasyon yo ak gwoup ki reprezante yo.',
      duplicate: 'Yo te chwazi yon lòt aplikasyon menm òganizasyon an.',
      other: 'Ekri sekretarya a, site nimewo resi ou, pou w konnen plis.',
    },
    thanks: 'Mèsi pou enterè ou: lòt reyinyon ap louvri enskripsyon yo, epi kalandriye piblik la montre yo.',
  },
  proposalReceipt: {
    subject: { agenda_topic: 'Nou resevwa pwopozisyon sijè a', policy: 'Nou resevwa pwopozisyon an' },
    lead: {
      agenda_topic:
        'Nou resevwa pwopozisyon sijè ou pou lòd dijou reyinyon sa a. Komite a ap egzamine l epi l ap pibliye repons li; w ap resevwa l pa imèl tou.',
      policy:
        'Nou resevwa pwopozisyon ekri ou bay komite a. Komite a ap egzamine l epi l ap pibliye repons li; w ap resevwa l pa imèl tou.',
    },
  },
  proposalAnswer: {
    subject: 'Repons pou pwopozisyon ou',
    status: {
      under_review: 'Komite a ap egzamine pwopozisyon ou.',
      accepted: 'Komite a aksepte pwopozisyon ou.',
      merged: (other) =>
        other
          ? `Komite a mete pwopozisyon ou ansanm ak yon lòt ki sou menm sijè a: “${other}”.`
          : 'Komite a mete pwopozisyon ou ansanm ak yon lòt ki sou menm sijè a.',
      declined: 'Komite a refize pwopozisyon ou. Rezon an nan repons ki anba a.',
      answered: 'Komite a reponn pwopozisyon ou.',
    },
  },
  eventCancelled: {
    subject: 'Reyinyon anile',
    lead: 'Reyinyon sa a anile. Ou pa bezwen fè anyen ankò pou aplikasyon oswa pwopozisyon ou te voye pou li.',
  },
  eventRescheduled: {
    subject: 'Nouvo dat',
    lead: 'Reyinyon sa a gen nouvo dat. Aplikasyon oswa pwopozisyon ou toujou valab.',
  },
};

/** The e-mail words of each core language. */
export const MAIL_TEXTS: Readonly<Record<CoreLocale, MailTexts>> = { en, es, pt, fr, ht };
