/**
 * @module A progress line on stderr for long ingests: only on a terminal and never with --quiet, so pipes and
 * logs stay clean. The total is unknown while streaming (a JSONL file may hold any number of articles), so it
 * counts rather than fills a bar.
 */
import cliProgress from "cli-progress";

export interface Progress {
  tick(source: string, ok: boolean): void;
  stop(): void;
}

const SILENT: Progress = { tick() {}, stop() {} };

export function startProgress(options: { quiet: boolean; stream?: NodeJS.WriteStream }): Progress {
  const stream = options.stream ?? process.stderr;
  if (options.quiet || !stream.isTTY) return SILENT;
  const bar = new cliProgress.SingleBar(
    {
      stream,
      format: "ingesting {value} documents · {failed} failed · {source}",
      hideCursor: true,
      clearOnComplete: true,
      fps: 10,
    },
    cliProgress.Presets.shades_classic,
  );
  let failed = 0;
  bar.start(Number.MAX_SAFE_INTEGER, 0, { failed, source: "" });
  return {
    tick(source, ok) {
      if (!ok) failed++;
      bar.increment(1, { failed, source: source.length > 50 ? `…${source.slice(-49)}` : source });
    },
    stop() {
      bar.stop();
    },
  };
}
