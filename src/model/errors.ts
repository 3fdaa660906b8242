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
  | 'E_STORE';

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

  /** `FILE:LINE: message`, the one line the CLI prints. */
  describe(): string {
    const where = [this.context.file, this.context.line].filter((x) => x !== undefined).join(':');
    return where ? `${where}: ${this.message}` : this.message;
  }
}
