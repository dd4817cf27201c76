/**
 * Builds the syllable language model and the syllable inventory committed in dictionaries/.
 *
 *   npx tsx scripts/build-lm.ts [--corpus ../shared/corpus]
 *
 * Reads (never ships): the Vietnamese law corpus (undertheseanlp-vlc/text/*.txt) and the Viet74K word list
 * (hongocduc-viet74k/Viet74K.txt) from the corpus folder, the definitions and examples of the MIT-licensed
 * `@vntk/dictionary` package (a devDependency; a general-language corpus), plus the clean fixture text fixtures/seeds/003_*.txt
 * and dictionaries/domain-phrases.txt from this repo, and the plan-genre corpus the team wrote for the model
 * (scripts/lm/plan-corpus/*.txt, one paragraph a line). The gold seeds 000–002 are the evaluation set and are not read.
 * Weights are overridable for experiments: LM_PHRASE_WEIGHT, LM_PLAN_CORPUS_WEIGHT, LM_NAME_WEIGHT, LM_WORD_LIST_WEIGHT,
 * LM_GENERAL_WEIGHT (0 builds without the general corpus) and the other LM_GENERAL_* settings below;
 * LM_PHRASES_FILE reads the genre phrases from another file.
 * Writes: dictionaries/syllable-lm.bin (pruned Kneser–Ney trigram; format: src/restore/lm-file.ts), dictionaries/syllables.txt (derived
 * inventory of well-formed syllables, canonical tone placement) and dictionaries/candidate-index.bin (the candidate
 * generator's OCR forms of that inventory, scripts/build-candidate-index.ts).
 */
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createHash } from 'node:crypto';
import { lmSentencesOfCleanText, UNKNOWN_TOKEN, NUMBER_TOKEN, COMMA_TOKEN } from '../src/restore/lm-text.js';
import { LM_FILE, serializeLm } from '../src/restore/lm-file.js';
import { writeCandidateIndex } from './build-candidate-index.js';
import { canonicalSyllable, isMinorityNameSyllable, isWellFormedSyllable, normalizeVietnamese } from '../src/vietnamese/index.js';
import { parsePhrases } from '../src/schema/dictionary.js';
import { buildKneserNey, type CountedText } from './lm/kneser-ney.js';
import { parsePersonNames, personNameFragments } from '../src/restore/person-names.js';
import { generalDictionaryCorpus, loadGeneralDictionary, type GeneralDictionaryParts } from './lm/general-dictionary.js';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const corpusArg = process.argv.indexOf('--corpus');
const corpusDir = resolve(corpusArg >= 0 ? (process.argv[corpusArg + 1] ?? '') : join(repoRoot, '..', 'shared', 'corpus'));

/** How much the hand-written genre phrases and the clean plan text weigh against the law corpus. */
const PHRASE_WEIGHT = Number(process.env.LM_PHRASE_WEIGHT ?? 4);
const PLAN_TEXT_WEIGHT = 3;
/**
 * Weight of the plan-genre corpus (running text of the genre the law corpus lacks). With 336 corpus files, pooled
 * dev + T1–T34 + H1–H4: 2 gives 822 wrong of 43,020 (damage 9), 3 gives 828 (10), 4 gives 837 (10).
 */
const PLAN_CORPUS_WEIGHT = Number(process.env.LM_PLAN_CORPUS_WEIGHT ?? 2);
/** Where the plan-genre corpus lives; LM_PLAN_CORPUS_DIR points elsewhere for experiments. */
const PLAN_CORPUS_DIR = resolve(process.env.LM_PLAN_CORPUS_DIR ?? join(repoRoot, 'scripts', 'lm', 'plan-corpus'));
/** Where the two built files go (dictionaries/ unless LM_OUT_DIR says otherwise, for weight experiments). */
const OUT_DIR = resolve(process.env.LM_OUT_DIR ?? join(repoRoot, 'dictionaries'));
/** Weight of each surname–middle and middle–given pair of the name list. */
const NAME_WEIGHT = Number(process.env.LM_NAME_WEIGHT ?? 0);
/**
 * Weight of the word list's compound words, counted only as bigrams the texts never saw (hàng rong, tu bổ, khử
 * trùng). With the law corpus alone they lowered accuracy; with the plan-genre corpus, at 1 (115 corpus files):
 * T1–T12 + T13–T16 + H1–H4 521 → 503 wrong syllables of 18,952, damage 24 → 24 (T13–T16 alone 180 → 185, 8 → 10).
 */
const WORD_LIST_WEIGHT = Number(process.env.LM_WORD_LIST_WEIGHT ?? 1);
const WORD_LIST_BIGRAMS_ONLY = process.env.LM_WORD_LIST_BIGRAMS_ONLY !== '0';
/**
 * Weight of the general-language corpus: the definitions and examples of the `@vntk/dictionary` package (published on
 * npm under MIT; the data seem to come from a printed dictionary, so only counts are derived from it; devDependency; see scripts/lm/general-dictionary.ts), each piece a fragment of its own (sentence boundaries from
 * a dictionary's lower-case glosses taught the wrong sentence openings). Only derived counts are kept. The
 * defaults below were chosen by a sweep on the tuning plans (figures in the commit that set them); the other
 * LM_GENERAL_* settings exist to repeat that sweep.
 */
const GENERAL_WEIGHT = Number(process.env.LM_GENERAL_WEIGHT ?? 1);
/** Weight of its headwords of several syllables (fragments); 0 leaves them out. */
const GENERAL_HEADWORD_WEIGHT = Number(process.env.LM_GENERAL_HEADWORD_WEIGHT ?? 0);
/** Definitions and examples counted as fragments (no sentence boundaries); LM_GENERAL_FRAGMENTS=0 reads them as sentences. */
const GENERAL_AS_FRAGMENTS = process.env.LM_GENERAL_FRAGMENTS !== '0';
/** Which lines of the general dictionary are read (LM_GENERAL_PARTS: definitions, examples or both). */
const GENERAL_PARTS = (process.env.LM_GENERAL_PARTS ?? 'both') as GeneralDictionaryParts;
/** The general corpus adds no word to the vocabulary; its n-grams touching an unknown word are dropped. */
const GENERAL_KNOWN_ONLY = process.env.LM_GENERAL_KNOWN_ONLY !== '0';
/**
 * How much a left neighbour only the general corpus shows counts in the lower orders' Kneser–Ney continuation
 * counts. Those counts ignore a text's weight, so at 1 the dictionary reshapes the unigram and bigram
 * distributions as much as the plan texts do, whatever its weight.
 */
const GENERAL_CONTINUATION_WEIGHT = Number(process.env.LM_GENERAL_CONTINUATION ?? 0.1);
/** A trigram only the general corpus has is kept from this count on (it is pruned harder: the model stays small). */
const GENERAL_MIN_TRIGRAM_COUNT = Number(process.env.LM_GENERAL_MIN_TRIGRAM ?? 1);
/** Only the word pairs the other texts never saw count (as the word list's compounds do). */
const GENERAL_UNSEEN_BIGRAMS_ONLY = process.env.LM_GENERAL_UNSEEN_BIGRAMS_ONLY === '1';
/** Viet74K syllables seen at least this often across its word list join the inventory. */
const MIN_WORDLIST_SYLLABLE_COUNT = 2;

function lawTexts(): { sentences: string[][]; files: number } {
  const dir = join(corpusDir, 'undertheseanlp-vlc', 'text');
  const files = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();
  const sentences = files.flatMap((f) => lmSentencesOfCleanText(readFileSync(join(dir, f), 'utf8')));
  return { sentences, files: files.length };
}

/** Every *.txt of the plan-genre corpus (its README is no text), in name order for a reproducible build. */
function planCorpus(): { sentences: string[][]; files: number } {
  if (!existsSync(PLAN_CORPUS_DIR)) return { sentences: [], files: 0 };
  const files = readdirSync(PLAN_CORPUS_DIR).filter((f) => f.endsWith('.txt')).sort();
  const sentences = files.flatMap((f) => lmSentencesOfCleanText(readFileSync(join(PLAN_CORPUS_DIR, f), 'utf8')));
  return { sentences, files: files.length };
}

function cleanPlanText(): string {
  const dir = join(repoRoot, 'fixtures', 'seeds');
  const file = readdirSync(dir).find((f) => f.startsWith('003_'));
  if (!file) throw new Error('fixtures/seeds/003_*.txt not found');
  // The 003 text carries markdown emphasis; drop it.
  return readFileSync(join(dir, file), 'utf8').replace(/[*_]+/g, '');
}

/**
 * The genre phrases as LM fragments. A phrase written with a capital opens a sentence (`Phấn đấu đến năm 2030`,
 * `Ủy ban nhân dân tỉnh`): it is counted after <s>. Each comma-separated part is a fragment of its own.
 */
function domainPhrases(): { opening: string[][]; inner: string[][]; closing: string[][]; openingClosing: string[][] } {
  const file = resolve(process.env.LM_PHRASES_FILE ?? join(repoRoot, 'dictionaries', 'domain-phrases.txt'));
  const parsed = parsePhrases(file, readFileSync(file, 'utf8'));
  if (parsed.issues.length > 0) throw new Error(parsed.issues.map((i) => `${i.file}:${i.line}: ${i.message}`).join('\n'));
  const opening: string[][] = [];
  const inner: string[][] = [];
  const closing: string[][] = [];
  const openingClosing: string[][] = [];
  for (const { value } of parsed.entries) {
    const parts = lmSentencesOfCleanText(value.phrase);
    const opens = /^\p{Lu}/u.test(value.phrase);
    // A phrase ending in ; or . closes its sentence (Nơi nhận lines, `theo quy định.`).
    const closes = /[.;]$/u.test(value.phrase.trim());
    parts.forEach((part, index) => {
      const first = opens && index === 0;
      const last = closes && index === parts.length - 1;
      (first && last ? openingClosing : first ? opening : last ? closing : inner).push(part);
    });
  }
  return { opening, inner, closing, openingClosing };
}

/** The Ê Đê, Gia Rai and Ba Na family names of dictionaries/person-names.txt, lower case. */
function highlandSurnames(): string[] {
  const file = join(repoRoot, 'dictionaries', 'person-names.txt');
  return parsePersonNames(file, readFileSync(file, 'utf8')).highland ?? [];
}

/** Surname–middle and middle–given pairs of dictionaries/person-names.txt (see scripts/lm/person-names.ts). */
function personNames(): string[][] {
  const file = join(repoRoot, 'dictionaries', 'person-names.txt');
  return personNameFragments(parsePersonNames(file, readFileSync(file, 'utf8')));
}

function wordListSyllables(): Map<string, number> {
  const text = normalizeVietnamese(readFileSync(join(corpusDir, 'hongocduc-viet74k', 'Viet74K.txt'), 'utf8'));
  const counts = new Map<string, number>();
  for (const word of text.match(/\p{L}+/gu) ?? []) {
    if (!isWellFormedSyllable(word)) continue;
    const syllable = canonicalSyllable(word);
    counts.set(syllable, (counts.get(syllable) ?? 0) + 1);
  }
  return counts;
}

/**
 * The word list's compound words (`bóng đá`, `cầu lông`) as LM fragments: the law texts miss much everyday
 * vocabulary, and a compound's syllable pairs are knowledge the decoder can use. Only the counts are kept.
 */
function wordListCompounds(): string[][] {
  const text = normalizeVietnamese(readFileSync(join(corpusDir, 'hongocduc-viet74k', 'Viet74K.txt'), 'utf8'));
  const compounds: string[][] = [];
  for (const line of text.split('\n')) {
    const words = line.trim().toLowerCase().split(/\s+/u);
    if (words.length < 2 || !words.every((w) => isWellFormedSyllable(w))) continue;
    compounds.push(words.map((w) => canonicalSyllable(w)));
  }
  return compounds;
}

function main(): void {
  const started = performance.now();
  const law = lawTexts();
  const plan = lmSentencesOfCleanText(cleanPlanText());
  const corpus = planCorpus();
  const phrases = domainPhrases();
  const wordList = wordListSyllables();
  const general = GENERAL_WEIGHT > 0 || GENERAL_HEADWORD_WEIGHT > 0 ? generalDictionaryCorpus(loadGeneralDictionary(), GENERAL_PARTS) : { texts: [], headwords: [] };

  const inventory = new Set<string>();
  for (const [syllable, count] of wordList) if (count >= MIN_WORDLIST_SYLLABLE_COUNT) inventory.add(syllable);
  const names = personNames();
  // Highland family names (Niê, Ksor) are candidates, like the gazetteer's name syllables.
  for (const syllable of highlandSurnames()) inventory.add(syllable);
  for (const sentences of [law.sentences, plan, corpus.sentences, phrases.opening, phrases.inner, phrases.closing, phrases.openingClosing, ...(NAME_WEIGHT > 0 ? [names] : [])])
    for (const sentence of sentences) for (const token of sentence) if (isWellFormedSyllable(token)) inventory.add(token);
  // The gazetteer's Highland and North-West names (Krông, Ksor) are candidates too, validated as such by dict check.
  for (const sentences of [phrases.opening, phrases.inner, phrases.closing, phrases.openingClosing])
    for (const sentence of sentences) for (const token of sentence) if (isMinorityNameSyllable(token)) inventory.add(token);

  const texts: CountedText[] = [
    { sentences: law.sentences, weight: 1, fragment: false },
    { sentences: plan, weight: PLAN_TEXT_WEIGHT, fragment: false },
    ...(PLAN_CORPUS_WEIGHT > 0 && corpus.sentences.length > 0 ? [{ sentences: corpus.sentences, weight: PLAN_CORPUS_WEIGHT, fragment: false }] : []),
    { sentences: phrases.inner, weight: PHRASE_WEIGHT, fragment: true },
    { sentences: phrases.opening, weight: PHRASE_WEIGHT, fragment: true, opensSentence: true },
    { sentences: phrases.closing, weight: PHRASE_WEIGHT, fragment: true, closesSentence: true },
    { sentences: phrases.openingClosing, weight: PHRASE_WEIGHT, fragment: true, opensSentence: true, closesSentence: true },
    ...(NAME_WEIGHT > 0 ? [{ sentences: names, weight: NAME_WEIGHT, fragment: true }] : []),
    ...(GENERAL_WEIGHT > 0 ? [{ sentences: general.texts, weight: GENERAL_WEIGHT, fragment: GENERAL_AS_FRAGMENTS, unseenBigramsOnly: GENERAL_UNSEEN_BIGRAMS_ONLY, knownVocabularyOnly: GENERAL_KNOWN_ONLY, continuationWeight: GENERAL_CONTINUATION_WEIGHT }] : []),
    ...(GENERAL_HEADWORD_WEIGHT > 0 ? [{ sentences: general.headwords, weight: GENERAL_HEADWORD_WEIGHT, fragment: true, unseenBigramsOnly: GENERAL_UNSEEN_BIGRAMS_ONLY, knownVocabularyOnly: GENERAL_KNOWN_ONLY, continuationWeight: GENERAL_CONTINUATION_WEIGHT }] : []),
    ...(WORD_LIST_WEIGHT > 0 ? [{ sentences: wordListCompounds(), weight: WORD_LIST_WEIGHT, fragment: true, unseenBigramsOnly: WORD_LIST_BIGRAMS_ONLY }] : []),
  ];
  const lawTokens = law.sentences.reduce((sum, s) => sum + s.length, 0);
  const tables = buildKneserNey(texts, {
    extraVocabulary: [...inventory, NUMBER_TOKEN, COMMA_TOKEN],
    minTokenCount: 2,
    minTrigramCount: Number(process.env.LM_MIN_TRIGRAM_COUNT ?? 1),
    minSecondaryTrigramCount: GENERAL_MIN_TRIGRAM_COUNT,
    unknownToken: UNKNOWN_TOKEN,
    header: {
      version: '',
      sources: {
        lawFiles: law.files,
        lawTokens,
        planTextTokens: plan.reduce((sum, s) => sum + s.length, 0),
        planCorpusFiles: corpus.files,
        planCorpusTokens: corpus.sentences.reduce((sum, s) => sum + s.length, 0),
        planCorpusWeight: PLAN_CORPUS_WEIGHT,
        phraseFragments: phrases.inner.length + phrases.opening.length + phrases.closing.length + phrases.openingClosing.length,
        personNameFragments: names.length,
        personNameWeight: NAME_WEIGHT,
        phraseWeight: PHRASE_WEIGHT,
        planTextWeight: PLAN_TEXT_WEIGHT,
        wordListCompoundWeight: WORD_LIST_WEIGHT,
        // Written only when used, so a build without the general corpus reproduces the earlier model byte for byte.
        ...(general.texts.length > 0
          ? {
              generalDictionaryTokens: general.texts.reduce((sum, s) => sum + s.length, 0),
              generalDictionaryWeight: GENERAL_WEIGHT,
              generalHeadwordWeight: GENERAL_HEADWORD_WEIGHT,
              generalDictionaryParts: GENERAL_PARTS,
              generalDictionaryContinuationWeight: GENERAL_CONTINUATION_WEIGHT,
              generalDictionaryMinTrigramCount: GENERAL_MIN_TRIGRAM_COUNT,
              generalDictionaryKnownVocabularyOnly: GENERAL_KNOWN_ONLY ? 1 : 0,
              generalDictionaryMode: GENERAL_UNSEEN_BIGRAMS_ONLY ? 'unseen bigrams only' : GENERAL_AS_FRAGMENTS ? 'fragments' : 'sentences',
            }
          : {}),
        smoothing: 'interpolated modified Kneser-Ney, trigrams below the minimum count pruned',
      },
    },
  });
  const provisional = serializeLm(tables);
  tables.header.version = `kn3-${createHash('sha256').update(provisional).digest('hex').slice(0, 12)}`;
  const model = serializeLm(tables);
  writeFileSync(join(OUT_DIR, LM_FILE), model);

  const sortedInventory = [...inventory].sort((a, b) => a.localeCompare(b, 'vi'));
  writeFileSync(
    join(OUT_DIR, 'syllables.txt'),
    `# Well-formed Vietnamese syllables (canonical old tone placement), derived by scripts/build-lm.ts from the\n` +
      `# Viet74K word list and the language-model training text, and the minority-name syllables of the genre\n` +
      `# phrases' place names (krông, ksor). Regenerate; do not edit by hand.\n` +
      `${sortedInventory.join('\n')}\n`,
  );
  // The candidate index is enumerated from the inventory and the model's vocabulary: rebuild it with them.
  writeCandidateIndex(OUT_DIR);
  console.log(
    `vocabulary ${tables.header.unigrams}, bigrams ${tables.header.bigrams}, trigrams ${tables.header.trigrams}, ` +
      `inventory ${inventory.size}, law tokens ${lawTokens}, plan corpus ${corpus.files} files ${corpus.sentences.reduce((sum, s) => sum + s.length, 0)} tokens ` +
      `(weight ${PLAN_CORPUS_WEIGHT}), model ${(model.length / 1e6).toFixed(2)} MB, ` +
      `${((performance.now() - started) / 1000).toFixed(1)} s, version ${tables.header.version}`,
  );
}

main();
