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

/** Whether the id was generated (placeholder or derived from the previous label) and may follow the label. */
export const isGeneratedFieldId = (id: string, previousLabel: string): boolean =>
  /^champ\d+$/.test(id) || id === fieldIdFromLabel(previousLabel);
