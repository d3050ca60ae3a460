import { Application, type TurnState } from '@microsoft/teams-ai';
import {
  type Activity,
  CardFactory,
  type ConfigurationBotFrameworkAuthenticationOptions,
  type ConversationReference,
  MessageFactory,
  type Request,
  type Response,
  type TurnContext,
} from 'botbuilder';
import { AuthenticationConstants, type ServiceClientCredentialsFactory } from 'botframework-connector';
import { CallerIdConstants } from 'botframework-schema';
import { renderAdaptiveCard } from '../../adaptive-cards/index.js';
import type { Bot, Logger, Reply } from '../core/index.js';
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
}

/** Reads botbuilder's standard variables: MicrosoftAppId, MicrosoftAppPassword, MicrosoftAppType, MicrosoftAppTenantId. */
export function teamsCredentialsFromEnv(env: NodeJS.ProcessEnv = process.env): TeamsCredentials {
  return {
    appId: env.MicrosoftAppId || undefined,
    appPassword: env.MicrosoftAppPassword || undefined,
    appType: env.MicrosoftAppType || 'SingleTenant',
    tenantId: env.MicrosoftAppTenantId || undefined,
  };
}

export interface TeamsFront {
  /** Handles POST /api/messages. */
  process(req: Request, res: Response): Promise<void>;
  /** Sends a reply to a stored conversation (approvals, reminders). */
  notify(reference: Partial<ConversationReference>, reply: Reply): Promise<void>;
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
  const adapter = new StrictTeamsAdapter(auth, credentials.credentialsFactory);
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

  const run = async (context: TurnContext) => {
    const event = toEvent(context.activity);
    if (!event) return;
    const result = await bot.receive(event);
    for (const reply of result.replies) await context.sendActivity(toActivity(reply));
    return result;
  };

  app.activity('message', async (context) => {
    await run(context);
  });
  app.conversationUpdate('membersAdded', async (context) => {
    const botId = context.activity.recipient?.id;
    if (context.activity.membersAdded?.some((m) => m.id === botId)) await run(context);
  });
  app.activity('installationUpdate', async (context) => {
    if (context.activity.action === 'add') await run(context);
  });
  app.adaptiveCards.actionExecute(/^[a-z_]+\.[a-z_]+$/, async (context) => {
    const result = await run(context);
    if (result?.update) return renderAdaptiveCard(result.update);
    return result?.replies.find((r) => r.text)?.text ?? '';
  });

  return {
    localMode: !credentials.appId,
    process: (req, res) => adapter.process(req, res, (context) => app.run(context).then(() => undefined)),
    async notify(reference, reply) {
      await adapter.continueConversationAsync(credentials.appId ?? '', reference, async (context) => {
        await context.sendActivity(toActivity(reply));
      });
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
