/**
 * An error the user can fix: it is printed as one line, never with a stack trace.
 * Exit codes follow ESLint: 2 for usage, configuration and I/O failures.
 */
export class UserError extends Error {
  constructor(
    message: string,
    readonly exitCode: number = 2,
  ) {
    super(message);
    this.name = "UserError";
  }
}

/** Ctrl-C at a prompt: nothing was written, exit like a shell does on SIGINT. */
export class Cancelled extends UserError {
  constructor() {
    super("Cancelled: nothing was written.", 130);
    this.name = "Cancelled";
  }
}
