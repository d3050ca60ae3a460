import type { z } from 'zod/v4';
import { catalogFileSchema, type signal } from './schema/catalog.js';
import type { localized, words } from './schema/common.js';
import { handlingFileSchema, type permitDef } from './schema/handling.js';
import { descriptionsFileSchema, incidentsFileSchema, rolesFileSchema } from './schema/incidents.js';
import { classesFileSchema, clausesFileSchema, packFileSchema } from './schema/pack-file.js';

/**
 * The policy pack schema. A pack is a folder of YAML files a board can edit:
 * pack.yaml, classes.yaml, clauses.yaml, catalog.yaml, handling.yaml, roles.yaml.
 * Every field a person reads carries Japanese and English.
 */

export { catalogFileSchema, namesOf } from './schema/catalog.js';
export { handlingFileSchema } from './schema/handling.js';
export { descriptionsFileSchema, incidentsFileSchema, rolesFileSchema } from './schema/incidents.js';
export { classesFileSchema, clausesFileSchema, packFileSchema } from './schema/pack-file.js';

export const PACK_FILES = {
  'pack.yaml': packFileSchema,
  'classes.yaml': classesFileSchema,
  'clauses.yaml': clausesFileSchema,
  'catalog.yaml': catalogFileSchema,
  'handling.yaml': handlingFileSchema,
  'roles.yaml': rolesFileSchema,
  'incidents.yaml': incidentsFileSchema,
  'descriptions.yaml': descriptionsFileSchema,
} as const;

export type PackFile = z.infer<typeof packFileSchema>;
export type ClassDef = z.infer<typeof classesFileSchema>['classes'][number];
export type ClauseDef = z.infer<typeof clausesFileSchema>['clauses'][number];
export type CatalogFile = z.infer<typeof catalogFileSchema>;
export type CatalogItem = CatalogFile['items'][number];
export type VagueTerm = CatalogFile['vague'][number];
export type HandlingFile = z.infer<typeof handlingFileSchema>;
export type ActionDef = HandlingFile['actions'][number];
export type HandlingRule = HandlingFile['rules'][number];
export type SituationDef = HandlingFile['situations'][number];
export type PermitDef = z.infer<typeof permitDef>;
export type RoleDef = z.infer<typeof rolesFileSchema>['roles'][number];
export type AboutRuleWords = NonNullable<z.infer<typeof rolesFileSchema>['about_rule']>;
export type IncidentsFile = z.infer<typeof incidentsFileSchema>;
export type IncidentKind = IncidentsFile['kinds'][number];
export type IncidentChain = NonNullable<IncidentsFile['chain']>;
export type ChainRoute = IncidentChain['routes'][number];
export type ChainStep = ChainRoute['steps'][number];
export type Words = z.infer<typeof words>;
export type Localized = z.infer<typeof localized>;
export type Signal = z.infer<typeof signal>;
export type ClassifySettings = NonNullable<PackFile['classify']>;
export type ColumnKind = ClassifySettings['columns'][number];
export type ProseSettings = NonNullable<ClassifySettings['prose']>;
export type Matter = ProseSettings['matters'][number];
