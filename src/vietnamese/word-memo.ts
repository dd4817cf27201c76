/**
 * Remembers a pure function's result per word, so a batch that meets the same words again and again computes
 * each once. Only short keys are remembered (a word, not a text), and the memory is emptied once it holds `limit`
 * entries, so it stays bounded over a long batch.
 */
export function memoisePerWord<V>(compute: (word: string) => V, limit = 50_000, maxKeyLength = 32): (word: string) => V {
  const values = new Map<string, V>();
  return (word: string): V => {
    if (word.length > maxKeyLength) return compute(word);
    let value = values.get(word);
    if (value === undefined) {
      value = compute(word);
      if (values.size >= limit) values.clear();
      values.set(word, value);
    }
    return value;
  };
}

/** Whether every UTF-16 unit of `text` is ASCII (no mark, no legacy eth, nothing NFC could change). */
export function isAscii(text: string): boolean {
  for (let i = 0; i < text.length; i += 1) if (text.charCodeAt(i) > 0x7f) return false;
  return true;
}
