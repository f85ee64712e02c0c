// Person fields may carry an internal person id (e.g. "ziek @Piet" pre-fills Piet); Slack's users_select
// can only pre-select a Slack user, so the id is swapped for that person's Slack identity in this workspace.
import type { UiForm } from '../../src/core/ui.js';
import type { PeopleRepo } from '../../src/ports/store.js';

const SLACK_USER = /^[UW][A-Z0-9]{2,}$/;

/** The form with person defaults as Slack user ids ('self' and Slack ids stay; unknown ids are dropped). */
export function withSlackUserIds(form: UiForm, people: Pick<PeopleRepo, 'get'>, teamId: string): UiForm {
  if (!form.fields.some((f) => f.type === 'person' && f.initial && f.initial !== 'self' && !SLACK_USER.test(f.initial))) return form;
  return {
    ...form,
    fields: form.fields.map((f) => {
      if (f.type !== 'person' || !f.initial || f.initial === 'self' || SLACK_USER.test(f.initial)) return f;
      const slack = people.get(f.initial)?.identities.find((i) => i.platform === 'slack' && (i.tenantId === teamId || i.tenantId === ''));
      const { initial: _dropped, ...rest } = f;
      return slack ? { ...rest, initial: slack.userId } : rest;
    }),
  };
}
