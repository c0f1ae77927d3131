/**
 * Facts the reference data deliberately leaves out because no public source states them.
 * Shown so that nobody fills the gaps by guessing.
 */
export const UNKNOWN_FACTS = [
  {
    id: 'endorser-22',
    fact: 'Which country is the 22nd endorser of the Declaration, and when it joined.',
    note: 'The LAD website and later reports say 22 countries endorsed; none names the 22nd.',
  },
  {
    id: 'pillar-iii-packages',
    fact: 'Names, leads and participants of the three Pillar III action packages.',
    note: 'Eleven action packages were identified; only eight are named in public sources.',
  },
  {
    id: 'package-participants',
    fact: 'Full participant lists of "Combatting Xenophobia" and "Family Reunification and Alternative Migration Pathways".',
    note: 'The public lists are missing or cut off.',
  },
  {
    id: 'special-coordinators',
    fact: 'The names of the special coordinators of each endorsing country.',
    note: 'Each country has one; the sources do not list them.',
  },
  {
    id: 'pillar-names-es',
    fact: 'The official Spanish names of the pillars in the signed Spanish text.',
    note: 'The Spanish names used come from news coverage.',
  },
] as const;
