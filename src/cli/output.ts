/** @module Writing to stdout without losing lines to back-pressure, and quietly stopping on a closed pipe. */

process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  // `dossier export --jsonl | head` closes the pipe early: that is not an error worth a stack trace
  if (error.code === "EPIPE") process.exit(0);
  throw error;
});

export async function write(text: string): Promise<void> {
  if (!process.stdout.write(text)) {
    await new Promise<void>((resolve) => process.stdout.once("drain", () => resolve()));
  }
}

export async function writeJsonLine(value: unknown): Promise<void> {
  await write(`${JSON.stringify(value)}\n`);
}

/** Pads or cuts to a column width, for tables meant for eyes, not scripts. */
export function cell(text: string | null | undefined, width: number): string {
  const value = (text ?? "—").replace(/\s+/g, " ");
  return value.length > width ? `${value.slice(0, width - 1)}…` : value.padEnd(width);
}
