// The demo's patients' say: the first demo patient was informed of the sharing of their data in consultation by their
// GP; the second was informed too, then objected by letter (so the demo shows the refusal of any enrolment and the
// objector set apart by cohort enrolments). Stable ids, inserted once: the history is append-only, so re-running the
// seed adds nothing. The derived state is then written as the API writes it.
import { syncPatientSay, type PrismaClient } from '../src/index.ts';
import { stableUuid } from './random.ts';

const DAY = 86_400_000;

/** The demo patients (seed order) whose say is recorded: informed, and objecting. */
export const DEMO_INFORMED_PATIENT = 0;
export const DEMO_OBJECTING_PATIENT = 1;

export async function seedPatientSay(
  prisma: PrismaClient,
  patients: readonly { id: string }[],
  recorders: { coordinatorEmail: string; gpEmail: string },
  now: Date,
): Promise<number> {
  const informed = patients[DEMO_INFORMED_PATIENT];
  const objecting = patients[DEMO_OBJECTING_PATIENT];
  if (!informed || !objecting) return 0;
  const people = await prisma.user.findMany({
    where: { email: { in: [recorders.coordinatorEmail, recorders.gpEmail] } },
    select: { id: true, email: true },
  });
  const idOf = (email: string) => people.find((p) => p.email === email)?.id ?? null;
  const day = (daysAgo: number) => {
    const d = new Date(now.getTime() - daysAgo * DAY);
    return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));
  };
  const events = [
    {
      id: stableUuid('patient-say', 0),
      patientId: informed.id,
      kind: 'information',
      occurredOn: day(30),
      channel: 'consultation',
      note: 'Information remise avec la plaquette de la CPTS',
      recordedById: idOf(recorders.gpEmail),
    },
    {
      id: stableUuid('patient-say', 1),
      patientId: objecting.id,
      kind: 'information',
      occurredOn: day(60),
      channel: 'consultation',
      note: null,
      recordedById: idOf(recorders.gpEmail),
    },
    {
      id: stableUuid('patient-say', 2),
      patientId: objecting.id,
      kind: 'objection',
      occurredOn: day(20),
      channel: 'courrier',
      note: 'Courrier du patient reçu à la coordination',
      recordedById: idOf(recorders.coordinatorEmail),
    },
  ];
  const { count } = await prisma.patientSayEvent.createMany({ data: events, skipDuplicates: true });
  await syncPatientSay(prisma, [informed.id, objecting.id]);
  return count;
}
