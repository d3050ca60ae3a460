/** The Teams front: the only place (with its tests) that imports botbuilder or teams-ai. */
export { createTeamsFront, type TeamsCredentials, type TeamsFront, teamsCredentialsFromEnv } from './create-teams-front.js';
