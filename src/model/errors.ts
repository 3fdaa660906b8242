export type ErrorCode =
  | 'E_INPUT_EMPTY'
  | 'E_INPUT_BINARY'
  | 'E_INPUT_ENCODING'
  | 'E_INPUT_JSON'
  | 'E_INPUT_XML'
  | 'E_INPUT_FIELD'
  | 'E_INPUT_MISSING'
  | 'E_INPUT_TOO_LARGE'
  | 'E_USAGE'
  | 'E_SPAN'
  | 'E_MODEL'
  | 'E_STORE'
  /** Input nested deeper than the parsers can take in linear time. */
  | 'E_INPUT_NESTING'
  /** Warnings: the input was read, with something changed or worth knowing. */
  | 'W_INPUT_REPAIRED'
  | 'W_INPUT_DUPLICATE'
  /** An HTML page too large or too deep for Readability in bounded time, read as plain text instead. */
  | 'W_INPUT_PLAIN_HTML';

/**
 * Broken input or misuse, with enough context to name the culprit in one line.
 * Bugs stay ordinary Errors so that they are never mistaken for bad input.
 */
export class ClaimgraphError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly context: { file?: string; line?: number; id?: string } = {},
  ) {
    super(message);
    this.name = 'ClaimgraphError';
  }

  /** A warning: the input was read (repaired, or replacing another), and the exit status does not change. */
  get warning(): boolean {
    return this.code.startsWith('W_');
  }

  /** `FILE:LINE: message`, the one line the CLI prints (`FILE: warning: message` for a warning). */
  describe(): string {
    const where = [this.context.file, this.context.line].filter((x) => x !== undefined).join(':');
    const message = this.warning ? `warning: ${this.message}` : this.message;
    return where ? `${where}: ${message}` : message;
  }
}
