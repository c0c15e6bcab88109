// Identifiers derived from what the coordinator types, so nobody has to invent `chairRiseSeconds` by hand.

/** "Nombre de chutes dans l'année" → "nombreDeChutesDansLAnnee" (a valid form field id, or '' when nothing is left). */
export const fieldIdFromLabel = (label: string): string => {
  const words = label
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean);
  // An id must start with a letter: leading numbers ("5 levers…") are dropped.
  while (words.length && /^[0-9]/.test(words[0] ?? '')) words.shift();
  const id = words
    .map((w, i) => (i === 0 ? w.toLowerCase() : w.charAt(0).toUpperCase() + w.slice(1).toLowerCase()))
    .join('');
  return id.slice(0, 40);
};

/**
 * The id of a form field after its label changed to `label`: derived from the label while the field `follows` it (new
 * in this session, id never typed by hand), kept as is otherwise; suffixed 2, 3… when another field of the step has it.
 */
export const idForLabel = (
  current: string,
  follows: boolean,
  label: string,
  usedByOthers: ReadonlySet<string>,
): string => {
  const derived = fieldIdFromLabel(label);
  if (!follows || !derived) return current;
  let id = derived;
  for (let n = 2; usedByOthers.has(id); n += 1) id = `${derived}${n}`;
  return id;
};
