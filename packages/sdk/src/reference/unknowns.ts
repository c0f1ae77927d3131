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
    fact: 'The name, lead and participants of action package 10; the other co-lead and the participants of package 09; the lead of package 11.',
    note: 'The Pillar III part of the Lima joint statement is cut off in every copy found.',
  },
  {
    id: 'package-participants',
    fact: 'Full participant lists of "Combatting Xenophobia", "Family Reunification and Alternative Migration Pathways" and the Pillar III packages.',
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
