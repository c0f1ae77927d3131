import type { CommitmentStatus, PillarId } from '@lad/sdk';
import type { RecordSourceKey } from './sources.js';

// The public record of the Declaration's commitments, as the project's reference data. Each
// row paraphrases its sources in our own words; figures, names and dates are the sources'.
// English is the original; the other languages are in ./translations/ (machine translations
// until a person reviews them in the console). Where sources disagree, the description keeps
// both figures and names both sources.

/** A commitment a government announced under the Declaration. */
export interface RecordCommitment {
  /** `lad-<year announced>-<ISO country>-<nn>`: stable across releases. */
  id: string;
  country: string;
  announcedOn: string;
  /** Where it was announced, when the source says. */
  announcedAt: string | null;
  /** `null` where no source files it under a pillar. */
  pillar: PillarId | null;
  sources: RecordSourceKey[];
  title: string;
  description: string;
}

/**
 * Progress reported on a commitment, with the status the report supports on the OGP scale
 * (assessed from public sources: `complete` only where a source says it was done).
 */
export interface RecordProgress {
  id: string;
  commitmentId: string;
  /** `null` when the source gives no date. */
  date: string | null;
  status: CommitmentStatus;
  summary: string;
  sources: RecordSourceKey[];
  /**
   * `true` when the progress is stated by the announcement's own source (a fact sheet presenting
   * the measure as already done), not by a later progress report of the record.
   */
  fromAnnouncement?: boolean;
}

export const RECORD_COMMITMENTS: readonly RecordCommitment[] = [
  {
    id: 'lad-2022-BZ-01',
    country: 'BZ',
    announcedOn: '2022-06-10',
    announcedAt: 'Ninth Summit of the Americas, Los Angeles',
    pillar: 'I',
    sources: ['S1'],
    title: 'Regularization programme for Central American and CARICOM migrants',
    description:
      'From August 2022, run a programme to regularize Central American and CARICOM migrants who have lived in Belize without legal status for a set period.',
  },
  {
    id: 'lad-2022-CO-01',
    country: 'CO',
    announcedOn: '2022-06-10',
    announcedAt: 'Ninth Summit of the Americas, Los Angeles',
    pillar: 'I',
    sources: ['S1'],
    title: 'Complete temporary protected status for displaced Venezuelans',
    description:
      'Complete its temporary protected status for displaced Venezuelans. More than 1.2 million people had received regularization documents by 10 Jun 2022, and the target is 1.5 million permits in total by the end of August 2022.',
  },
  {
    id: 'lad-2022-CR-01',
    country: 'CR',
    announcedOn: '2022-06-10',
    announcedAt: 'Ninth Summit of the Americas, Los Angeles',
    pillar: 'I',
    sources: ['S1'],
    title: 'Renew the special temporary protection category for Venezuelans, Nicaraguans and Cubans',
    description:
      'Plan a renewal of the special temporary complementary-protection category for Venezuelans, Nicaraguans and Cubans who arrived before March 2020. Renewal depends on securing financing. Also convene an international task force to raise direct support and funds for it.',
  },
  {
    id: 'lad-2022-EC-01',
    country: 'EC',
    announcedOn: '2022-06-10',
    announcedAt: 'Ninth Summit of the Americas, Los Angeles',
    pillar: 'I',
    sources: ['S1', 'S8', 'S28', 'S10'],
    title: 'Regular status for Venezuelans who entered through an official port of entry',
    description:
      'An executive decree opens regular status to Venezuelans who entered through an official port of entry but are now out of status. It covers unaccompanied or separated children, includes a migration amnesty and provides identity documents. Ecuador intends to widen it to all Venezuelans. Sources differ on the programme’s scale: the White House readout of 27 Sep 2022 calls it an opportunity for more than 500,000 displaced Venezuelans; a report of 16 Nov 2022 gives a goal of at least 350,000 in the first phase; White House officials said on 6 May 2024 that it had given legal status to 100,000.',
  },
  {
    id: 'lad-2022-US-01',
    country: 'US',
    announcedOn: '2022-06-10',
    announcedAt: 'Ninth Summit of the Americas, Los Angeles',
    pillar: 'I',
    sources: ['S1'],
    title: '$25 million more for the World Bank Global Concessional Financing Facility',
    description:
      "Working with Congress, add $25 million to the World Bank's Global Concessional Financing Facility (GCFF). Priority goes to Latin American countries such as Ecuador and Costa Rica, for registration, social services, integration and host communities.",
  },
  {
    id: 'lad-2022-US-02',
    country: 'US',
    announcedOn: '2022-06-10',
    announcedAt: 'Ninth Summit of the Americas, Los Angeles',
    pillar: 'I',
    sources: ['S1'],
    title: 'Over $314 million in humanitarian and development funding for refugees and migrants',
    description:
      'Over $314 million in new PRM and USAID humanitarian and development funding for refugees and vulnerable migrants, including integration and aid for Venezuelans in 17 countries.',
  },
  {
    id: 'lad-2022-CA-01',
    country: 'CA',
    announcedOn: '2022-06-10',
    announcedAt: 'Ninth Summit of the Americas, Los Angeles',
    pillar: 'II',
    sources: ['S1', 'S38'],
    title: 'Resettle up to 4,000 refugees from the Americas by 2028',
    description:
      'Step up refugee resettlement from the Americas, aiming for up to 4,000 people by 2028, and promote regular pathways in the region, including recruitment under the Francophone Immigration Program (for example for Haitians). Sources differ on the wording: the White House fact sheet of 10 Jun 2022 says “up to 4,000 individuals by 2028” under refugee resettlement; The Canadian Press (10 Jun 2022) says “4,000 additional migrants”.',
  },
  {
    id: 'lad-2022-CA-02',
    country: 'CA',
    announcedOn: '2022-06-10',
    announcedAt: 'Ninth Summit of the Americas, Los Angeles',
    pillar: 'II',
    sources: ['S1'],
    title: '$26.9 million for migration and protection capacity in Latin America and the Caribbean',
    description:
      '$26.9 million in 2022-2023 for migration and protection capacity building in Latin America and the Caribbean. Uses: integration, border and migration management, rights protection, gender equality, and countering smuggling and trafficking.',
  },
  {
    id: 'lad-2022-CA-03',
    country: 'CA',
    announcedOn: '2022-06-10',
    announcedAt: 'Ninth Summit of the Americas, Los Angeles',
    pillar: 'II',
    sources: ['S1'],
    title: 'More than 50,000 agricultural workers from Mexico, Guatemala and the Caribbean in 2022',
    description:
      'Expects to receive more than 50,000 agricultural workers from Mexico, Guatemala and the Caribbean in 2022.',
  },
  {
    id: 'lad-2022-GT-01',
    country: 'GT',
    announcedOn: '2022-06-10',
    announcedAt: 'Ninth Summit of the Americas, Los Angeles',
    pillar: 'II',
    sources: ['S1'],
    title: 'No value-added or departure taxes on air tickets for temporary workers',
    description:
      'Law approved 1 Jun 2022 removes value-added and departure taxes on air tickets for citizens leaving on temporary work contracts obtained through the Ministry of Labor. It is part of a package on fair recruitment and labor pathways.',
  },
  {
    id: 'lad-2022-MX-01',
    country: 'MX',
    announcedOn: '2022-06-10',
    announcedAt: 'Ninth Summit of the Americas, Los Angeles',
    pillar: 'II',
    sources: ['S1', 'S14'],
    title: 'Enlarge the Border Worker Card programme by 10,000–20,000 beneficiaries',
    description:
      'Enlarge the Border Worker Card programme by 10,000–20,000 more beneficiaries, with USAID support for ethical recruitment. Sources differ on the scale: the White House fact sheet of 10 Jun 2022 gives 10,000–20,000 additional beneficiaries; Mexico’s foreign ministry (SRE) gives the same range per year and says it doubles the programme.',
  },
  {
    id: 'lad-2022-MX-02',
    country: 'MX',
    announcedOn: '2022-06-10',
    announcedAt: 'Ninth Summit of the Americas, Los Angeles',
    pillar: 'II',
    sources: ['S1', 'S14'],
    title: 'Temporary labor programme for 15,000–20,000 Guatemalan workers a year',
    description:
      'New temporary labor programme giving 15,000–20,000 Guatemalan workers a year jobs in Mexico. Aim to extend it to Honduras and El Salvador in the medium term.',
  },
  {
    id: 'lad-2022-MX-03',
    country: 'MX',
    announcedOn: '2022-06-10',
    announcedAt: 'Ninth Summit of the Americas, Los Angeles',
    pillar: 'II',
    sources: ['S1'],
    title: 'Place 20,000 recognized refugees in formal jobs over three years',
    description:
      'Place 20,000 recognized refugees in the formal Mexican labor market over three years, with UNHCR and private firms, in regions short of workers.',
  },
  {
    id: 'lad-2022-MX-04',
    country: 'MX',
    announcedOn: '2022-06-10',
    announcedAt: 'Ninth Summit of the Americas, Los Angeles',
    pillar: null,
    sources: ['S14'],
    title: 'Two working groups with the United States: labor rights and minors on the move',
    description:
      'Set up two working groups with the United States: one on Mexican workers’ labor rights and wider visa programmes, one on protecting minors on the move.',
  },
  {
    id: 'lad-2022-US-03',
    country: 'US',
    announcedOn: '2022-06-10',
    announcedAt: 'Ninth Summit of the Americas, Los Angeles',
    pillar: 'II',
    sources: ['S1'],
    title: '$65 million USDA pilot for farms hiring Northern Central American H-2A workers',
    description:
      'Begin developing a $65 million USDA pilot, funded by the American Rescue Plan, that gives grants to U.S. farms hiring Northern Central American workers on H-2A visas under added worker protections. Cooperative agreement with the United Farm Workers.',
  },
  {
    id: 'lad-2022-US-04',
    country: 'US',
    announcedOn: '2022-06-10',
    announcedAt: 'Ninth Summit of the Americas, Los Angeles',
    pillar: 'II',
    sources: ['S1'],
    title: '11,500 extra H-2B seasonal visas for Northern Central America and Haiti',
    description:
      '11,500 extra H-2B seasonal non-farm visas reserved for nationals of Northern Central America and Haiti. Released by DHS and DOL in late May 2022 for the fiscal year, with new employer oversight.',
  },
  {
    id: 'lad-2022-US-05',
    country: 'US',
    announcedOn: '2022-06-10',
    announcedAt: 'Ninth Summit of the Americas, Los Angeles',
    pillar: 'II',
    sources: ['S1'],
    title: 'Guidance on fair recruitment of temporary migrant workers',
    description:
      "DOL guidance on fair recruitment practices for temporary migrant workers (H-2 programmes), with Walmart's backing.",
  },
  {
    id: 'lad-2022-US-06',
    country: 'US',
    announcedOn: '2022-06-10',
    announcedAt: 'Ninth Summit of the Americas, Los Angeles',
    pillar: 'II',
    sources: ['S1'],
    title: 'Resettle 20,000 refugees from the Americas in FY2023–FY2024',
    description:
      "Resettle 20,000 refugees from the Americas in FY2023–FY2024, three times that year's level.",
  },
  {
    id: 'lad-2022-US-07',
    country: 'US',
    announcedOn: '2022-06-10',
    announcedAt: 'Ninth Summit of the Americas, Los Angeles',
    pillar: 'II',
    sources: ['S1'],
    title: 'More referrals of Haitian refugees to the U.S. Refugee Admissions Program',
    description: 'Take more USRAP referrals of Haitian refugees.',
  },
  {
    id: 'lad-2022-US-08',
    country: 'US',
    announcedOn: '2022-06-10',
    announcedAt: 'Ninth Summit of the Americas, Los Angeles',
    pillar: 'II',
    sources: ['S1'],
    title: 'Resume and broaden the Haitian Family Reunification Parole programme',
    description:
      'Resume the Haitian Family Reunification Parole programme and broaden participation, with new invitations expected early fall 2022. State to speed Haitian immigrant-visa processing and cut the backlog at Embassy Port-au-Prince.',
  },
  {
    id: 'lad-2022-US-09',
    country: 'US',
    announcedOn: '2022-06-10',
    announcedAt: 'Ninth Summit of the Americas, Los Angeles',
    pillar: 'II',
    sources: ['S1'],
    title: 'Restart the Cuban Family Reunification Parole programme',
    description:
      'Restart the Cuban Family Reunification Parole programme: processing from summer 2022, interviews in Cuba by early fall.',
  },
  {
    id: 'lad-2022-ES-01',
    country: 'ES',
    announcedOn: '2022-06-10',
    announcedAt: 'Ninth Summit of the Americas, Los Angeles',
    pillar: 'II',
    sources: ['S1', 'S24'],
    title: 'Double labor pathways for Hondurans in Spain’s circular migration programmes',
    description:
      'Spain, an observer state, pledged to double the number of labor pathways for Hondurans in its circular migration programmes.',
  },
  {
    id: 'lad-2022-US-10',
    country: 'US',
    announcedOn: '2022-06-10',
    announcedAt: 'Ninth Summit of the Americas, Los Angeles',
    pillar: 'III',
    sources: ['S1'],
    title: 'Hemisphere-wide campaign against migrant smuggling',
    description:
      'Hemisphere-wide anti-smuggling campaign. DHS had surged over 1,300 personnel and invested over $50 million. Through end-May 2022 about 20,000 disruption actions were recorded, and DHS estimates 900 fewer arrivals a day at the Southwest border.',
  },
  {
    id: 'lad-2022-US-11',
    country: 'US',
    announcedOn: '2022-06-10',
    announcedAt: 'Ninth Summit of the Americas, Los Angeles',
    pillar: 'III',
    sources: ['S1'],
    title: 'Faster asylum process for people in expedited removal',
    description:
      'New DHS/DOJ asylum process for people in expedited removal (begun late May 2022), meant to cut case time from years to months.',
  },
  {
    id: 'lad-2022-US-12',
    country: 'US',
    announcedOn: '2022-10-06',
    announcedAt: 'Lima Ministerial Meeting',
    pillar: null,
    sources: ['S3', 'S13'],
    title: 'Over $240 million in new humanitarian and security aid announced at Lima',
    description:
      'At Lima: over $240 million in new State Department humanitarian and security aid (nearly $82M humanitarian, over $160M bilateral/regional). With nearly $575 million announced since 21 Sep 2022, State and USAID total nearly $817 million for the month.',
  },
  {
    id: 'lad-2022-PY-01',
    country: 'PY',
    announcedOn: '2022-10-06',
    announcedAt: 'Lima Ministerial Meeting',
    pillar: null,
    sources: ['S16'],
    title: 'Share good practices and draw up a roadmap on trafficking and visa alignment',
    description:
      "At Lima, Paraguay's migration director pledged to share good practices and draw up a roadmap on trafficking in persons and on aligning visa policies and travel documents.",
  },
  {
    id: 'lad-2023-CA-01',
    country: 'CA',
    announcedOn: '2023-03-24',
    announcedAt: 'Announced with the expanded U.S.–Canada Safe Third Country Agreement',
    pillar: 'II',
    sources: ['S19', 'S20', 'S4'],
    title: 'Welcome about 15,000 migrants from the Americas through legal pathways',
    description:
      'Canada pledged about 15,000 migrants from the Western Hemisphere through legal pathways, announced alongside the expanded U.S.–Canada Safe Third Country Agreement. Later fact sheets of the Declaration call this Canada’s commitment to welcome 15,000 migrants from the Americas.',
  },
  {
    id: 'lad-2023-CA-02',
    country: 'CA',
    announcedOn: '2023-10-10',
    announcedAt: 'Statement by Canada’s Minister of Immigration',
    pillar: 'II',
    sources: ['S20'],
    title:
      'Humanitarian pathway to permanent residence for up to 11,000 Colombians, Haitians and Venezuelans',
    description:
      'As part of the 15,000: a new humanitarian permanent-residence pathway for up to 11,000 Colombians, Haitians and Venezuelans in Central/South America or the Caribbean who have extended family in Canada. Applications from fall 2023. Also 4,000 additional temporary foreign workers from the region in 2023 and use of the Economic Mobility Pathways Pilot.',
  },
  {
    id: 'lad-2024-US-01',
    country: 'US',
    announcedOn: '2024-05-07',
    announcedAt: 'Third Ministerial Meeting, Guatemala City',
    pillar: null,
    sources: ['S4'],
    title: '$578 million in humanitarian, development and economic assistance',
    description:
      '$578 million in humanitarian, development and economic assistance, for urgent needs, lawful pathways, and regularization and integration of migrants.',
  },
  {
    id: 'lad-2024-US-02',
    country: 'US',
    announcedOn: '2024-05-07',
    announcedAt: 'Third Ministerial Meeting, Guatemala City',
    pillar: 'III',
    sources: ['S4', 'S10'],
    title: 'Visa restrictions on executives of maritime firms that facilitate irregular migration',
    description:
      'Visa restrictions (6 May 2024) on executives of several Colombian maritime transport firms that facilitate irregular migration. This extends earlier restrictions on the charter-air sector and on land, sea and air transport firms.',
  },
  {
    id: 'lad-2024-US-03',
    country: 'US',
    announcedOn: '2024-05-07',
    announcedAt: 'Third Ministerial Meeting, Guatemala City',
    pillar: 'III',
    sources: ['S4'],
    title: 'More resources for security, screening and vetting at Guatemala’s ports',
    description:
      'Send more resources to Guatemala to raise security, screening and vetting at land, air and sea ports.',
  },
  {
    id: 'lad-2024-US-04',
    country: 'US',
    announcedOn: '2024-05-07',
    announcedAt: 'Third Ministerial Meeting, Guatemala City',
    pillar: 'III',
    sources: ['S4'],
    title: 'Wider public awareness of the CBP One app',
    description:
      'Widen public awareness of the CBP One app. More than 547,000 people used it to present at ports of entry from Jan 2023 to end-Mar 2024.',
  },
  {
    id: 'lad-2024-US-05',
    country: 'US',
    announcedOn: '2024-05-07',
    announcedAt: 'Third Ministerial Meeting, Guatemala City',
    pillar: 'II',
    sources: ['S4'],
    title: 'Launch the “Labor Neighbors” labor mobility alliance for the Americas',
    description:
      'USAID to launch "Alianza de Movilidad Laboral para las Américas" ("Labor Neighbors"), giving technical help so that new origin and destination countries can use temporary labor pathways.',
  },
  {
    id: 'lad-2024-US-06',
    country: 'US',
    announcedOn: '2024-05-07',
    announcedAt: 'Third Ministerial Meeting, Guatemala City',
    pillar: 'II',
    sources: ['S4'],
    title: '$3 million to protect workers in U.S. temporary foreign-worker programmes',
    description:
      'DOL $3 million project to protect workers in U.S. temporary foreign-worker programmes. The U.S. joins the ILO Fair Recruitment Initiative and its Advisory Committee.',
  },
  {
    id: 'lad-2024-US-07',
    country: 'US',
    announcedOn: '2024-05-07',
    announcedAt: 'Third Ministerial Meeting, Guatemala City',
    pillar: 'I',
    sources: ['S4'],
    title: '$20 million DFC loan for low-income mortgages in rural Guatemala',
    description:
      'DFC approval of a $20 million direct loan to the savings cooperative Cosami for low-income mortgages in rural Guatemala.',
  },
  {
    id: 'lad-2024-US-08',
    country: 'US',
    announcedOn: '2024-05-07',
    announcedAt: 'Third Ministerial Meeting, Guatemala City',
    pillar: 'I',
    sources: ['S4'],
    title: 'IOM online platform and data portal for the Declaration',
    description:
      'The United States funded the start-up of the IOM online platform and data portal for the Declaration, for sharing good practices and data. The source reports this as already done.',
  },
  {
    id: 'lad-2024-US-09',
    country: 'US',
    announcedOn: '2024-05-07',
    announcedAt: 'Third Ministerial Meeting, Guatemala City',
    pillar: null,
    sources: ['S4', 'S21'],
    title: 'Work toward a permanent, regionally driven secretariat for the Declaration',
    description:
      'Work with partners toward a permanent, regionally driven secretariat for the Declaration. The Associated Press (7 May 2024) adds that endorsers said they would create a coordinating body to assess each country’s progress.',
  },
  {
    id: 'lad-2024-CR-01',
    country: 'CR',
    announcedOn: '2024-05-07',
    announcedAt: 'Third Ministerial Meeting, Guatemala City',
    pillar: 'III',
    sources: ['S4'],
    title: 'Biometric data sharing partnership and a memorandum against trafficking in persons',
    description:
      'New Biometric Data Sharing Partnership with the U.S. (DHS) to improve biometric collection, matching and border management, plus a U.S.–Costa Rica MOU on countering trafficking in persons.',
  },
  {
    id: 'lad-2024-CR-02',
    country: 'CR',
    announcedOn: '2024-05-07',
    announcedAt: 'Third Ministerial Meeting, Guatemala City',
    pillar: 'II',
    sources: ['S4'],
    title: 'Safe Mobility Offices in Costa Rica open to Ecuadorians',
    description: 'With the U.S.: Safe Mobility Offices in Costa Rica to accept Ecuadorians as well.',
  },
  {
    id: 'lad-2024-CR-03',
    country: 'CR',
    announcedOn: '2024-05-07',
    announcedAt: 'Third Ministerial Meeting, Guatemala City',
    pillar: 'II',
    sources: ['S4'],
    title: 'Keep modernizing the asylum system',
    description:
      'Keep modernizing its asylum system (digitalization, data-driven tools, faster refugee status determination) with support from UNHCR and donors.',
  },
  {
    id: 'lad-2024-CR-04',
    country: 'CR',
    announcedOn: '2024-05-07',
    announcedAt: 'Third Ministerial Meeting, Guatemala City',
    pillar: 'I',
    sources: ['S4'],
    title: 'Widen the Special Temporary Category regularization route',
    description:
      'Widen the Special Temporary Category regularization route and lower barriers to access, with continued international help.',
  },
  {
    id: 'lad-2024-GT-01',
    country: 'GT',
    announcedOn: '2024-05-07',
    announcedAt: 'Third Ministerial Meeting, Guatemala City',
    pillar: 'II',
    sources: ['S4', 'S21'],
    title: 'Safe Mobility Offices in Guatemala open to Hondurans, Salvadorans and Nicaraguans',
    description:
      'With the United States, open the Safe Mobility Offices in Guatemala to Hondurans, Salvadorans and Nicaraguans present in Guatemala. The Associated Press (7 May 2024) notes they had served only Guatemalans.',
  },
  {
    id: 'lad-2024-MX-01',
    country: 'MX',
    announcedOn: '2024-05-07',
    announcedAt: 'Third Ministerial Meeting, Guatemala City',
    pillar: 'II',
    sources: ['S4'],
    title: 'Jobs and work permits for Haitian migrants: a pilot',
    description:
      'Pilot with the Haitian Embassy, IOM and the Tent Partnership offering jobs and work permits to Haitian migrants. The same source reports more than 17,500 temporary visas issued since 2022 to people seeking international protection, to fill labor gaps.',
  },
  {
    id: 'lad-2024-CA-01',
    country: 'CA',
    announcedOn: '2024-05-07',
    announcedAt: 'Third Ministerial Meeting, Guatemala City',
    pillar: 'II',
    sources: ['S4'],
    title: 'Take Safe Mobility Office referrals and invest CAD 75 million in regional protection systems',
    description:
      'Take UNHCR referrals from the Safe Mobility Offices. Invest CAD 75 million over six years in projects that strengthen migration and protection systems in the region.',
  },
  {
    id: 'lad-2024-EC-01',
    country: 'EC',
    announcedOn: '2024-05-07',
    announcedAt: 'Third Ministerial Meeting, Guatemala City',
    pillar: 'I',
    sources: ['S4'],
    title: 'New regularization programme leading to temporary resident visas',
    description:
      'New regularization programme: people already registered can finish getting a temporary resident visa, and more migrants can apply.',
  },
  {
    id: 'lad-2024-CO-01',
    country: 'CO',
    announcedOn: '2024-05-07',
    announcedAt: 'Third Ministerial Meeting, Guatemala City',
    pillar: 'I',
    sources: ['S4', 'S5', 'S31'],
    title:
      'Special permits for parents and guardians of children with temporary protection, and a special permanent visa',
    description:
      'Special permits for parents and legal guardians of children holding valid Temporary Protective Status, plus a new special permanent visa for Latin American and Caribbean migrants without status. The government estimates up to 600,000 beneficiaries. Sources differ on the size: the White House fact sheet of 7 May 2024 gives up to 600,000 for the permits and the visa together; the fact sheet of 26 Sep 2024 gives about 600,000 parents and guardians alone; a report of 18 Jun 2024 says the PEP Tutor concerns the guardians of more than 270,000 children.',
  },
  {
    id: 'lad-2024-MX-02',
    country: 'MX',
    announcedOn: '2024-05-07',
    announcedAt: 'Third Ministerial Meeting, Guatemala City',
    pillar: null,
    sources: ['S22'],
    title: 'Consular cooperation memorandum with Guatemala and Honduras',
    description:
      'MOU with Guatemala and Honduras on consular cooperation, protection and assistance for migrant communities, signed on the margins of the Guatemala ministerial.',
  },
  {
    id: 'lad-2024-GT-02',
    country: 'GT',
    announcedOn: '2024-05-07',
    announcedAt: 'Third Ministerial Meeting, Guatemala City',
    pillar: null,
    sources: ['S22'],
    title: 'Consular cooperation memorandum with Mexico and Honduras',
    description: 'Same trilateral consular MOU (Mexico, Guatemala, Honduras).',
  },
  {
    id: 'lad-2024-HN-01',
    country: 'HN',
    announcedOn: '2024-05-07',
    announcedAt: 'Third Ministerial Meeting, Guatemala City',
    pillar: null,
    sources: ['S22'],
    title: 'Consular cooperation memorandum with Mexico and Guatemala',
    description: 'Same trilateral consular MOU (Mexico, Guatemala, Honduras).',
  },
  {
    id: 'lad-2024-US-10',
    country: 'US',
    announcedOn: '2024-09-26',
    announcedAt: 'Fourth Ministerial Meeting, New York',
    pillar: null,
    sources: ['S5', 'S6'],
    title: 'More than $686 million in new aid, including $83 million for resettlement and other pathways',
    description:
      'More than $686 million in new humanitarian, development, economic and security aid, bringing U.S. LAD commitments in 2024 to over $1.2 billion. Of this, $83 million goes to resettling more refugees and referring migrants to other pathways, including temporary work.',
  },
  {
    id: 'lad-2024-US-11',
    country: 'US',
    announcedOn: '2024-09-26',
    announcedAt: 'Fourth Ministerial Meeting, New York',
    pillar: 'III',
    sources: ['S5'],
    title: 'Visa restrictions on travel-agency executives who facilitate illegal migration',
    description:
      'Further visa restrictions (24 Sep 2024) on executives of travel agencies in Europe, Africa and the Middle East that knowingly facilitate illegal migration.',
  },
  {
    id: 'lad-2024-US-12',
    country: 'US',
    announcedOn: '2024-09-26',
    announcedAt: 'Fourth Ministerial Meeting, New York',
    pillar: 'III',
    sources: ['S5'],
    title: 'Sanctions on human-smuggling networks',
    description:
      'Sanctions on eight human-smuggling networks (over 30 individuals and entities) so far. On 24 Sep 2024 OFAC designated Clan del Golfo affiliates who control flows through the Darién, and Colombia offers a 50 million peso reward for the two wanted. The source reports this as already done.',
  },
  {
    id: 'lad-2024-PA-01',
    country: 'PA',
    announcedOn: '2024-09-26',
    announcedAt: 'Fourth Ministerial Meeting, New York',
    pillar: 'III',
    sources: ['S5'],
    title: 'Removal pilot, after protection screening, for foreigners with no legal basis to stay',
    description:
      'With U.S. funding, carry out a removal pilot for foreigners with no legal basis to stay, after protection screening. The fact sheet of the fourth ministerial reports hundreds already removed.',
  },
  {
    id: 'lad-2024-GT-03',
    country: 'GT',
    announcedOn: '2024-09-26',
    announcedAt: 'Fourth Ministerial Meeting, New York',
    pillar: 'III',
    sources: ['S5'],
    title: 'Biometric checks of arriving travellers at La Aurora International Airport',
    description:
      'With U.S. support, new biometric programme at La Aurora International Airport that checks arriving travellers against U.S. security databases in near real time.',
  },
  {
    id: 'lad-2024-GT-04',
    country: 'GT',
    announcedOn: '2024-09-26',
    announcedAt: 'Fourth Ministerial Meeting, New York',
    pillar: 'III',
    sources: ['S5'],
    title: 'Smuggling network linked to the San Antonio tragedy dismantled',
    description:
      'In August 2024, with support from the U.S. Department of Justice and Department of Homeland Security, Guatemalan police dismantled a Guatemala-based smuggling network linked to the deaths of 53 migrants in a tractor-trailer in San Antonio, Texas (June 2022). The source reports this as already done.',
  },
  {
    id: 'lad-2024-BZ-01',
    country: 'BZ',
    announcedOn: '2024-09-26',
    announcedAt: 'Fourth Ministerial Meeting, New York',
    pillar: 'II',
    sources: ['S5'],
    title: 'Seasonal migrant worker programme for agriculture and construction',
    description: 'Set up a seasonal migrant worker programme for agriculture and construction.',
  },
  {
    id: 'lad-2024-CA-02',
    country: 'CA',
    announcedOn: '2024-09-26',
    announcedAt: 'Fourth Ministerial Meeting, New York',
    pillar: 'II',
    sources: ['S5'],
    title: 'Labor mobility through the Economic Mobility Pathways Pilot',
    description: 'Support labor mobility through the Economic Mobility Pathways Pilot.',
  },
  {
    id: 'lad-2024-EC-02',
    country: 'EC',
    announcedOn: '2024-09-26',
    announcedAt: 'Fourth Ministerial Meeting, New York',
    pillar: 'II',
    sources: ['S5'],
    title: 'A labor mobility unit',
    description: 'Create a labor mobility unit with U.S. support.',
  },
  {
    id: 'lad-2024-CR-05',
    country: 'CR',
    announcedOn: '2024-09-26',
    announcedAt: 'Fourth Ministerial Meeting, New York',
    pillar: 'II',
    sources: ['S5'],
    title: 'Keep the Safe Mobility Offices in Costa Rica open until December 2025',
    description:
      'With the U.S.: keep the Safe Mobility Offices in Costa Rica open until December 2025, and open eligibility to nationals of eligible countries present in Costa Rica on or before 15 Sep 2024.',
  },
  {
    id: 'lad-2024-AR-01',
    country: 'AR',
    announcedOn: '2024-09-26',
    announcedAt: 'Fourth Ministerial Meeting, New York',
    pillar: 'I',
    sources: ['S5'],
    title: 'Special admission and regularization scheme for Venezuelans',
    description:
      'Special admission and regularization scheme for Venezuelans: identity documents expired within the last 10 years are accepted, and sworn statements may stand in for missing identity or criminal-record papers.',
  },
  {
    id: 'lad-2024-CA-03',
    country: 'CA',
    announcedOn: '2024-09-26',
    announcedAt: 'Fourth Ministerial Meeting, New York',
    pillar: 'I',
    sources: ['S5'],
    title: 'Francophone minority community student programme with settlement services',
    description:
      'New Francophone minority community student programme that gives participants settlement services while they study.',
  },
  {
    id: 'lad-2024-EC-03',
    country: 'EC',
    announcedOn: '2024-09-26',
    announcedAt: 'Fourth Ministerial Meeting, New York',
    pillar: 'I',
    sources: ['S5', 'S7'],
    title: 'Extend regularization to April 2025 and renew two-year visas',
    description:
      'Extend regularization to April 2025 (about 100,000 Venezuelans) and renew nearly 95,000 two-year visas already issued. The United States helps unlock extra World Bank lending for Ecuador’s Social Safety Net project, which supports the 450,000 Venezuelans in the country. Sources differ: the fact sheet of the fourth ministerial (26 Sep 2024) gives about 100,000 Venezuelans until April 2025; White House remarks of 17 Sep 2024 say Ecuador extended regularization in August 2024 to 200,000 additional migrants.',
  },
  {
    id: 'lad-2024-MX-03',
    country: 'MX',
    announcedOn: '2024-09-26',
    announcedAt: 'Fourth Ministerial Meeting, New York',
    pillar: 'I',
    sources: ['S5'],
    title: 'Multi-Purpose Processing Center in Chiapas',
    description:
      'Open a Multi-Purpose Processing Center in Chiapas to speed the processing of people seeking refuge and give them access to financial, health and education services.',
  },
  {
    id: 'lad-2024-PA-02',
    country: 'PA',
    announcedOn: '2024-09-26',
    announcedAt: 'Fourth Ministerial Meeting, New York',
    pillar: 'I',
    sources: ['S5'],
    title: 'Legal status and work authorization for migrants living irregularly in Panama',
    description:
      'Intends to start a process for migrants living irregularly in Panama to apply for legal status and work authorization.',
  },
  {
    id: 'lad-2024-PE-01',
    country: 'PE',
    announcedOn: '2024-09-26',
    announcedAt: 'Fourth Ministerial Meeting, New York',
    pillar: 'I',
    sources: ['S5'],
    title: 'Document migrant children and adolescents in public schools',
    description:
      'With UN agencies, prioritise documenting migrant children and adolescents in public schools, extending protection and basic services to them and their families.',
  },
  {
    id: 'lad-2024-UY-01',
    country: 'UY',
    announcedOn: '2024-09-26',
    announcedAt: 'Fourth Ministerial Meeting, New York',
    pillar: 'I',
    sources: ['S5', 'S34'],
    title: 'Legal status for non-citizens with pending asylum claims',
    description:
      'Two decrees giving legal status to about 25,500 non-citizens whose asylum claims are pending and would likely fail. Sources differ: the fact sheet of the fourth ministerial (26 Sep 2024) speaks of two decrees and about 25,500 people; Telenoche (16 May 2024) reports one decree creating “residencia por arraigo” for about 20,000 people, mostly Cubans.',
  },
  {
    id: 'lad-2024-CO-02',
    country: 'CO',
    announcedOn: '2024-09-26',
    announcedAt: 'Fourth Ministerial Meeting, New York',
    pillar: null,
    sources: ['S5', 'S6', 'S39'],
    title: 'Chair the Declaration for a year and host the fifth ministerial',
    description:
      'Take on the Declaration’s rotating Country Chair for the following year and host the fifth ministerial in 2025. The secretariat itself is to be run by PADF and the OAS. Sources differ on Colombia’s role: the White House fact sheet and remarks of 25–26 Sep 2024 speak of a rotating Country Chair, with a secretariat run by PADF and the OAS; Colombia’s embassy in the U.S. calls Colombia the “inaugural chair and first secretariat”.',
  },
  {
    id: 'lad-2024-EC-04',
    country: 'EC',
    announcedOn: '2024-09-17',
    announcedAt: 'White House remarks at the Carnegie Endowment for International Peace',
    pillar: 'III',
    sources: ['S7'],
    title: 'Visa requirement for Chinese nationals',
    description:
      'A visa requirement for Chinese nationals, announced in July 2024. The White House credits it with cutting arrivals of these nationals in, and transit through, Panama by 95%. The source reports this as already done.',
  },
  {
    id: 'lad-2024-BR-01',
    country: 'BR',
    announcedOn: '2024-09-17',
    announcedAt: 'White House remarks at the Carnegie Endowment for International Peace',
    pillar: 'III',
    sources: ['S7'],
    title: 'Entry restrictions on Indian nationals and other nationalities',
    description:
      'Restrictions imposed in August 2024 on the entry of Indian nationals and other nationalities. The source reports this as already done.',
  },
];

export const RECORD_PROGRESS: readonly RecordProgress[] = [
  {
    id: 'lad-2022-BZ-01-p1',
    commitmentId: 'lad-2022-BZ-01',
    date: '2022-09-27',
    status: 'limited',
    summary:
      'Belize had launched its regularization programme for Central American and Caribbean migrants and refugees without status.',
    sources: ['S8'],
  },
  {
    id: 'lad-2022-BZ-01-p2',
    commitmentId: 'lad-2022-BZ-01',
    date: '2022-10-06',
    status: 'limited',
    summary:
      'At the Lima ministerial, Belize reported an amnesty programme registering asylum seekers, refugees and vulnerable migrants. The rest of this item is missing from the copies of the fact sheet that could be read.',
    sources: ['S3'],
  },
  {
    id: 'lad-2022-BZ-01-p3',
    commitmentId: 'lad-2022-BZ-01',
    date: '2023-11-09',
    status: 'limited',
    summary:
      'The Amnesty Program (opened in August 2022, extended to February 2023) closed with 12,765 applications from 32 nationalities, against a target of about 60,000. Vetting was expected to finish by 31 Mar 2024; the government says it spent about $3 million.',
    sources: ['S23'],
  },
  {
    id: 'lad-2022-CO-01-p1',
    commitmentId: 'lad-2022-CO-01',
    date: '2023-03-18',
    status: 'substantial',
    summary:
      'Colombia’s foreign minister cited 1,748,945 beneficiaries of the Temporary Protection Statute and 2,508,242 Venezuelans in the country (reported by a secondary source).',
    sources: ['S30'],
  },
  {
    id: 'lad-2022-CO-01-p2',
    commitmentId: 'lad-2022-CO-01',
    date: '2024-05-06',
    status: 'substantial',
    summary:
      'Colombia has given 10-year legal status to over 2 million migrants, and in April 2024 extended eligibility to migrants whose children are enrolled in school.',
    sources: ['S10'],
  },
  {
    id: 'lad-2022-CR-01-p1',
    commitmentId: 'lad-2022-CR-01',
    date: '2023-01-05',
    status: 'limited',
    summary:
      'Costa Rica is listed among the countries applying new regularization or temporary-protection policies.',
    sources: ['S9'],
  },
  {
    id: 'lad-2022-CR-01-p2',
    commitmentId: 'lad-2022-CR-01',
    date: '2023-02-28',
    status: 'substantial',
    summary:
      'The Special Temporary Category opened on 1 Mar 2023 for Nicaraguans, Venezuelans and Cubans whose asylum claims, filed between 1 Jan 2010 and 30 Sep 2022, are pending or were denied. Appointments from 15 April.',
    sources: ['S26'],
  },
  {
    id: 'lad-2022-CR-01-p3',
    commitmentId: 'lad-2022-CR-01',
    date: '2024-02-28',
    status: 'substantial',
    summary:
      '8,427 foreigners applied between 17 Apr 2023 and 24 Jan 2024, and 4,014 Nicaraguan applications were approved. The filing deadline was 29 Feb 2024 (Executive Decree 43809).',
    sources: ['S27'],
  },
  {
    id: 'lad-2022-EC-01-p1',
    commitmentId: 'lad-2022-EC-01',
    date: '2022-09-27',
    status: 'limited',
    summary:
      'Ecuador had launched the Venezuelan regularization programme, described as an opportunity for more than 500,000 displaced Venezuelans.',
    sources: ['S8'],
  },
  {
    id: 'lad-2022-EC-01-p2',
    commitmentId: 'lad-2022-EC-01',
    date: '2022-11-16',
    status: 'limited',
    summary:
      'Under Decree 436, 17,160 people had received the VIRTE visa out of 31,000 applicants. The goal is at least 350,000 regularized in the first phase, running to August 2023.',
    sources: ['S28'],
  },
  {
    id: 'lad-2022-EC-01-p3',
    commitmentId: 'lad-2022-EC-01',
    date: '2023-03-25',
    status: 'limited',
    summary:
      'Decree 698 (signed 22 Mar 2023) extends the VIRTE visa and an amnesty, for 8 months, to other nationals who entered regularly by 16 Sep 2022 and registered under Decree 436 (of 1 Jun 2022).',
    sources: ['S29'],
  },
  {
    id: 'lad-2022-EC-01-p4',
    commitmentId: 'lad-2022-EC-01',
    date: '2024-05-06',
    status: 'limited',
    summary: 'White House officials said the Ecuadorian process has given legal status to 100,000 migrants.',
    sources: ['S10'],
  },
  {
    id: 'lad-2022-US-01-p1',
    commitmentId: 'lad-2022-US-01',
    date: null,
    status: 'substantial',
    summary:
      'The LAD website’s page on the United States (undated) says the U.S. identified $25 million for the Global Concessional Financing Facility as part of its efforts under the Declaration.',
    sources: ['S13'],
  },
  {
    id: 'lad-2022-US-02-p1',
    commitmentId: 'lad-2022-US-02',
    date: null,
    status: 'complete',
    summary:
      'The LAD website’s page on the United States (undated) says the U.S. obligated over $314 million: nearly $103 million from PRM for Venezuelans; $171 million from USAID/BHA for Venezuelans in Brazil, Colombia, Ecuador, Peru and inside Venezuela; $40 million from USAID/LAC for integration in Colombia, Ecuador, Brazil, Costa Rica, Panama and Belize.',
    sources: ['S13'],
  },
  {
    id: 'lad-2022-US-04-p1',
    commitmentId: 'lad-2022-US-04',
    date: '2022-09-27',
    status: 'substantial',
    summary:
      'The U.S. roughly doubled seasonal labor visas for Northern Central America that year and significantly expanded the programme for Mexicans.',
    sources: ['S8'],
  },
  {
    id: 'lad-2022-US-06-p1',
    commitmentId: 'lad-2022-US-06',
    date: '2023-01-05',
    status: 'limited',
    summary:
      'The U.S. reaffirmed up to 20,000 refugees from Latin America and the Caribbean in FY2023–2024, putting it on pace to more than triple Western Hemisphere admissions in FY2023.',
    sources: ['S9'],
  },
  {
    id: 'lad-2022-US-06-p2',
    commitmentId: 'lad-2022-US-06',
    date: '2023-09-29',
    status: 'limited',
    summary:
      'The FY2024 refugee ceiling of 125,000 allocates 35,000–50,000 places to Latin America and the Caribbean.',
    sources: ['S11'],
  },
  {
    id: 'lad-2022-US-06-p3',
    commitmentId: 'lad-2022-US-06',
    date: '2024-05-07',
    status: 'substantial',
    summary:
      'Over 21,000 people had been approved for U.S. resettlement through the Safe Mobility Offices in Guatemala, Costa Rica, Colombia and Ecuador, on track for a six-fold rise in approved refugees from the region.',
    sources: ['S4'],
  },
  {
    id: 'lad-2022-US-06-p4',
    commitmentId: 'lad-2022-US-06',
    date: '2024-09-17',
    status: 'substantial',
    summary:
      'Refugees resettled from the region rose from about 4,000 in 2022 to over 30,000 “this year”. Sources differ: the fact sheet of 26 Sep 2024 gives over 23,000 in FY2024.',
    sources: ['S7', 'S5'],
  },
  {
    id: 'lad-2022-US-06-p5',
    commitmentId: 'lad-2022-US-06',
    date: '2024-09-26',
    status: 'substantial',
    summary:
      'Over 23,000 Western Hemisphere refugees were resettled in FY2024 through the Safe Mobility Initiative, four times FY2023. The figures reported exceed the pledge; the source does not say the commitment is fulfilled. Sources differ: White House remarks of 17 Sep 2024 speak of over 30,000 “this year”.',
    sources: ['S5', 'S7'],
  },
  {
    id: 'lad-2022-US-07-p1',
    commitmentId: 'lad-2022-US-07',
    date: '2022-09-27',
    status: 'substantial',
    summary:
      'Refugee resettlement from the region was significantly expanded, including for Haitians, Venezuelans and Nicaraguans.',
    sources: ['S8'],
  },
  {
    id: 'lad-2022-US-09-p1',
    commitmentId: 'lad-2022-US-09',
    date: '2022-09-27',
    status: 'complete',
    summary:
      'The Cuban Family Reunification Parole programme was relaunched, with staff surged. The Embassy in Havana was to resume full immigrant-visa processing from early 2023, for the first time since 2017.',
    sources: ['S8'],
  },
  {
    id: 'lad-2022-US-10-p1',
    commitmentId: 'lad-2022-US-10',
    date: '2022-09-27',
    status: 'substantial',
    summary: 'Over 5,000 arrests in five months of the anti-smuggling campaign.',
    sources: ['S8'],
  },
  {
    id: 'lad-2022-US-10-p2',
    commitmentId: 'lad-2022-US-10',
    date: '2023-01-05',
    status: 'substantial',
    summary: 'Over 7,300 arrests since April 2022 under the operation.',
    sources: ['S9'],
  },
  {
    id: 'lad-2022-ES-01-p1',
    commitmentId: 'lad-2022-ES-01',
    date: '2023-02-22',
    status: 'limited',
    summary:
      '250 Hondurans worked in Spanish harvests under the agreement in 2022, and 569 were expected in 2023.',
    sources: ['S25'],
  },
  {
    id: 'lad-2022-MX-01-p1',
    commitmentId: 'lad-2022-MX-01',
    date: '2023-05-29',
    status: 'limited',
    summary:
      'Border worker cards issued in the first quarter of 2023: 1,747, against 730 in the first quarter of 2022 (+139%); 1,529 for Chiapas and 218 for Tabasco.',
    sources: ['S36'],
  },
  {
    id: 'lad-2022-MX-02-p1',
    commitmentId: 'lad-2022-MX-02',
    date: '2025-09-06',
    status: 'limited',
    summary:
      'Guatemala’s migration institute says Guatemala and Mexico are drafting a protocol, requested by employers, for a temporary work-visa programme covering all of Mexico, with a proposal expected by the end of 2025; the existing border card covers only southern states. The source does not say whether the 2022 programme for 15,000–20,000 Guatemalans started.',
    sources: ['S37'],
  },
  {
    id: 'lad-2022-MX-03-p1',
    commitmentId: 'lad-2022-MX-03',
    date: '2024-05-07',
    status: 'limited',
    summary:
      'Mexico reports more than 17,500 temporary visas since 2022 for people seeking international protection, to address labor shortages. Linking this figure to this commitment is our reading; the source does not link them.',
    sources: ['S4'],
  },
  {
    id: 'lad-2023-CA-01-p1',
    commitmentId: 'lad-2023-CA-01',
    date: '2023-10-10',
    status: 'limited',
    summary:
      'Canada says it is on track to meet its target of 4,000 temporary foreign workers for 2023, and announced a humanitarian pathway of up to 11,000 places.',
    sources: ['S20'],
  },
  {
    id: 'lad-2023-CA-01-p2',
    commitmentId: 'lad-2023-CA-01',
    date: '2024-05-07',
    status: 'substantial',
    summary:
      '“Significant progress” reported on the commitment to welcome 15,000 migrants (no figure given).',
    sources: ['S4'],
  },
  {
    id: 'lad-2024-CA-01-p1',
    commitmentId: 'lad-2024-CA-01',
    date: '2024-09-26',
    status: 'limited',
    summary:
      'Canada has begun receiving referrals from the Safe Mobility Offices; the first arrivals are expected in 2025.',
    sources: ['S5'],
  },
  {
    id: 'lad-2024-US-05-p1',
    commitmentId: 'lad-2024-US-05',
    date: '2024-09-17',
    status: 'complete',
    summary: 'Labor Neighbors was launched in May 2024 within the Safe Mobility Initiative.',
    sources: ['S7'],
  },
  {
    id: 'lad-2024-US-05-p2',
    commitmentId: 'lad-2024-US-05',
    date: '2024-09-26',
    status: 'complete',
    summary:
      'Labor Neighbors is being folded into the Safe Mobility Initiative, to refer migrants to more pathways and match labor demand and supply.',
    sources: ['S5'],
  },
  {
    id: 'lad-2024-CO-01-p1',
    commitmentId: 'lad-2024-CO-01',
    date: '2024-06-18',
    status: 'limited',
    summary:
      'Decree 1209 of 2024 creates the PEP Tutor for legal representatives or custodians of Venezuelan children with a PPT; more than 270,000 children are concerned.',
    sources: ['S31'],
  },
  {
    id: 'lad-2024-CO-01-p2',
    commitmentId: 'lad-2024-CO-01',
    date: '2024-09-26',
    status: 'limited',
    summary:
      'Colombia announced the signing of a regularization plan that could cover about 600,000 undocumented parents and guardians of children with valid temporary protection.',
    sources: ['S5'],
  },
  {
    id: 'lad-2024-CO-01-p3',
    commitmentId: 'lad-2024-CO-01',
    date: '2025-09-01',
    status: 'limited',
    summary:
      'PEP Tutor applications are open from 1 Sep 2025 to 30 Apr 2026, for children with a valid PPT on 31 Dec 2023. The permit is valid until 30 May 2031 and cannot be extended. No source reports on the special permanent visa.',
    sources: ['S32'],
  },
  {
    id: 'lad-2024-EC-03-p1',
    commitmentId: 'lad-2024-EC-03',
    date: '2024-09-17',
    status: 'substantial',
    summary:
      'Ecuador extended regularization in August 2024 to 200,000 additional migrants. Sources differ: the fact sheet of 26 Sep 2024 gives about 100,000 Venezuelans, until April 2025.',
    sources: ['S7', 'S5'],
  },
  {
    id: 'lad-2024-AR-01-p1',
    commitmentId: 'lad-2024-AR-01',
    date: '2024-09-21',
    status: 'complete',
    summary:
      'The National Migration Directorate’s regime took effect on 20 Sep 2024 for 90 days, extendable. It accepts passports and identity cards expired up to 10 years, and birth certificates for children. About 20,000 Venezuelans in an irregular situation are expected to benefit.',
    sources: ['S33'],
  },
  {
    id: 'lad-2024-PA-02-p1',
    commitmentId: 'lad-2024-PA-02',
    date: '2025-03-16',
    status: 'complete',
    summary:
      'Executive Decree 6 of 11 Mar 2025 creates a “humanitarian security protection permit”: valid 2 years and extendable up to 6 more, it costs US$1,250, is open to foreigners irregular for at least a year and includes work authorization. In force on publication, 14 Mar 2025.',
    sources: ['S35'],
  },
  {
    id: 'lad-2024-US-10-p1',
    commitmentId: 'lad-2024-US-10',
    date: '2024-09-25',
    status: 'no_evidence',
    summary:
      '$83 million of the new package is for refugee resettlement and referrals to other pathways. This gives the package’s breakdown; it reports no spending yet.',
    sources: ['S6'],
  },
  {
    id: 'lad-2024-US-08-p1',
    commitmentId: 'lad-2024-US-08',
    date: '2024-05-07',
    status: 'complete',
    summary: 'The fact sheet of the Guatemala ministerial presents the platform’s start-up as already done.',
    sources: ['S4'],
    fromAnnouncement: true,
  },
  {
    id: 'lad-2024-US-12-p1',
    commitmentId: 'lad-2024-US-12',
    date: '2024-09-26',
    status: 'complete',
    summary: 'The fact sheet of the fourth ministerial presents these sanctions as already imposed.',
    sources: ['S5'],
    fromAnnouncement: true,
  },
  {
    id: 'lad-2024-GT-04-p1',
    commitmentId: 'lad-2024-GT-04',
    date: '2024-09-26',
    status: 'complete',
    summary:
      'The fact sheet of the fourth ministerial presents the network as already dismantled (August 2024).',
    sources: ['S5'],
    fromAnnouncement: true,
  },
  {
    id: 'lad-2024-EC-04-p1',
    commitmentId: 'lad-2024-EC-04',
    date: '2024-09-17',
    status: 'complete',
    summary: 'White House remarks of 17 Sep 2024 present the visa requirement as in force since July 2024.',
    sources: ['S7'],
    fromAnnouncement: true,
  },
  {
    id: 'lad-2024-BR-01-p1',
    commitmentId: 'lad-2024-BR-01',
    date: '2024-09-17',
    status: 'complete',
    summary: 'White House remarks of 17 Sep 2024 present the restrictions as in force since August 2024.',
    sources: ['S7'],
    fromAnnouncement: true,
  },
  {
    id: 'lad-2024-PA-01-p1',
    commitmentId: 'lad-2024-PA-01',
    date: '2024-09-26',
    status: 'limited',
    summary: 'The fact sheet of the fourth ministerial reports hundreds already removed under the pilot.',
    sources: ['S5'],
    fromAnnouncement: true,
  },
];
