// The coded patient facts (pathologies, ALD) with their French and English labels, so that people pick a code by what
// it means instead of typing it. The lists are open: a code outside them (an import, a local habit) stays valid.
import type { LocalizedText } from '../schema/common.js';

export type CodeSystem = 'conditions' | 'ald';
export type CodedValue = { code: string; label: LocalizedText & { en: string } };

const c = (code: string, fr: string, en: string): CodedValue => ({ code, label: { fr, en } });

/** Pathologies followed by the CPTS (the codes the shipped parcours and the demo patients use). */
const conditions: readonly CodedValue[] = [
  c('hypertension', 'Hypertension artérielle', 'High blood pressure'),
  c('diabete-type-1', 'Diabète de type 1', 'Type 1 diabetes'),
  c('diabete-type-2', 'Diabète de type 2', 'Type 2 diabetes'),
  c('insuffisance-cardiaque', 'Insuffisance cardiaque', 'Heart failure'),
  c('maladie-coronaire', 'Maladie coronaire', 'Coronary heart disease'),
  c('fibrillation-atriale', 'Fibrillation atriale', 'Atrial fibrillation'),
  c('avc', 'Accident vasculaire cérébral (AVC)', 'Stroke'),
  c('bpco', 'Bronchopneumopathie chronique obstructive (BPCO)', 'Chronic obstructive pulmonary disease (COPD)'),
  c('asthme', 'Asthme', 'Asthma'),
  c('insuffisance-renale-chronique', 'Insuffisance rénale chronique', 'Chronic kidney disease'),
  c('obesite', 'Obésité', 'Obesity'),
  c('depression', 'Dépression', 'Depression'),
  c('troubles-cognitifs', 'Troubles cognitifs', 'Cognitive impairment'),
  c('parkinson', 'Maladie de Parkinson', 'Parkinson’s disease'),
  c('cancer', 'Cancer', 'Cancer'),
  c('arthrose', 'Arthrose', 'Osteoarthritis'),
  c('osteoporose', 'Ostéoporose', 'Osteoporosis'),
  c('chutes-a-repetition', 'Chutes à répétition', 'Recurrent falls'),
  c('denutrition', 'Dénutrition', 'Malnutrition'),
];

/** The long-term conditions (ALD) list of the Assurance Maladie, by number (12, hypertension, left it in 2011). */
const ald: readonly CodedValue[] = [
  c('1', 'Accident vasculaire cérébral invalidant', 'Disabling stroke'),
  c('2', 'Insuffisances médullaires et autres cytopénies chroniques', 'Bone marrow failure and chronic cytopenias'),
  c('3', 'Artériopathies chroniques avec manifestations ischémiques', 'Chronic arterial disease with ischaemia'),
  c('4', 'Bilharziose compliquée', 'Complicated schistosomiasis'),
  c(
    '5',
    'Insuffisance cardiaque grave, troubles du rythme graves, cardiopathies valvulaires ou congénitales graves',
    'Severe heart failure, arrhythmia, valvular or congenital heart disease',
  ),
  c('6', 'Maladies chroniques actives du foie et cirrhoses', 'Chronic active liver disease and cirrhosis'),
  c('7', 'Déficit immunitaire primitif grave, infection par le VIH', 'Severe primary immune deficiency, HIV infection'),
  c('8', 'Diabète de type 1 et diabète de type 2', 'Type 1 and type 2 diabetes'),
  c(
    '9',
    'Affections neurologiques et musculaires graves, épilepsie grave',
    'Severe neurological and muscular disease, severe epilepsy',
  ),
  c('10', 'Hémoglobinopathies, hémolyses chroniques sévères', 'Haemoglobinopathies, severe chronic haemolysis'),
  c('11', 'Hémophilies et troubles graves de l’hémostase', 'Haemophilia and severe clotting disorders'),
  c('13', 'Maladie coronaire', 'Coronary heart disease'),
  c('14', 'Insuffisance respiratoire chronique grave', 'Severe chronic respiratory failure'),
  c('15', 'Maladie d’Alzheimer et autres démences', 'Alzheimer’s disease and other dementias'),
  c('16', 'Maladie de Parkinson', 'Parkinson’s disease'),
  c('17', 'Maladies métaboliques héréditaires', 'Inherited metabolic diseases'),
  c('18', 'Mucoviscidose', 'Cystic fibrosis'),
  c(
    '19',
    'Néphropathie chronique grave et syndrome néphrotique primitif',
    'Severe chronic kidney disease, nephrotic syndrome',
  ),
  c('20', 'Paraplégie', 'Paraplegia'),
  c('21', 'Vascularites, lupus, sclérodermie systémique', 'Vasculitis, lupus, systemic sclerosis'),
  c('22', 'Polyarthrite rhumatoïde évolutive', 'Active rheumatoid arthritis'),
  c('23', 'Affections psychiatriques de longue durée', 'Long-term psychiatric disorders'),
  c('24', 'Rectocolite hémorragique et maladie de Crohn évolutives', 'Active ulcerative colitis and Crohn’s disease'),
  c('25', 'Sclérose en plaques', 'Multiple sclerosis'),
  c('26', 'Scoliose idiopathique structurale évolutive', 'Progressive idiopathic scoliosis'),
  c('27', 'Spondylarthrite grave', 'Severe spondyloarthritis'),
  c('28', 'Suites de transplantation d’organe', 'After organ transplant'),
  c('29', 'Tuberculose active, lèpre', 'Active tuberculosis, leprosy'),
  c(
    '30',
    'Tumeur maligne, affection maligne du tissu lymphatique ou hématopoïétique',
    'Malignant tumour, lymphoma or leukaemia',
  ),
  c('31', 'Affection hors liste (ALD 31)', 'Condition outside the list (ALD 31)'),
  c('32', 'Polypathologie invalidante (ALD 32)', 'Disabling multiple conditions (ALD 32)'),
];

export const codeCatalogue: Readonly<Record<CodeSystem, readonly CodedValue[]>> = { conditions, ald };

/** The code system of a coded patient fact path (`$.ald`, `$.conditions`), if it has one. */
export function codeSystemOf(fact: string, path: string | undefined): CodeSystem | undefined {
  if (fact !== 'patient') return undefined;
  return path === '$.ald' ? 'ald' : path === '$.conditions' ? 'conditions' : undefined;
}

// Case and accents do not matter: « diabete » finds « Diabète ».
const fold = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();

/**
 * The entries of `system` whose label (in either language) contains every word of `query`, or whose code starts with
 * it; the exact code comes first, then codes that start with it, then labels with a word that starts with it. An empty query gives the whole list.
 */
export function searchCodes(system: CodeSystem, query: string): CodedValue[] {
  const words = fold(query)
    .split(/[\s,;']+/)
    .filter(Boolean);
  const list = codeCatalogue[system];
  if (!words.length) return [...list];
  const q = fold(query.trim());
  const scored = list.flatMap((v) => {
    const text = `${fold(v.label.fr)} ${fold(v.label.en)}`;
    const byCode = fold(v.code).startsWith(q);
    const byLabel = words.every((w) => text.includes(w));
    if (!byCode && !byLabel) return [];
    const atWordStart = words.every((w) =>
      new RegExp(`(^|[^a-z0-9])${w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`).test(text),
    );
    const code = fold(v.code);
    return [{ v, score: code === q ? 0 : byCode ? 1 : atWordStart ? 2 : 3 }];
  });
  return scored.sort((a, b) => a.score - b.score).map((s) => s.v);
}

/** The label of `code` in `system`, or undefined for a code outside the list. */
export function codeLabel(system: CodeSystem, code: string): CodedValue['label'] | undefined {
  return codeCatalogue[system].find((v) => v.code === code)?.label;
}
