/** Minimal types for wink-bm25-text-search 3.x (CommonJS, ships no types): only what the bench uses. */
declare module 'wink-bm25-text-search' {
  type PrepTask = (input: never) => unknown;

  interface WinkBM25Config {
    fldWeights: Record<string, number>;
    bm25Params?: { k1?: number; b?: number; k?: number };
    ovFldNames?: string[];
  }

  interface WinkBM25 {
    defineConfig(config: WinkBM25Config): boolean;
    definePrepTasks(tasks: PrepTask[], field?: string): number;
    addDoc(doc: Record<string, string>, id: string | number): number;
    consolidate(fp?: number): boolean;
    /** Returns up to `limit` (default 10) `[id, score]` pairs, best first. */
    search(text: string, limit?: number): [string, number][];
  }

  function bm25(): WinkBM25;
  export default bm25;
}
