import type {
  AgendaTopicProposalInput,
  CommitmentInput,
  EventInput,
  PolicyProposalInput,
  RegistrationInput,
} from '../src/index.js';

/** Realistic inputs, written as CSO staff and curators would write them. */
export const registration = (): RegistrationInput => ({
  organization: {
    name: 'Sant Kore Fanm Migran',
    country: 'HT',
    level: 'national',
    kinds: ['service_provider', 'advocacy'],
    ledBy: ['migrant', 'women'],
    website: 'https://korefanm.example.org',
  },
  representative: {
    name: 'Mirlande Désir',
    email: 'mirlande@korefanm.example.org',
    role: 'Kowòdonatris pwogram',
    languages: ['ht', 'fr'],
    needs: 'Entèpretasyon an kreyòl, tanpri.',
  },
  answers: [{ criterionId: 'crit-1', answer: 'Nou travay ak fanmi ki retounen soti Dominikani depi 2015.' }],
  consent: true,
  listPublicly: true,
  locale: 'ht',
});

export const agendaTopic = (): AgendaTopicProposalInput => ({
  title: 'Dokiman idantite pou timoun ki fèt nan tranzit',
  summary: 'Nou pwopoze komite a diskite sou jan pou timoun ki fèt sou wout migrasyon jwenn batistè.',
  locale: 'ht',
  organization: { name: 'Rezo Fwontalye Jano Siksè', country: 'HT' },
  contact: { name: 'Jean Baptiste', email: 'jb@example.org' },
  consent: true,
});

export const policyProposal = (): PolicyProposalInput => ({
  title: 'Propuesta: ventanilla única de regularización en frontera',
  body: 'Proponemos una ventanilla única con intérpretes en kreyòl y portugués.',
  locale: 'es',
  organization: { name: 'Red Jesuita con Migrantes', country: 'CL' },
  contact: { name: 'Ana Pérez', email: 'ana.perez@example.org' },
  consent: true,
  links: ['https://example.org/propuesta.pdf'],
});

export const commitment = (): CommitmentInput => ({
  country: 'HT',
  pillar: 'IV',
  title: {
    original: 'ht',
    text: {
      ht: 'Plan nasyonal repons dijans pou moun ki deplase',
      en: 'National emergency response plan for displaced people',
    },
    provenance: { en: 'machine' },
  },
  status: 'limited',
  startDate: '2025-01-01',
  dueDate: '2026-12-31',
  sources: [{ title: 'Rapò', url: 'https://example.org/rapo.pdf' }],
});

export const event = (): EventInput => ({
  kind: 'information_session',
  title: {
    original: 'es',
    text: { es: 'Sesión informativa trimestral', ht: 'Sesyon enfòmasyon chak twa mwa' },
  },
  startsAt: '2026-03-05T14:00:00-05:00',
  endsAt: '2026-03-05T16:00:00-05:00',
  timeZone: 'America/Port-au-Prince',
  format: 'hybrid',
  venue: { name: 'Hôtel Montana', address: null, city: 'Pétion-Ville', country: 'HT' },
  onlineUrl: 'https://meet.example.org/lad-q1',
  languages: ['es', 'ht', 'fr'],
  interpretation: ['en', 'pt'],
  registration: {
    opensAt: '2026-01-15T00:00:00Z',
    closesAt: '2026-02-20T23:59:00-05:00',
    capacity: 40,
    waitlist: true,
    role: 'participant',
    retentionDays: 365,
  },
});
