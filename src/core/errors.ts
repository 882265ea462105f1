/** @module Typed errors. "Not found" is a value (null, []); bad input throws one of these. */

/** An input that cannot be read or parsed. `file` names it; `message` says why, in one line. */
export class InputError extends Error {
  readonly file: string;

  constructor(file: string, cause: string) {
    super(cause);
    this.name = "InputError";
    this.file = file;
  }

  /** One line for stderr: `FILE: cause`. */
  toLine(): string {
    return `${this.file}: ${this.message}`;
  }
}

/** Wrong command-line usage: exit status 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "UsageError";
  }
}
