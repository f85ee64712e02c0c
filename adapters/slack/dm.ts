// A person's DM channel with the bot: conversations.open once, then remembered in the key/value store.
import type { KeyValueStore } from '../../src/ports/store.js';
import type { SlackWebClient } from './webClient.js';

const NAMESPACE = 'slack.dm';

/** Finds (and remembers) DM channel ids per workspace user. */
export class DmChannels {
  /** Opens in flight, so concurrent sends to one new person share one conversations.open. */
  private readonly opening = new Map<string, Promise<string>>();

  constructor(private readonly client: SlackWebClient, private readonly kv: KeyValueStore) {}

  /** Remembers a DM channel seen in an event (message.im, app_home_opened, a DM button). */
  remember(teamId: string, userId: string, channel: string): void {
    const key = `${teamId}:${userId}`;
    if (this.kv.get<{ channel: string }>(NAMESPACE, key)?.channel !== channel) this.kv.set(NAMESPACE, key, { channel });
  }

  /** The DM channel id, opening the conversation when it is not known yet. */
  async channelFor(teamId: string, userId: string): Promise<string> {
    const key = `${teamId}:${userId}`;
    const known = this.kv.get<{ channel: string }>(NAMESPACE, key);
    if (known) return known.channel;
    let pending = this.opening.get(key);
    if (!pending) {
      pending = this.open(key, userId).finally(() => this.opening.delete(key));
      this.opening.set(key, pending);
    }
    return pending;
  }

  private async open(key: string, userId: string): Promise<string> {
    const res = await this.client.conversations.open({ users: userId });
    const channel = res.channel?.id;
    if (!channel) throw new Error('conversations.open returned no channel');
    this.kv.set(NAMESPACE, key, { channel });
    return channel;
  }
}
