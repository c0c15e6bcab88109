// Break-the-glass (« Accès exceptionnel ») : a professional outside the care team finds a patient by exact identity,
// opens the file with a stated reason; the access is granted for BREAK_GLASS_HOURS, audited, told to the médecin
// traitant (or the coordination), listed for auditors, and ends when it expires.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createLightHarness, type LightHarness } from '../support/api-harness.ts';
import { joinCareTeam, journeyWithTask } from '../support/access.ts';

let h: LightHarness;
type Who = { token: string; userId: string };
let auditor: Who;
let coordinator: Who;
const REASON = 'Patient vu en urgence au cabinet, médecin traitant absent';

beforeAll(async () => {
  h = await createLightHarness(inject('databaseUrl'));
  auditor = await h.tokenFor('auditor');
  coordinator = await h.tokenFor('coordinator');
});
afterAll(() => h?.close());

const get = (who: Who, url: string) => h.request().get(url).auth(who.token, { type: 'bearer' });
const post = (who: Who, url: string, body: object) =>
  h.request().post(url).auth(who.token, { type: 'bearer' }).send(body);

describe('break-the-glass', () => {
  it('finds the patient by identity only, grants a 12-hour access, audits it, tells the MT, lists it, expires', async () => {
    const mt = await h.tokenFor('professional', 'MG');
    const outsider = await h.tokenFor('professional', 'MG');
    const { patientId, journeyId } = await journeyWithTask(h.prisma, { assigneeUserId: mt.userId });
    await joinCareTeam(h.prisma, patientId, { id: mt.userId, profession: 'MG' }, { role: 'medecin-traitant' });
    const patient = await h.prisma.patient.findUniqueOrThrow({ where: { id: patientId } });

    // The lookup: exact last name (any case) and birth date; identity only; itself audited.
    const found = await get(outsider, '/api/patients/lookup')
      .query({ lastName: patient.lastName.toLowerCase(), birthDate: '1950-03-14' })
      .expect(200);
    expect(found.body).toEqual([
      { id: patientId, firstName: 'Jeanne', lastName: patient.lastName, birthDate: '1950-03-14', accessible: false },
    ]);
    const missed = await get(outsider, '/api/patients/lookup')
      .query({ lastName: patient.lastName.slice(0, 6), birthDate: '1950-03-14' })
      .expect(200);
    expect(missed.body).toEqual([]);
    expect(await h.prisma.auditEvent.count({ where: { actorId: outsider.userId, action: 'lookup', patientId } })).toBe(
      1,
    );

    await get(outsider, `/api/patients/${patientId}`).expect(404);
    const short = await post(outsider, `/api/patients/${patientId}/break-glass`, { reason: 'urgence' }).expect(422);
    expect(JSON.stringify(short.body)).toContain('/body/reason');
    await post(outsider, '/api/patients/00000000-0000-4000-8000-000000000000/break-glass', { reason: REASON }).expect(
      404,
    );

    const granted = await post(outsider, `/api/patients/${patientId}/break-glass`, { reason: REASON }).expect(201);
    expect(granted.body).toMatchObject({ patientId, userId: outsider.userId, reason: REASON, active: true });
    expect(granted.body.notified).toBe('medecin-traitant');
    const hours = (Date.parse(granted.body.expiresAt) - Date.parse(granted.body.createdAt)) / 3_600_000;
    expect(hours).toBe(12);

    // Now the file opens: the patient, their journeys and tasks.
    await get(outsider, `/api/patients/${patientId}`).expect(200);
    await get(outsider, `/api/journeys/${journeyId}`).expect(200);
    const lookedAgain = await get(outsider, '/api/patients/lookup')
      .query({ lastName: patient.lastName, birthDate: '1950-03-14' })
      .expect(200);
    expect(lookedAgain.body[0].accessible).toBe(true);

    // Audited, with the reason.
    const audit = await h.prisma.auditEvent.findFirstOrThrow({
      where: { actorId: outsider.userId, action: 'break-glass', patientId },
    });
    expect(audit.details).toMatchObject({ grantId: granted.body.id, reason: REASON });

    // The médecin traitant is told who, when and why; the outsider's inbox has nothing of it.
    const inbox = await get(mt, '/api/messages').expect(200);
    const notice = inbox.body.find((m: { kind: string; patientId: string }) => m.kind === 'break-glass');
    expect(notice).toMatchObject({ patientId, journeyId: null, parcoursKey: null, recipient: { userId: mt.userId } });
    expect(notice.text.fr).toContain('Accès exceptionnel (bris de glace)');
    expect(notice.text.fr).toContain(REASON);
    const opener = await h.prisma.user.findUniqueOrThrow({ where: { id: outsider.userId } });
    expect(notice.text.fr).toContain(opener.displayName);
    await get(mt, `/api/messages/${notice.id}`).expect(200);
    await get(outsider, `/api/messages/${notice.id}`).expect(404);

    // The auditors' list.
    const listed = await get(auditor, '/api/break-glass')
      .query({ filter: JSON.stringify({ patientId }) })
      .expect(200);
    expect(listed.body).toEqual([
      expect.objectContaining({
        id: granted.body.id,
        userName: opener.displayName,
        userProfession: 'MG',
        patientName: expect.stringContaining(patient.lastName.toUpperCase()),
        reason: REASON,
        active: true,
      }),
    ]);
    const byUser = await get(auditor, '/api/break-glass')
      .query({ filter: JSON.stringify({ userId: outsider.userId, from: new Date(Date.now() - 60_000).toISOString() }) })
      .expect(200);
    expect(byUser.body.map((g: { id: string }) => g.id)).toEqual([granted.body.id]);
    await get(outsider, '/api/break-glass').expect(403);

    // Expired: the file closes again; the auditors still see the access, as expired.
    await h.prisma.breakGlassAccess.update({
      where: { id: granted.body.id },
      data: { createdAt: new Date(Date.now() - 13 * 3_600_000), expiresAt: new Date(Date.now() - 3_600_000) },
    });
    await get(outsider, `/api/patients/${patientId}`).expect(404);
    await get(outsider, `/api/journeys/${journeyId}`).expect(404);
    const expired = await get(auditor, '/api/break-glass')
      .query({ filter: JSON.stringify({ patientId, active: false }) })
      .expect(200);
    expect(expired.body).toEqual([expect.objectContaining({ id: granted.body.id, active: false })]);
  });

  it('lists every access for the auditors, newest first, as the back office asks for it', async () => {
    const outsider = await h.tokenFor('professional', 'IDE');
    const { patientId } = await journeyWithTask(h.prisma, { assigneeProfession: 'MG' });
    const granted = await post(outsider, `/api/patients/${patientId}/break-glass`, { reason: REASON }).expect(201);
    const t0 = Date.now();
    const res = await get(auditor, '/api/break-glass')
      .query({ filter: '{}', range: '[0,9]', sort: '["createdAt","DESC"]' })
      .expect(200);
    expect(Date.now() - t0).toBeLessThan(2000);
    expect(res.body[0]).toMatchObject({ id: granted.body.id });
    expect(res.headers['content-range']).toMatch(/^break-glass 0-\d+\/\d+$/);
  });

  it('tells the coordination when the patient has no médecin traitant', async () => {
    const outsider = await h.tokenFor('professional', 'IDE');
    const { patientId } = await journeyWithTask(h.prisma, { assigneeProfession: 'MG' });
    const granted = await post(outsider, `/api/patients/${patientId}/break-glass`, { reason: REASON }).expect(201);
    expect(granted.body.notified).toBe('coordination');
    const inbox = await get(coordinator, '/api/messages').query({ range: '[0,199]' }).expect(200);
    expect(
      inbox.body.find((m: { text: { fr: string }; patientId: string }) => m.patientId === patientId),
    ).toMatchObject({ kind: 'break-glass', recipient: { role: 'coordinator' } });
  });

  it('refuses a blank-padded reason and a coordinator (who sees every patient already)', async () => {
    const outsider = await h.tokenFor('professional', 'IDE');
    const { patientId } = await journeyWithTask(h.prisma, { assigneeProfession: 'MG' });
    await post(outsider, `/api/patients/${patientId}/break-glass`, { reason: `   ${'a'.repeat(5)}          ` }).expect(
      422,
    );
    await post(coordinator, `/api/patients/${patientId}/break-glass`, { reason: REASON }).expect(403);
    expect(await h.prisma.breakGlassAccess.count({ where: { patientId } })).toBe(0);
  });
});
