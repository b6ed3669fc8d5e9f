/** What the names stage finds in a text, for the names tests: each name as "text → normalized". */
import { prepareDoc } from '../../server/src/core/analyze';
import type { Morphology } from '../../server/src/core/morphology/morphology';
import { findNames } from '../../server/src/core/names/findNames';

export function namesFound(text: string, morphology: Morphology): string[] {
  return findNames(prepareDoc(text, morphology)).map((match) => `${match.text} → ${match.normalized}`);
}
