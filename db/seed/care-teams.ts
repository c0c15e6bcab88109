// The demo care teams: every demo professional gets an RPPS number, a commune and the communes they cover; every demo
// patient drawn with a médecin traitant gets one of the demo GPs, and one in three of the older or chronically ill an
// IDE. A professional sees only their care teams' patients and the tasks of their pools and communes (api scope.ts),
// so the demo logins, whose screens the demo shows, cover the whole territory and are in half of the teams: the demo
// GP is the médecin traitant of every other patient who has one, the demo nurse the IDE of every other patient given
// one, and the demo pharmacist follows every other chronically ill patient. Stable ids, so re-running adds nothing
// twice; hasMedecinTraitant is then rewritten from the teams, as the API does.
import { syncHasMedecinTraitant, type PrismaClient } from '../src/index.ts';
import { stableUuid } from './random.ts';
import { demoLogins } from './people.ts';
import { DEMO_COMMUNES, demoCoverage, demoRpps } from './territory.ts';

const demoLoginEmails = new Set<string>(demoLogins.map((u) => u.email));

type Person = { id?: string; email: string; profession: string | null };
type DemoPatient = { id: string; birthDate: Date; conditions: string[]; hasMedecinTraitant: boolean };

export async function seedCareTeams(
  prisma: PrismaClient,
  people: readonly Person[],
  patients: readonly DemoPatient[],
  now: Date,
) {
  await prisma.commune.createMany({ data: [...DEMO_COMMUNES], skipDuplicates: true });
  const professionals = await prisma.user.findMany({
    where: { email: { in: people.filter((p) => p.profession).map((p) => p.email) } },
    select: { id: true, email: true, profession: true, rpps: true },
  });
  // In the order of `people`: the demo logins come first, so they are first in each profession.
  const order = new Map(people.map((p, i) => [p.email, i]));
  professionals.sort((a, b) => order.get(a.email)! - order.get(b.email)!);
  for (const [n, user] of professionals.entries()) {
    if (user.rpps) continue; // seeded already, or set by an admin since: left as it is
    const { communeCode, covered: near } = demoCoverage(n);
    const covered = demoLoginEmails.has(user.email) ? DEMO_COMMUNES.map((c) => c.inseeCode) : near;
    await prisma.user.update({
      where: { id: user.id },
      data: {
        rpps: demoRpps(n),
        communeCode,
        coveredCommunes: { createMany: { data: covered.map((c) => ({ communeCode: c })), skipDuplicates: true } },
      },
    });
  }
  const gps = professionals.filter((p) => p.profession === 'MG');
  const nurses = professionals.filter((p) => p.profession === 'IDE');
  const pharmacists = professionals.filter((p) => p.profession === 'PHARMACIEN');
  // The demo login (first of its profession) for even patients, the others in turn for odd ones.
  const share = <T>(list: T[], i: number): T =>
    i % 2 === 0 || list.length === 1 ? list[0]! : list[1 + (Math.floor(i / 2) % (list.length - 1))]!;
  const years = (k: number) => new Date(Date.UTC(now.getUTCFullYear() - k, now.getUTCMonth(), 1));
  const members = patients.flatMap((p, i) => {
    const age = now.getUTCFullYear() - p.birthDate.getUTCFullYear();
    return [
      ...(p.hasMedecinTraitant && gps.length
        ? [
            {
              id: stableUuid('care-team-mt', i),
              patientId: p.id,
              userId: share(gps, i).id,
              role: 'medecin-traitant',
              profession: 'MG',
              startDate: years(1 + (i % 12)),
            },
          ]
        : []),
      ...((age >= 70 || p.conditions.length > 0) && i % 3 === 0 && nurses.length
        ? [
            {
              id: stableUuid('care-team-ide', i),
              patientId: p.id,
              userId: share(nurses, i / 3).id,
              role: 'intervenant',
              profession: 'IDE',
              startDate: years(1 + (i % 4)),
            },
          ]
        : []),
      ...(p.conditions.length > 0 && i % 2 === 0 && pharmacists.length
        ? [
            {
              id: stableUuid('care-team-pharmacien', i),
              patientId: p.id,
              userId: pharmacists[0]!.id,
              role: 'intervenant',
              profession: 'PHARMACIEN',
              startDate: years(1 + (i % 3)),
            },
          ]
        : []),
    ];
  });
  await prisma.careTeamMember.createMany({ data: members, skipDuplicates: true });
  await syncHasMedecinTraitant(
    prisma,
    patients.map((p) => p.id),
  );
  // Patients seeded before communes existed: given theirs now.
  for (const c of DEMO_COMMUNES) {
    const ids = patients.filter((p) => (p as { communeCode?: string }).communeCode === c.inseeCode).map((p) => p.id);
    await prisma.patient.updateMany({
      where: { id: { in: ids }, communeCode: null },
      data: { communeCode: c.inseeCode },
    });
  }
  return members.length;
}
