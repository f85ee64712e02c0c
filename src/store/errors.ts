// Typed errors of the SQLite store.

/** The database file was written by a newer release than this code knows. */
export class SchemaVersionError extends Error {
  constructor(public readonly found: number, public readonly known: number) {
    super(`database schema version ${found} is newer than this release knows (${known}); upgrade verzuimbot`);
    this.name = 'SchemaVersionError';
  }
}

/** A read-only store was opened on a database that still needs migrating. */
export class SchemaNotMigratedError extends Error {
  constructor(public readonly found: number, public readonly known: number) {
    super(`database schema version ${found} needs migrating to ${known}; start verzuimbot once to migrate`);
    this.name = 'SchemaNotMigratedError';
  }
}

/** The audit purge was asked to delete entries younger than the minimum audit retention. */
export class AuditRetentionError extends Error {
  constructor(cutoff: string) {
    super(`audit entries are kept at least two years; cutoff ${cutoff} is too recent`);
    this.name = 'AuditRetentionError';
  }
}

/** A write named a record that does not exist (e.g. settings of an unknown employer). */
export class UnknownRecordError extends Error {
  constructor(public readonly kind: string, public readonly id: string) {
    super(`${kind} ${id} does not exist`);
    this.name = 'UnknownRecordError';
  }
}
