import type { Pack } from './compile-pack.js';
import type { ClassId, Language } from './contract.js';
import type { ChainRoute, ChainStep, IncidentChain } from './schema.js';

/**
 * The chain a report travels (incidents.yaml `chain`): which route, which steps apply, what each
 * step is called, and when an acknowledgement is due in school hours. Pure: the store and the bot
 * decide who holds a step and whom to tell.
 */

/** The pack's chain; a pack without one sends every report to its `report_to` role alone. */
export function chainOf(pack: Pack): IncidentChain {
  if (pack.incidents.chain) return pack.incidents.chain;
  return {
    routes: [
      {
        id: 'incident',
        kinds: [],
        steps: [{ id: 'school', role: pack.incidents.report_to, acknowledge_minutes: 30, citations: pack.incidents.citations }],
        forward: { ja: '報告する', en: 'Report' },
        close_by: [pack.incidents.report_to],
        close_citations: pack.incidents.citations,
      },
    ],
    school_hours: { days: ['mon', 'tue', 'wed', 'thu', 'fri'], from: '08:00', to: '17:00' },
    unknown_class: 'II',
    phone: { ja: '校長に電話で報告してください。', en: 'Phone the principal.' },
  };
}

/** The route a report takes: the first whose kinds it reports, else the route for every other report. */
export function routeOf(pack: Pack, kinds: readonly string[]): ChainRoute {
  const { routes } = chainOf(pack);
  return routes.find((r) => r.kinds.some((k) => kinds.includes(k))) ?? routes.find((r) => r.kinds.length === 0) ?? routes[0]!;
}

/** A route by id (a stored report's), or the default route when the pack no longer has it. */
export function routeById(pack: Pack, id: string): ChainRoute {
  const { routes } = chainOf(pack);
  return routes.find((r) => r.id === id) ?? routeOf(pack, []);
}

/**
 * Whether a step is told for this report: always without `when`; else when the class or a kind
 * matches. A report that names no class counts as the pack's `unknown_class` (the stricter).
 */
export function stepApplies(pack: Pack, step: ChainStep, report: { class: ClassId | null; kinds: readonly string[] }): boolean {
  if (!step.when) return true;
  const cls = report.class ?? chainOf(pack).unknown_class;
  return step.when.classes.includes(cls) || step.when.kinds.some((k) => report.kinds.includes(k));
}

/** The steps of the route that apply to this report, in order. */
export function stepsFor(
  pack: Pack,
  route: ChainRoute,
  report: { class: ClassId | null; kinds: readonly string[] },
): ChainStep[] {
  return route.steps.filter((step) => stepApplies(pack, step, report));
}

/** What a step is called: the policy's own name for it, else its role's title and holder. */
export function stepTitle(pack: Pack, step: ChainStep, language: Language): string {
  if (step.as) return step.as[language];
  const role = pack.roles.get(step.role);
  if (!role) return step.role;
  return language === 'en' ? `${role.title.en} (${role.held_by.en})` : `${role.title.ja}（${role.held_by.ja}）`;
}

const DAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;
/** Japan keeps no daylight saving: school hours are read at a fixed +09:00. */
const JST_MS = 9 * 3_600_000;
const DAY_MS = 86_400_000;
const minutesOf = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

/** The school day (JST) that contains `at`: its opening and closing instants, or null if no school that day. */
function schoolDay(chain: IncidentChain, at: number): { opens: number; closes: number } | null {
  const midnight = Math.floor((at + JST_MS) / DAY_MS) * DAY_MS - JST_MS;
  const weekday = DAYS[new Date(midnight + JST_MS).getUTCDay()]!;
  if (!chain.school_hours.days.includes(weekday)) return null;
  return {
    opens: midnight + minutesOf(chain.school_hours.from) * 60_000,
    closes: midnight + minutesOf(chain.school_hours.to) * 60_000,
  };
}

/** Whether `at` is within the pack's school hours. */
export function inSchoolHours(pack: Pack, at: Date): boolean {
  const day = schoolDay(chainOf(pack), at.getTime());
  return day !== null && at.getTime() >= day.opens && at.getTime() < day.closes;
}

/** When school hours next begin at or after `at` (`at` itself when they are running). */
export function nextSchoolHours(pack: Pack, at: Date): Date {
  return acknowledgeBy(pack, at, 0);
}

/**
 * When an acknowledgement is due: `minutes` of school hours after `at` (30 minutes told at 16:50 on
 * a Friday run out at 08:20 on Monday). Holidays are not known: school days are the pack's weekdays.
 */
export function acknowledgeBy(pack: Pack, at: Date, minutes: number): Date {
  const chain = chainOf(pack);
  let t = at.getTime();
  let left = minutes * 60_000;
  for (let i = 0; i < 400; i++) {
    const day = schoolDay(chain, t);
    if (day && t < day.closes) {
      if (t < day.opens) t = day.opens;
      if (left <= day.closes - t) return new Date(t + left);
      left -= day.closes - t;
    }
    t = Math.floor((t + JST_MS) / DAY_MS + 1) * DAY_MS - JST_MS;
  }
  // No school day in over a year (a pack without days): due after the minutes themselves.
  return new Date(at.getTime() + minutes * 60_000);
}
