/** Exit codes shared by every command: 0 clean, 1 mandatory violations, 2 bad input or usage. */
export const EXIT_OK = 0;
export const EXIT_VIOLATIONS = 1;
export const EXIT_BAD_INPUT = 2;

/** A problem with what the user gave the command; printed without a stack trace, exit 2. */
export class InputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "InputError";
  }
}

export class UsageError extends InputError {
  constructor(message: string) {
    super(message);
    this.name = "UsageError";
  }
}
