/**
 * The French ISO names that break French typography, as French writes them: an adjective of a country's name
 * takes no capital ("Arabie saoudite", "Émirats arabes unis", "République tchèque"), an apostrophe is the
 * typographic one ("États-Unis d’Amérique", "Côte d’Ivoire"), by ISO 2-letter code.
 */
const CORRECTED: Readonly<Record<string, string>> = {
  AE: 'Émirats arabes unis',
  CF: 'République centrafricaine',
  CI: 'Côte d’Ivoire',
  CZ: 'République tchèque',
  DO: 'République dominicaine',
  IO: 'Territoire britannique de l’océan Indien',
  SA: 'Arabie saoudite',
  VG: 'Îles Vierges britanniques',
  VI: 'Îles Vierges des États-Unis',
};

/** A French country name as printed: corrected where ISO's French name breaks French typography. */
export function frenchCountryName(alpha2: string, isoName: string): string {
  return CORRECTED[alpha2] ?? isoName.replace(/'/g, '’');
}
