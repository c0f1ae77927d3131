import { describe, expect, test } from 'vitest';
import * as z from 'zod/mini';
import {
  ACTION_PACKAGES,
  ActionPackage,
  CORE_LOCALES,
  Country,
  MECHANISMS,
  PILLARS,
  Pillar,
  RegionalMechanism,
  SIGNATORIES,
  SOURCES,
  Source,
  UNKNOWN_FACTS,
} from '../src/index.js';

describe('reference data matches its schemas', () => {
  test.each([
    ['pillars', Pillar, PILLARS],
    ['signatories', Country, SIGNATORIES],
    ['mechanisms', RegionalMechanism, MECHANISMS],
    ['action packages', ActionPackage, ACTION_PACKAGES],
  ] as const)('%s', (_name, schema, rows) => {
    for (const row of rows)
      expect(z.safeParse(schema, row).success, JSON.stringify(row).slice(0, 80)).toBe(true);
  });

  test('every source is a well-formed http(s) source', () => {
    for (const source of Object.values(SOURCES))
      expect(z.safeParse(Source, source).success, source.url).toBe(true);
  });

  test('every record names at least one source', () => {
    for (const row of [...PILLARS, ...SIGNATORIES, ...MECHANISMS, ...ACTION_PACKAGES]) {
      expect(row.sources.length).toBeGreaterThan(0);
    }
  });

  test('names exist in all five languages', () => {
    const named = [
      ...PILLARS.flatMap((p) => [p.name, p.shortName]),
      ...SIGNATORIES.map((c) => c.name),
      ...MECHANISMS.map((m) => m.name),
      ...ACTION_PACKAGES.map((a) => a.name),
    ];
    for (const name of named) expect(Object.keys(name.text).sort()).toEqual([...CORE_LOCALES].sort());
  });
});

describe('facts only', () => {
  test('the four pillars, numbered as the Declaration numbers them; only I–III have committees', () => {
    expect(PILLARS.map((p) => p.id)).toEqual(['I', 'II', 'III', 'IV']);
    expect(PILLARS.filter((p) => p.hasCommittees).map((p) => p.id)).toEqual(['I', 'II', 'III']);
    expect(PILLARS[3]?.name.text.en).toBe('Promoting a Coordinated Emergency Response');
  });

  test('twenty launch endorsers on 10 June 2022, then Guyana by 26 September 2022; no invented 22nd', () => {
    const launch = SIGNATORIES.filter((c) => c.endorsedOn === '2022-06-10');
    expect(launch).toHaveLength(20);
    expect(launch.map((c) => c.code).sort()).toEqual(
      [
        'AR',
        'BB',
        'BZ',
        'BR',
        'CA',
        'CL',
        'CO',
        'CR',
        'EC',
        'SV',
        'GT',
        'HT',
        'HN',
        'JM',
        'MX',
        'PA',
        'PY',
        'PE',
        'US',
        'UY',
      ].sort(),
    );
    const guyana = SIGNATORIES.find((c) => c.code === 'GY');
    expect(guyana).toMatchObject({ endorsedOn: null, endorsedBy: '2022-09-26' });
    expect(SIGNATORIES).toHaveLength(21);
    expect(SIGNATORIES.some((c) => c.code === 'DO')).toBe(false);
    expect(UNKNOWN_FACTS.map((f) => f.id)).toContain('endorser-22');
  });

  test('the eleven action packages with their public leads; what is not published stays empty', () => {
    expect(ACTION_PACKAGES).toHaveLength(11);
    expect(ACTION_PACKAGES.filter((a) => a.pillar === 'III').map((a) => a.id)).toEqual([
      'countering-smuggling-trafficking',
      'pillar-iii-package-10',
      'aligning-visa-travel-standards',
    ]);
    const leads = Object.fromEntries(ACTION_PACKAGES.map((a) => [a.name.text.en, a.leads]));
    expect(leads).toMatchObject({
      'Integration and Support for Host Communities': ['CL'],
      'Temporary Protection and Regularization': ['CO'],
      'International Financing for Migrant-Hosting Countries': ['EC'],
      'Combatting Xenophobia': ['PE'],
      'Labor Mobility': ['MX'],
      'Investing in Asylum': ['CA'],
      'Refugee Resettlement': ['CA', 'GY'],
      'Family Reunification and Alternative Migration Pathways': ['SV'],
      'Countering Human Smuggling and Trafficking': ['US'],
      'Aligning Visa and Travel Standards': [],
    });
    // Package 10: nothing is published but its pillar; nothing is filled in.
    expect(ACTION_PACKAGES.find((a) => a.id === 'pillar-iii-package-10')).toMatchObject({
      leads: [],
      participants: [],
      participantsComplete: false,
    });
    expect(ACTION_PACKAGES.find((a) => a.id === 'combatting-xenophobia')?.pillarCertainty).toBe('uncertain');
    expect(UNKNOWN_FACTS.map((f) => f.id)).toContain('pillar-iii-packages');
  });

  test('the eight regional mechanisms of R12, unknown memberships left unknown', () => {
    expect(MECHANISMS.map((m) => m.id)).toEqual([
      'csm',
      'crm',
      'un-network-lac',
      'quito-process',
      'mirps',
      'cartagena-40',
      'mercosur',
      'caricom',
    ]);
    expect(MECHANISMS.find((m) => m.id === 'cartagena-40')?.members).toBeNull();
    expect(MECHANISMS.find((m) => m.id === 'caricom')?.members).toHaveLength(15);
    expect(MECHANISMS.find((m) => m.id === 'csm')?.members).toHaveLength(12);
  });
});
