// The demo CPTS's territory: communes of the Guérande peninsula (« Pays Blanc », Loire-Atlantique) with their INSEE
// codes (code officiel géographique). A real deployment loads its own communes into the Commune table instead.
// Each code was checked against the commune's encyclopaedia infobox (« Code commune » / « INSEE-Code », which also
// gives the postcode, so the two are not confused): all twelve were right. Pornichet and Saint-André-des-Eaux belong to
// the Saint-Nazaire agglomeration (CARENE) rather than Cap Atlantique, but to the Guérande peninsula all the same.
export const DEMO_COMMUNES = [
  { inseeCode: '44069', name: 'Guérande' },
  { inseeCode: '44055', name: 'La Baule-Escoublac' },
  { inseeCode: '44049', name: 'Le Croisic' },
  { inseeCode: '44135', name: 'Le Pouliguen' },
  { inseeCode: '44010', name: 'Batz-sur-Mer' },
  { inseeCode: '44211', name: 'La Turballe' },
  { inseeCode: '44125', name: 'Piriac-sur-Mer' },
  { inseeCode: '44097', name: 'Mesquer' },
  { inseeCode: '44132', name: 'Pornichet' },
  { inseeCode: '44151', name: 'Saint-André-des-Eaux' },
  { inseeCode: '44072', name: 'Herbignac' },
  { inseeCode: '44006', name: 'Assérac' },
] as const;

/** A stable, well-formed 11-digit RPPS number for the n-th demo professional (10 + 9 digits: no real one). */
export const demoRpps = (n: number) => `10${String(100_000_000 + n * 7919).slice(-9)}`;

/** The commune a demo professional practises in, and the ones they cover (their own and the next two). */
export function demoCoverage(n: number) {
  const own = DEMO_COMMUNES[n % DEMO_COMMUNES.length]!.inseeCode;
  const covered = [0, 1, 2].map((k) => DEMO_COMMUNES[(n + k) % DEMO_COMMUNES.length]!.inseeCode);
  return { communeCode: own, covered };
}
