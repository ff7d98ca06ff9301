/**
 * The answer `compute` gives for `key`, kept in `memo` so that asking again is a map read; the memo is emptied once
 * it holds `max` answers, so a long-running bot's memory stays bounded (like the stem cache). An undefined answer is
 * not kept: a lookup that may find nothing answers null.
 */
export function remembered<K, V>(memo: Map<K, V>, max: number, key: K, compute: (key: K) => V): V {
  let value = memo.get(key);
  if (value === undefined) {
    value = compute(key);
    if (memo.size >= max) memo.clear();
    memo.set(key, value);
  }
  return value;
}
