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
  convertToneStyle,
  canonicalSyllable,
  syllableToneStyle,
  detectToneStyle,
  convertTextToneStyle,
  canonicalizeToneStyle,
} from './syllable.js';
