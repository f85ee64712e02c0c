// Version 5: a person's accounts are read from the index alone. A scheduler pass looks up the accounts of
// thousands of recipients at once; with platform, tenant and user in the person index no table row is visited
// (and they come out in the order a person's identities are listed). It replaces the narrower person index.
import type { Migration } from './types.js';

const SQL = `
CREATE INDEX identities_person_accounts ON identities(person_id, platform, tenant_id, user_id);
DROP INDEX identities_person;
`;

/** Replaces identities_person with a covering index of a person's accounts. */
export const migration005: Migration = {
  version: 5,
  name: 'identities-by-person',
  up(db) {
    db.exec(SQL);
  },
};
