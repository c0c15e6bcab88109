// GET /api/patients/:id/eligibility: the patient against every published parcours (latest version of each key), each
// verdict with the rules' explanation tree and one sentence per condition. A patient who objects to the sharing of their
// data is eligible for none: each verdict then gives the objection (day, channel) as its reason.
import type { RequestHandler } from 'express';
import { definitionLabeler, evaluate, explanationText, eligibilityFacts, objectionRefusalText } from '@parcours/rules';
import type { Explanation, ParcoursDefinition } from '@parcours/rules';
import { recordAudit } from '../audit/record.ts';
import { currentUser } from '../auth/middleware.ts';
import { patientScope } from '../auth/scope.ts';
import type { Eligibility } from '@parcours/rules/contract';
import type { ApiDeps } from '../deps.ts';
import { idParams } from '../http/common.ts';
import { currentObjection, patientRecordSelect, toPatientRecord } from '@parcours/db';
import { AppError } from '../http/errors.ts';
import { parseParams } from '../http/validate.ts';

function leaves(e: Explanation): Explanation[] {
  switch (e.kind) {
    case 'leaf':
    case 'reference':
      return [e];
    case 'all':
    case 'any':
      return e.children.flatMap(leaves);
    case 'not':
      return [e];
  }
}

const UNEVALUABLE = {
  fr: "La règle d'éligibilité de cette version n'a pas pu être évaluée",
  en: 'The eligibility rule of this version could not be evaluated',
};

export function patientEligibility({ prisma }: ApiDeps): RequestHandler {
  return async (req, res) => {
    const { id } = parseParams(idParams, req);
    const patient = await prisma.patient.findFirst({
      where: { AND: [{ id }, patientScope(currentUser(req))] },
      select: { ...patientRecordSelect, objectingSince: true },
    });
    if (!patient) throw new AppError(404, 'not_found', 'Patient introuvable');
    const published = await prisma.parcoursDefinition.findMany({
      where: { status: 'published' },
      orderBy: [{ key: 'asc' }, { version: 'desc' }],
      distinct: ['key'],
    });
    const running = await prisma.journey.findMany({
      where: { patientId: id, status: 'running' },
      select: { id: true, parcoursKey: true },
    });
    const now = new Date();
    const facts = eligibilityFacts(toPatientRecord(patient), now);
    // An objecting patient cannot be enrolled in anything, whatever the rules say: each verdict says why.
    const objection = patient.objectingSince ? await currentObjection(prisma, id) : null;
    const refusal = objection ? objectionRefusalText(objection) : null;
    const verdicts = await Promise.all(
      published.map(async (p) => {
        const about = {
          parcoursKey: p.key,
          version: p.version,
          definitionId: p.id,
          title: p.title,
          runningJourneyId: running.find((j) => j.parcoursKey === p.key)?.id ?? null,
        };
        const def = p.body as unknown as ParcoursDefinition;
        try {
          const verdict = await evaluate(def.eligibility, facts, now, { labels: definitionLabeler(def) });
          const parts = leaves(verdict.explanation).map((e) => explanationText(e));
          if (refusal)
            return {
              ...about,
              eligible: false,
              explanation: verdict.explanation,
              text: refusal,
              reasons: { fr: [refusal.fr], en: [refusal.en] },
              objection: { since: objection!.since, channel: objection!.channel },
            };
          return {
            ...about,
            eligible: verdict.result,
            explanation: verdict.explanation,
            text: verdict.text,
            reasons: { fr: parts.map((t) => t.fr), en: parts.map((t) => t.en) },
          };
        } catch (error) {
          // A stored version the engine cannot evaluate (written before a validation rule existed, or by hand) must
          // not blank the verdicts of every other parcours: it reads as not eligible, with the reason, and is logged.
          req.log?.error({ err: error, definitionId: p.id }, 'eligibility rule could not be evaluated');
          return {
            ...about,
            eligible: false,
            explanation: null,
            text: UNEVALUABLE,
            reasons: { fr: [UNEVALUABLE.fr], en: [UNEVALUABLE.en] },
          };
        }
      }),
    );
    await recordAudit(prisma, req, {
      action: 'read',
      resource: 'patient',
      resourceId: id,
      patientId: id,
      details: { view: 'eligibility' },
    });
    res.json(verdicts satisfies Eligibility[]);
  };
}
