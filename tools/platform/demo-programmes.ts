/**
 * The five demo programmes of DESIGN.md, with plausible members, goals and activities.
 * Organisations are named as `demo:<key>` (the demo users' organisations), `kommune:<code>`
 * (municipalities) or `extra:<key>` (DEMO_EXTRA_ORGANISATIONS below).
 */
import type { ActivityStatus, MembershipRole, OrganisationType, ProgrammeStatus } from '@samvirke/contracts';
import type { DEMO_USERS } from '@samvirke/testing';

export type OrganisationRef = `demo:${string}` | `kommune:${string}` | `extra:${string}`;

export interface DemoProgramme {
  readonly creator: keyof typeof DEMO_USERS;
  readonly slug: string;
  readonly name: string;
  readonly problemStatement: string;
  readonly vision: string;
  readonly themes: string[];
  readonly startDate: string;
  readonly endDate: string;
  readonly status: ProgrammeStatus;
  readonly backbone: OrganisationRef;
  readonly goals: string[];
  readonly members: { organisation: OrganisationRef; roles: MembershipRole[] }[];
  readonly activities: {
    organisation: OrganisationRef;
    title: string;
    goals: number[];
    status: ActivityStatus;
  }[];
}

export const DEMO_EXTRA_ORGANISATIONS: Record<string, { name: string; type: OrganisationType }> = {
  vive: {
    name: 'VIVE – Det Nationale Forsknings- og Analysecenter for Velfærd',
    type: 'knowledge-institution',
  },
  aau: { name: 'Aalborg Universitet', type: 'knowledge-institution' },
  hjemTilAlle: { name: 'Hjem til Alle Sekretariatet', type: 'ngo' },
  landdistrikter: { name: 'Landdistrikternes Fællesråd', type: 'ngo' },
  bygningskultur: { name: 'Bygningskultur Danmark', type: 'ngo' },
};

export const DEMO_PROGRAMMES: DemoProgramme[] = [
  {
    creator: 'helsefonden',
    slug: 'bryd-den-negative-sociale-arv',
    name: 'Bryd den negative sociale arv',
    problemStatement:
      'Børn, der vokser op i familier med få ressourcer, får sjældnere en uddannelse og et job end deres jævnaldrende.',
    vision: 'Alle børn får lige muligheder for et godt liv, uanset hvilken familie de er født ind i.',
    themes: ['social arv', 'børn og unge', 'uddannelse'],
    startDate: '2025-01-01',
    endDate: '2030-12-31',
    status: 'active',
    backbone: 'demo:backbone',
    goals: [
      'Flere unge fra udsatte familier gennemfører en ungdomsuddannelse',
      'Tidlig og sammenhængende indsats i dagtilbud og skole',
      'Færre børn anbringes uden for hjemmet',
      'Stærkere samarbejde mellem kommune, civilsamfund og forskning',
    ],
    members: [
      { organisation: 'demo:bikubenfonden', roles: ['funder'] },
      { organisation: 'demo:kobenhavn', roles: ['data-provider', 'implementing-partner'] },
      { organisation: 'demo:aarhus', roles: ['data-provider', 'implementing-partner'] },
      { organisation: 'kommune:461', roles: ['data-provider'] },
      { organisation: 'extra:vive', roles: ['knowledge-partner'] },
    ],
    activities: [
      {
        organisation: 'demo:kobenhavn',
        title: 'Lektiecaféer i udsatte boligområder',
        goals: [0],
        status: 'ongoing',
      },
      {
        organisation: 'demo:aarhus',
        title: 'Familieiværksættere i sundhedsplejen',
        goals: [1, 2],
        status: 'ongoing',
      },
      {
        organisation: 'kommune:461',
        title: 'Brobygning fra 9. klasse til erhvervsuddannelse',
        goals: [0],
        status: 'planned',
      },
      {
        organisation: 'extra:vive',
        title: 'Fælles måling af trivsel og fravær',
        goals: [3],
        status: 'ongoing',
      },
    ],
  },
  {
    creator: 'bikubenfonden',
    slug: 'hjem-til-alle',
    name: 'Hjem til Alle Alliancen',
    problemStatement: 'Tusindvis af unge mellem 18 og 24 år er hjemløse, og tallet er steget gennem et årti.',
    vision: 'Ingen unge i Danmark skal være hjemløse.',
    themes: ['hjemløshed', 'unge', 'bolig'],
    startDate: '2024-06-01',
    endDate: '2030-12-31',
    status: 'active',
    backbone: 'extra:hjemTilAlle',
    goals: [
      'Halvere antallet af hjemløse unge',
      'Housing First som standardtilgang i kommunerne',
      'Flere billige ungdomsboliger',
      'Ingen udskrivning fra institution til gaden',
    ],
    members: [
      { organisation: 'demo:kobenhavn', roles: ['data-provider', 'implementing-partner'] },
      { organisation: 'kommune:851', roles: ['data-provider', 'implementing-partner'] },
      { organisation: 'kommune:561', roles: ['data-provider'] },
      { organisation: 'demo:ngo', roles: ['implementing-partner'] },
      { organisation: 'extra:vive', roles: ['knowledge-partner'] },
    ],
    activities: [
      { organisation: 'kommune:851', title: 'Housing First-team for unge', goals: [0, 1], status: 'ongoing' },
      {
        organisation: 'demo:ngo',
        title: 'Værested og bostøtte for unge hjemløse',
        goals: [0],
        status: 'ongoing',
      },
      {
        organisation: 'demo:kobenhavn',
        title: 'Ungeboliger i almene afdelinger',
        goals: [2],
        status: 'planned',
      },
    ],
  },
  {
    creator: 'realdania',
    slug: 'det-aabne-land',
    name: 'Det åbne land som dobbelt ressource',
    problemStatement: 'Det åbne land skal rumme både natur, klima, landbrug og bosætning på det samme areal.',
    vision:
      'Et åbent land, der både giver plads til natur og klima og gør landdistrikterne attraktive at bo i.',
    themes: ['landdistrikter', 'natur og klima', 'planlægning'],
    startDate: '2025-03-01',
    endDate: '2029-12-31',
    status: 'active',
    backbone: 'extra:landdistrikter',
    goals: [
      'Multifunktionel jordfordeling i tre kommuner',
      'Mere natur på lavbundsjorder',
      'Flere tilflyttere til landsbyerne',
    ],
    members: [
      { organisation: 'kommune:820', roles: ['data-provider', 'implementing-partner'] },
      { organisation: 'kommune:360', roles: ['data-provider', 'implementing-partner'] },
      { organisation: 'extra:aau', roles: ['knowledge-partner'] },
    ],
    activities: [
      {
        organisation: 'kommune:820',
        title: 'Jordfordelingsprojekt ved Himmerland',
        goals: [0, 1],
        status: 'ongoing',
      },
      { organisation: 'extra:aau', title: 'Kortlægning af arealinteresser', goals: [0], status: 'completed' },
    ],
  },
  {
    creator: 'realdania',
    slug: 'rummelighed-for-alle',
    name: 'Rummelighed for alle',
    problemStatement:
      'Mennesker med sindslidelser eller handicap møder for få steder, hvor de kan være en del af fællesskabet.',
    vision: 'Byer og boligområder, hvor der er plads til alle.',
    themes: ['inklusion', 'byrum', 'fællesskaber'],
    startDate: '2025-09-01',
    endDate: '2028-12-31',
    status: 'planning',
    backbone: 'demo:backbone',
    goals: ['Flere rummelige fællesskaber i boligområderne', 'Byrum designet sammen med brugerne'],
    members: [
      { organisation: 'demo:aarhus', roles: ['data-provider', 'implementing-partner'] },
      { organisation: 'kommune:657', roles: ['implementing-partner'] },
    ],
    activities: [
      {
        organisation: 'kommune:657',
        title: 'Fællesskabshuse i Herning Midtby',
        goals: [0],
        status: 'planned',
      },
    ],
  },
  {
    creator: 'realdania',
    slug: 'bygningsarven-i-landdistrikterne',
    name: 'Bygningsarven i landdistrikterne',
    problemStatement:
      'Tomme og forfaldne bygninger i landdistrikterne forsvinder, og med dem kulturarv og identitet.',
    vision: 'Bygningsarven bliver en drivkraft for bosætning og lokalt liv.',
    themes: ['bygningsarv', 'landdistrikter'],
    startDate: '2024-01-01',
    endDate: '2027-12-31',
    status: 'active',
    backbone: 'extra:bygningskultur',
    goals: ['Istandsatte bygninger tages i brug igen', 'Lokale ildsjæle klædes på til at drive bygningerne'],
    members: [
      { organisation: 'kommune:550', roles: ['data-provider', 'implementing-partner'] },
      { organisation: 'kommune:376', roles: ['data-provider'] },
      { organisation: 'kommune:773', roles: ['implementing-partner'] },
    ],
    activities: [
      {
        organisation: 'kommune:550',
        title: 'Istandsættelse af mejeriet i Højer',
        goals: [0],
        status: 'ongoing',
      },
      { organisation: 'kommune:773', title: 'Bygningsværkstedet på Mors', goals: [1], status: 'planned' },
    ],
  },
];
