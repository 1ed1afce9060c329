export interface WhoSaidAnswer {
  /** Text of the top answer: a quotation for Archivist, a whole passage for the peers. */
  text: string | null;
  /** True when the answer is an attributed quotation, not a bare passage. */
  quotation: boolean;
}

/** One engine under measurement, built over the passages of the corpus. */
export interface BenchEngine {
  /** How the who-said and autocomplete workloads run on this engine, shown in the table. */
  readonly modes: { whoSaid: string; autocomplete: string };
  /** The top ten results of a topic search. */
  search(query: string): unknown[];
  whoSaid(phrase: string): WhoSaidAnswer;
  autocomplete(prefix: string): unknown[];
}
