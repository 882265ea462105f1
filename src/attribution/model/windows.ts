/** @module The stretch of tokens a cue's source and content may lie in: its sentence, widened to the quotes around it. */
import type { TokenContext } from "./features.ts";

/** How far a window may reach around the cue's sentence, in tokens. */
const MAX_WINDOW = 160;

/** Tokens `from` (inclusive) to `to` (exclusive). */
export interface TokenRange {
  readonly from: number;
  readonly to: number;
}

/** The cue's sentence, widened to the quotation marks around it. */
export function windowOf(ctx: TokenContext, cue: TokenRange): TokenRange {
  let from = ctx.sentStart[cue.from] as number;
  let to = ctx.sentEnd[cue.to - 1] as number;
  const floor = Math.max(0, cue.from - MAX_WINDOW);
  const ceiling = Math.min(ctx.n, cue.to + MAX_WINDOW);
  while (from > floor && (ctx.quoteOf[from] as number) >= 0 && ctx.quoteOf[from - 1] === ctx.quoteOf[from])
    from--;
  while (to < ceiling && (ctx.quoteOf[to - 1] as number) >= 0 && ctx.quoteOf[to] === ctx.quoteOf[to - 1])
    to++;
  // A sentence that ends inside a quote goes on to the end of the sentence that closes it.
  if (to < ceiling && to > 0 && (ctx.quoteOf[to - 1] as number) >= 0)
    to = Math.min(ceiling, ctx.sentEnd[to] as number);
  return { from, to };
}
