// botbuilder's CloudAdapter, opened just enough to run a turn on a request we authenticated
// ourselves (so every auth failure is our 401, not botbuilder's 500 with an error text).
import { CloudAdapter, type Activity, type InvokeResponse, type TurnContext } from 'botbuilder';
import type { TeamsAuthResult } from './auth.js';

/** CloudAdapter with a public entry point taking a pre-computed authentication result. */
export class TeamsCloudAdapter extends CloudAdapter {
  /** Runs the middleware pipeline and `logic` for one activity; returns the invoke response, if any. */
  runAuthenticated(
    auth: TeamsAuthResult,
    activity: Activity,
    logic: (context: TurnContext) => Promise<void>,
  ): Promise<InvokeResponse | undefined> {
    return this.processActivity(auth, activity, logic);
  }
}
