export { toNfc, mapLegacyEth, normalizeVietnamese, stripDiacritics } from './normalize.js';
export {
  type Tone,
  type Syllable,
  type ToneStyle,
  splitTone,
  decomposeSyllable,
  isValidSyllable,
  isWellFormedSyllable,
  toneVowelIndex,
  composeSyllable,
  applyCase,
  casePatternOf,
  withCase,
  type CasePattern,
  convertToneStyle,
  canonicalSyllable,
  syllableToneStyle,
  detectToneStyle,
  convertTextToneStyle,
  canonicalizeToneStyle,
} from './syllable.js';
export { isMinorityNameSyllable, isPolysyllabicNameWord } from './minority-names.js';
export { editDistance, editDistanceWithin } from './edit-distance.js';
