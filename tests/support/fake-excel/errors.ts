/** Errors shaped like OfficeExtension.Error (name "RichApi.Error", a string `code`, `debugInfo.errorLocation`). */

/** An error the fake host raises, with the code real Excel would use. */
export class FakeOfficeError extends Error {
  override readonly name = 'RichApi.Error';
  readonly debugInfo: { code: string; message: string; errorLocation?: string };

  /** An error with an Office error code and, optionally, the API that failed. */
  constructor(
    readonly code: string,
    message: string,
    location?: string,
  ) {
    super(message);
    this.debugInfo = { code, message, ...(location ? { errorLocation: location } : {}) };
  }
}

/** Throws a FakeOfficeError. */
export function fail(code: string, message: string, location?: string): never {
  throw new FakeOfficeError(code, message, location);
}

/** The message real Office.js gives when a property is read before load + sync. */
export function notLoaded(property: string): never {
  return fail(
    'PropertyNotLoaded',
    `The property '${property}' is not available. Before reading the property's value, call the load method on the ` +
      'containing object and call "context.sync()" on the associated request context.',
  );
}
