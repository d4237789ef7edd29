/**
 * A WorkbookSpec the writer cannot turn into a file Excel opens cleanly (a bug in whoever built the spec, never
 * a user-data problem: core keeps user text within bounds before it reaches a spec).
 */
export class WorkbookSpecError extends Error {
  /** Where in the spec the problem is, e.g. `sheet "Chỉ tiêu", validation J5:J20`. */
  readonly where: string;

  constructor(where: string, message: string) {
    super(`${where}: ${message}`);
    this.name = 'WorkbookSpecError';
    this.where = where;
  }
}
