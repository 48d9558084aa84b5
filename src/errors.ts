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

/**
 * Several mistakes found in one pass, one per line as a compiler lists them, so the user fixes
 * them all in one go. The CLI prints "pm: " before the message; each further line gets it too.
 */
export class UserErrors extends UserError {
  constructor(readonly lines: string[]) {
    super(lines.join("\npm: "), 2);
    this.name = "UserErrors";
  }
}

/** Ctrl-C at a prompt: nothing was written, exit like a shell does on SIGINT. */
export class Cancelled extends UserError {
  constructor() {
    super("Cancelled: nothing was written.", 130);
    this.name = "Cancelled";
  }
}
