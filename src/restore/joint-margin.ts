/**
 * The margin a change of a printed word must clear, measured against the best text that KEEPS the word, not against
 * keeping it while its neighbours stay as the change wanted them.
 *
 * A correct printed word next to a garbled one is broken in pairs: the search reads the garbled neighbour as whatever
 * forms a known pair with a changed reading of the printed word (tu bd → từ bỏ, where tu bổ was meant). Measured with
 * the neighbour fixed at its chosen reading, keeping the printed word looks hopeless (tu bỏ), so the change clears any
 * margin. With the neighbour free to take the reading that suits the kept word (tu bổ), the two texts may be a near
 * tie, and a near tie leaves a valid printed word as it is.
 */

export interface WindowReading {
  lmId: number;
  /** Channel score, keep bonuses included. */
  channel: number;
}

export interface TrigramModel {
  logProb(w1: number, w2: number, w3: number): number;
}

export interface WindowContext {
  lm: TrigramModel;
  startId: number;
  endId: number;
  channelWeight: number;
}

/** A neighbour whose reading may change with the word: its readings and the one the search chose. */
export interface FreeNeighbour {
  position: number;
  readings: readonly WindowReading[];
  chosen: number;
  /** Indices of `readings` tried (all when absent). */
  tried?: readonly number[];
}

export interface JointGap {
  /** Score of the chosen text minus the best text that keeps the printed word (neighbours re-chosen). */
  gap: number;
  /** For each free neighbour, the reading index it takes in that best kept text. */
  picks: Map<number, number>;
}

/** The LM id at a position of the segment, with the sentence start before it and the end after it. */
function idAt(ids: Int32Array, position: number, context: WindowContext): number {
  if (position < -1) return -1;
  if (position === -1) return context.startId;
  if (position >= ids.length) return position === ids.length ? context.endId : -1;
  return ids[position] as number;
}

/** Sum of the trigrams ending at `from` … `to` (those past the sentence end are skipped). */
function trigramSum(ids: Int32Array, from: number, to: number, context: WindowContext): number {
  let sum = 0;
  for (let end = Math.max(0, from); end <= Math.min(to, ids.length); end += 1) {
    sum += context.lm.logProb(idAt(ids, end - 2, context), idAt(ids, end - 1, context), idAt(ids, end, context));
  }
  return sum;
}

/**
 * The gap between the chosen text and the best text that keeps the word at `index`, over the window of the word and
 * its free neighbours (every trigram one of them takes part in, and their channel scores). `ids` is the chosen path;
 * it is left as it was.
 */
export function jointKeepGap(
  ids: Int32Array,
  index: number,
  chosen: WindowReading,
  kept: WindowReading,
  neighbours: readonly FreeNeighbour[],
  context: WindowContext,
): JointGap {
  const positions = [index, ...neighbours.map((n) => n.position)];
  const from = Math.min(...positions);
  const to = Math.max(...positions) + 2;
  const channelOf = (reading: WindowReading): number => context.channelWeight * reading.channel;
  // The path is changed in place while the window is scored and put back before returning.
  const work = ids;
  const saved = positions.map((position) => ids[position] as number);
  const chosenScore =
    trigramSum(work, from, to, context) +
    channelOf(chosen) +
    neighbours.reduce((t, n) => t + channelOf(n.readings[n.chosen] as WindowReading), 0);
  work[index] = kept.lmId;
  let best = -Infinity;
  const picks = new Map<number, number>();
  const current = neighbours.map((n) => n.chosen);
  const visit = (k: number, channels: number): void => {
    if (k === neighbours.length) {
      const score = trigramSum(work, from, to, context) + channels;
      if (score > best) {
        best = score;
        neighbours.forEach((n, j) => picks.set(n.position, current[j] as number));
      }
      return;
    }
    const neighbour = neighbours[k] as FreeNeighbour;
    const tried = neighbour.tried ?? neighbour.readings.map((_, r) => r);
    for (const r of tried) {
      const reading = neighbour.readings[r] as WindowReading;
      work[neighbour.position] = reading.lmId;
      current[k] = r;
      visit(k + 1, channels + channelOf(reading));
    }
  };
  visit(0, channelOf(kept));
  positions.forEach((position, k) => {
    work[position] = saved[k] as number;
  });
  return { gap: chosenScore - best, picks };
}

