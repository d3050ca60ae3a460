import type { PackCheck } from './start-check.js';

/** The catalog's items, signals and vague terms name groups, items, column kinds and matters that exist. */
export function checkCatalog({ input, issues, itemIds, groupIds, duplicates }: PackCheck): void {
  const meta = input['pack.yaml'];
  const columnKinds = new Set((meta.classify?.columns ?? []).map((k) => k.id));
  const prose = meta.classify?.prose;
  const matters = new Set([...(prose?.matters ?? []).map((m) => m.id), ...(prose?.accounts ? [prose.accounts.id] : [])]);
  (meta.classify?.columns ?? []).forEach((kind, i, all) => {
    if (all.findIndex((k) => k.id === kind.id) !== i)
      issues.push({ file: 'pack.yaml', path: ['classify', 'columns', i, 'id'], message: `duplicate id "${kind.id}"` });
  });
  const code = meta.classify?.pupil_columns?.code;
  if (code && !columnKinds.has(code))
    issues.push({
      file: 'pack.yaml',
      path: ['classify', 'pupil_columns', 'code'],
      message: `column kind "${code}" is not in classify.columns`,
    });
  const catalog = input['catalog.yaml'];
  duplicates(
    'catalog.yaml',
    'items',
    catalog.items.map((item) => item.id),
  );
  const needItem = (path: (string | number)[], id: string | undefined) => {
    if (id !== undefined && !itemIds.has(id))
      issues.push({ file: 'catalog.yaml', path, message: `item "${id}" is not in items` });
  };
  catalog.items.forEach((item, i) => {
    if (!groupIds.has(item.group))
      issues.push({ file: 'catalog.yaml', path: ['items', i, 'group'], message: `group "${item.group}" is not in groups` });
    if (item.synonyms.ja.length + item.synonyms.en.length === 0) {
      issues.push({
        file: 'catalog.yaml',
        path: ['items', i, 'synonyms'],
        message: 'give at least one synonym a teacher would type',
      });
    }
    for (const [j, q] of item.qualifiers.entries()) needItem(['items', i, 'qualifiers', j, 'means'], q.means);
    // The classifier's blank form of this item (健康診断票 → 各種届雛形).
    needItem(['items', i, 'blank'], item.blank);
    // Column kinds and matters a signal names are defined in pack.yaml `classify`.
    (item.signals ?? []).forEach((signal, j) => {
      for (const [field, kinds] of [
        ['columns', signal.columns],
        ['unless_columns', signal.unless_columns],
      ] as const)
        for (const kind of Object.keys(kinds ?? {}))
          if (!columnKinds.has(kind))
            issues.push({
              file: 'catalog.yaml',
              path: ['items', i, 'signals', j, field, kind],
              message: `column kind "${kind}" is not in pack.yaml classify.columns`,
            });
      signal.prose?.matters.forEach((id, k) => {
        if (!matters.has(id))
          issues.push({
            file: 'catalog.yaml',
            path: ['items', i, 'signals', j, 'prose', 'matters', k],
            message: `matter "${id}" is not in pack.yaml classify.prose.matters (nor its accounts)`,
          });
      });
    });
  });
  catalog.vague.forEach((term, i) => {
    for (const [j, q] of term.qualifiers.entries()) needItem(['vague', i, 'qualifiers', j, 'means'], q.means);
    for (const [j, choice] of term.choices.entries()) needItem(['vague', i, 'choices', j], choice);
    for (const key of ['filled', 'blank'] as const) needItem(['vague', i, key], term[key]);
  });
  catalog.unknown_choices.forEach((choice, j) => {
    if (!itemIds.has(choice))
      issues.push({ file: 'catalog.yaml', path: ['unknown_choices', j], message: `item "${choice}" is not in items` });
  });
}
