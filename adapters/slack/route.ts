// Where the replies to one inbound payload go.

/** Reply routing for one inbound Slack payload. */
export interface ReplyRoute {
  teamId: string;
  userId: string;
  /** Opens a modal (valid about 3 seconds, once). */
  triggerId?: string;
  /** Ephemeral replies for slash commands and buttons in ephemeral messages. */
  responseUrl?: string;
  /** A DM channel to post in; without it (and without responseUrl) replies go to the user's DM. */
  channelId?: string;
}
