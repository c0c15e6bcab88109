// The demo care teams: every demo professional gets an RPPS number, a commune and the communes they cover; every demo
// patient drawn with a médecin traitant gets one of the demo GPs (the demo GP login first among them), and one in three
// of the older or chronically ill an IDE (the demo nurse login first). Stable ids, so re-running adds nothing twice;
// hasMedecinTraitant is then rewritten from the teams, as the API does.
import { syncHasMedecinTraitant, type PrismaClient } from '../src/index.ts';
import { stableUuid } from './random.ts';
import { DEMO_COMMUNES, demoCoverage, demoRpps } from './territory.ts';

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
    const { communeCode, covered } = demoCoverage(n);
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
  const years = (k: number) => new Date(Date.UTC(now.getUTCFullYear() - k, now.getUTCMonth(), 1));
  const members = patients.flatMap((p, i) => {
    const age = now.getUTCFullYear() - p.birthDate.getUTCFullYear();
    return [
      ...(p.hasMedecinTraitant && gps.length
        ? [
            {
              id: stableUuid('care-team-mt', i),
              patientId: p.id,
              userId: gps[i % gps.length]!.id,
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
              userId: nurses[(i / 3) % nurses.length]!.id,
              role: 'intervenant',
              profession: 'IDE',
              startDate: years(1 + (i % 4)),
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
