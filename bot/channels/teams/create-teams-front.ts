import { readFileSync } from 'node:fs';
import { Application, type TurnState } from '@microsoft/teams-ai';
import {
  type Activity,
  CardFactory,
  type ConfigurationBotFrameworkAuthenticationOptions,
  type ConversationReference,
  MessageFactory,
  TeamsInfo,
  TurnContext,
} from 'botbuilder';
import {
  AuthenticationConstants,
  CertificateServiceClientCredentialsFactory,
  type ConnectorClient,
} from 'botframework-connector';
import { CallerIdConstants } from 'botframework-schema';
import { renderAdaptiveCard } from '../../../adaptive-cards/index.js';
import type { TeamsSettings } from '../../../config/index.js';
import { type Bot, type Logger, languageOf, type Reply, stillWorkingText } from '../../core/index.js';
import type { ChannelFront } from '../channel.js';
import { readJson } from '../read-json.js';
import { activityProblem } from './activity-schema.js';
import { StrictTeamsAdapter } from './strict-teams-adapter.js';
import { TEAMS, toEvent } from './to-event.js';

/** Where a Teams conversation is: botbuilder's reference, as TurnContext gives it and the store keeps it. */
export type TeamsReference = Partial<ConversationReference>;

export type TeamsFront = ChannelFront<TeamsReference>;

/** Where the Bot Framework posts activities (the messaging endpoint of the bot's registration). */
export const TEAMS_PATH = '/api/messages';

/** A reference kept by the store is this channel's when it names its conversation. */
function isTeamsReference(stored: unknown): stored is TeamsReference {
  const conversation = (stored as { conversation?: { id?: unknown } } | null)?.conversation;
  return typeof conversation?.id === 'string';
}

/**
 * The Teams front: a teams-ai Application on botbuilder's CloudAdapter (TeamsAdapter) that turns
 * activities into bot/core events and the replies into Adaptive Cards. With an app id, every
 * request must carry a valid Bot Framework token (401 otherwise, before anything changes).
 */
export function createTeamsFront(bot: Bot, credentials: TeamsSettings, log: Logger): TeamsFront {
  const credentialsFactory =
    credentials.credentialsFactory ??
    (credentials.appId && credentials.certificate
      ? new CertificateServiceClientCredentialsFactory(
          credentials.appId,
          credentials.certificate.thumbprint,
          readFileSync(credentials.certificate.keyFile, 'utf8'),
          credentials.tenantId,
        )
      : undefined);
  const auth: ConfigurationBotFrameworkAuthenticationOptions = {
    MicrosoftAppId: credentials.appId ?? '',
    MicrosoftAppPassword: credentials.appPassword ?? '',
    MicrosoftAppType: credentials.appId ? (credentials.appType ?? 'SingleTenant') : 'MultiTenant',
    MicrosoftAppTenantId: credentials.tenantId ?? '',
    ...(credentials.openIdMetadataUrl ? publicCloudWith(credentials.openIdMetadataUrl) : {}),
  } as ConfigurationBotFrameworkAuthenticationOptions;
  const adapter = new StrictTeamsAdapter(auth, credentialsFactory, log, Boolean(credentials.appId));
  adapter.onTurnError = async (context, error) => {
    log.error({ err: error, activityId: context.activity?.id }, 'teams turn failed');
  };
  const app = new Application<TurnState>({
    adapter,
    botAppId: credentials.appId ?? '',
    removeRecipientMention: true,
    startTypingTimer: false,
    longRunningMessages: false,
  });

  const eventOf = (context: TurnContext) => {
    const event = toEvent(context.activity);
    if (event && context.activity.channelId === 'msteams') {
      event.lookupEmail = async () => {
        const member = await TeamsInfo.getMember(context, context.activity.from.id);
        return member.email ?? member.userPrincipalName;
      };
    }
    return event;
  };

  const run = async (context: TurnContext) => {
    const event = eventOf(context);
    if (!event) return;
    const result = await bot.receive(event);
    for (const reply of result.replies) await context.sendActivity(toActivity(reply));
  };

  app.activity('message', async (context) => {
    await run(context);
  });
  // An install is announced by installationUpdate (Teams) and by conversationUpdate (Teams too, and
  // alone by the Bot Framework Emulator, Web Chat and Direct Line): the core welcomes once, on the first.
  app.conversationUpdate('membersAdded', async (context) => {
    const botId = context.activity.recipient?.id;
    const personal = (context.activity.conversation?.conversationType ?? 'personal') === 'personal';
    if (personal || context.activity.membersAdded?.some((m) => m.id === botId)) await run(context);
  });
  app.conversationUpdate('membersRemoved', async (context) => {
    const botId = context.activity.recipient?.id;
    if (context.activity.membersRemoved?.some((m) => m.id === botId)) await run(context);
  });
  app.activity('installationUpdate', async (context) => {
    if (context.activity.action === 'add' || context.activity.action === 'remove') await run(context);
  });
  // Teams waits a few seconds for an invoke: past the deadline it is answered "still working"
  // and the result follows as a proactive message to the same conversation.
  const deadline = credentials.invokeDeadlineMs ?? 4000;
  app.adaptiveCards.actionExecute(/^[a-z_]+\.[a-z_]+$/, async (context) => {
    const event = eventOf(context);
    if (!event) return '';
    const work = bot.receive(event);
    const result = await Promise.race([work, new Promise<null>((resolve) => setTimeout(resolve, deadline, null))]);
    if (result === null) {
      const reference = TurnContext.getConversationReference(context.activity);
      work
        .then(async (late) => {
          for (const reply of [...(late.update ? [{ card: late.update }] : []), ...late.replies]) await notify(reference, reply);
        })
        .catch((error) => log.error({ err: error }, 'late card action result could not be delivered'));
      return stillWorkingText(languageOf(event));
    }
    for (const reply of result.replies) await context.sendActivity(toActivity(reply));
    if (result.update) return renderAdaptiveCard(result.update);
    return result.replies.find((r) => r.text)?.text ?? '';
  });

  /**
   * A proactive call on the Bot Framework connector, with `signal` passed down to the HTTP request
   * (context.sendActivity has no way to take one), so the notifier's time limit really ends it.
   */
  async function proactive<T>(
    reference: TeamsReference,
    reply: Reply,
    call: (conversations: ConnectorClient['conversations'], activity: Partial<Activity>) => Promise<T>,
  ): Promise<T> {
    let result: T | undefined;
    await adapter.continueConversationAsync(credentials.appId ?? '', reference, async (context) => {
      const connector = context.turnState.get<ConnectorClient>(adapter.ConnectorClientKey);
      const from = TurnContext.getConversationReference(context.activity);
      result = await call(connector.conversations, TurnContext.applyConversationReference(toActivity(reply), from));
    });
    return result as T;
  }

  async function notify(reference: TeamsReference, reply: Reply, _key?: string, signal?: AbortSignal) {
    return proactive(reference, reply, async (conversations, a) => {
      // As context.sendActivity does: the continuation's id is the replyToId (Teams starts a new message).
      const sent = a.replyToId
        ? await conversations.replyToActivity(a.conversation!.id, a.replyToId, a, { abortSignal: signal })
        : await conversations.sendToConversation(a.conversation!.id, a, { abortSignal: signal });
      return sent.id;
    });
  }

  async function update(reference: TeamsReference, activityId: string, reply: Reply, signal?: AbortSignal) {
    await proactive(reference, reply, (conversations, a) =>
      conversations.updateActivity(a.conversation!.id, activityId, { ...a, id: activityId }, { abortSignal: signal }),
    );
  }

  return {
    name: TEAMS,
    path: TEAMS_PATH,
    localMode: !credentials.appId,
    async handle(req, res) {
      await readJson(req, res);
      const problem = activityProblem(req.body);
      if (problem) {
        res.status(400).json({ error: problem });
        return;
      }
      await adapter.process(req, res, (context) => app.run(context).then(() => undefined));
    },
    sender: {
      reference: (stored) => (isTeamsReference(stored) ? stored : undefined),
      notify,
      update,
      // A Teams app cannot find a chat by itself: it needs the reference from an install or a message.
      locate: async () => undefined,
    },
  };
}

/** Setting one endpoint switches botbuilder to explicit settings: give it the public cloud's others. */
function publicCloudWith(openIdMetadataUrl: string) {
  return {
    ToBotFromChannelOpenIdMetadataUrl: openIdMetadataUrl,
    ToBotFromChannelTokenIssuer: AuthenticationConstants.ToBotFromChannelTokenIssuer,
    ToBotFromEmulatorOpenIdMetadataUrl: AuthenticationConstants.ToBotFromEmulatorOpenIdMetadataUrl,
    ToChannelFromBotLoginUrl: AuthenticationConstants.ToChannelFromBotLoginUrl,
    ToChannelFromBotOAuthScope: AuthenticationConstants.ToChannelFromBotOAuthScope,
    OAuthUrl: AuthenticationConstants.OAuthUrl,
    CallerId: CallerIdConstants.PublicAzureChannel,
    ValidateAuthority: true,
  };
}

function toActivity(reply: Reply): Partial<Activity> {
  if (!reply.card) return MessageFactory.text(reply.text);
  const activity = MessageFactory.attachment(CardFactory.adaptiveCard(renderAdaptiveCard(reply.card)));
  if (reply.text) activity.summary = reply.text.split('\n')[0];
  return activity;
}
