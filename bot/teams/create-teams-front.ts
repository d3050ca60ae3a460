import { readFileSync } from 'node:fs';
import { Application, type TurnState } from '@microsoft/teams-ai';
import {
  type Activity,
  CardFactory,
  type ConfigurationBotFrameworkAuthenticationOptions,
  type ConversationReference,
  MessageFactory,
  type Request,
  type Response,
  TeamsInfo,
  TurnContext,
} from 'botbuilder';
import {
  AuthenticationConstants,
  CertificateServiceClientCredentialsFactory,
  type ConnectorClient,
  type ServiceClientCredentialsFactory,
} from 'botframework-connector';
import { CallerIdConstants } from 'botframework-schema';
import { renderAdaptiveCard } from '../../adaptive-cards/index.js';
import { type Bot, type Logger, languageOf, type Reply, stillWorkingText } from '../core/index.js';
import { StrictTeamsAdapter } from './strict-teams-adapter.js';
import { toEvent } from './to-event.js';

export interface TeamsCredentials {
  appId?: string;
  appPassword?: string;
  /** SingleTenant (default), MultiTenant or UserAssignedMSI. */
  appType?: string;
  tenantId?: string;
  /** Where the Bot Framework's signing keys are published; tests point it at a local fake. */
  openIdMetadataUrl?: string;
  /** For tests and certificates: how outgoing calls get their tokens. */
  credentialsFactory?: ServiceClientCredentialsFactory;
  /** How long a card action may take before Teams is answered "still working" (default 4 s). */
  invokeDeadlineMs?: number;
}

/**
 * Reads botbuilder's standard variables: MicrosoftAppId, MicrosoftAppPassword, MicrosoftAppType,
 * MicrosoftAppTenantId; or, instead of a password, a certificate: MicrosoftAppCertificateThumbprint
 * and MicrosoftAppCertificateKeyFile (the PEM private key, kept outside the repository).
 */
export function teamsCredentialsFromEnv(env: NodeJS.ProcessEnv = process.env): TeamsCredentials {
  const appId = env.MicrosoftAppId || undefined;
  const thumbprint = env.MicrosoftAppCertificateThumbprint;
  const keyFile = env.MicrosoftAppCertificateKeyFile;
  return {
    appId,
    appPassword: env.MicrosoftAppPassword || undefined,
    appType: env.MicrosoftAppType || 'SingleTenant',
    tenantId: env.MicrosoftAppTenantId || undefined,
    ...(appId && thumbprint && keyFile
      ? {
          credentialsFactory: new CertificateServiceClientCredentialsFactory(
            appId,
            thumbprint,
            readFileSync(keyFile, 'utf8'),
            env.MicrosoftAppTenantId,
          ),
        }
      : {}),
  };
}

export interface TeamsFront {
  /** Handles POST /api/messages. */
  process(req: Request, res: Response): Promise<void>;
  /** Sends a reply to a stored conversation (approvals, reminders); returns the message id. */
  notify(
    reference: Partial<ConversationReference>,
    reply: Reply,
    key?: string,
    signal?: AbortSignal,
  ): Promise<string | undefined>;
  /** Replaces a message the bot sent earlier (an approval card once decided). */
  update(reference: Partial<ConversationReference>, activityId: string, reply: Reply, signal?: AbortSignal): Promise<void>;
  /** True when no app id is set: requests are not authenticated, so serve on loopback only. */
  localMode: boolean;
}

/**
 * The Teams front: a teams-ai Application on botbuilder's CloudAdapter (TeamsAdapter) that turns
 * activities into bot/core events and the replies into Adaptive Cards. With an app id, every
 * request must carry a valid Bot Framework token (401 otherwise, before anything changes).
 */
export function createTeamsFront(bot: Bot, credentials: TeamsCredentials, log: Logger): TeamsFront {
  const auth: ConfigurationBotFrameworkAuthenticationOptions = {
    MicrosoftAppId: credentials.appId ?? '',
    MicrosoftAppPassword: credentials.appPassword ?? '',
    MicrosoftAppType: credentials.appId ? (credentials.appType ?? 'SingleTenant') : 'MultiTenant',
    MicrosoftAppTenantId: credentials.tenantId ?? '',
    ...(credentials.openIdMetadataUrl ? publicCloudWith(credentials.openIdMetadataUrl) : {}),
  } as ConfigurationBotFrameworkAuthenticationOptions;
  const adapter = new StrictTeamsAdapter(auth, credentials.credentialsFactory, log, Boolean(credentials.appId));
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
    reference: Partial<ConversationReference>,
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

  async function notify(reference: Partial<ConversationReference>, reply: Reply, _key?: string, signal?: AbortSignal) {
    return proactive(reference, reply, async (conversations, a) => {
      // As context.sendActivity does: the continuation's id is the replyToId (Teams starts a new message).
      const sent = a.replyToId
        ? await conversations.replyToActivity(a.conversation!.id, a.replyToId, a, { abortSignal: signal })
        : await conversations.sendToConversation(a.conversation!.id, a, { abortSignal: signal });
      return sent.id;
    });
  }

  async function update(reference: Partial<ConversationReference>, activityId: string, reply: Reply, signal?: AbortSignal) {
    await proactive(reference, reply, (conversations, a) =>
      conversations.updateActivity(a.conversation!.id, activityId, { ...a, id: activityId }, { abortSignal: signal }),
    );
  }

  return {
    localMode: !credentials.appId,
    process: (req, res) => adapter.process(req, res, (context) => app.run(context).then(() => undefined)),
    notify,
    update,
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
