import { ConnectorError } from '../errors.js';
import type { DriveItem, DriveRef } from '../types.js';
import type { GraphHttp } from './graph-http.js';
import type { SensitivityLabelsResult } from './wire.js';

/** extractSensitivityLabels works on these only; asking for others costs a call and fails. */
const LABELLED = /\.(docx|docm|dotx|xlsx|xlsm|xlsb|xltx|pptx|pptm|ppsx|potx|vsdx|pdf)$/i;

/** Fills `labels` of the files in place, one POST per Office/PDF file (concurrency bounded by the gate). */
export async function readLabels(
  http: GraphHttp,
  drive: DriveRef,
  items: DriveItem[],
  names: Record<string, string>,
  signal?: AbortSignal,
): Promise<void> {
  const targets = items.filter((item) => !item.deleted && !item.isFolder && LABELLED.test(item.name));
  await Promise.all(
    targets.map(async (item) => {
      const url = `/drives/${encodeURIComponent(drive.driveId)}/items/${encodeURIComponent(item.id)}/extractSensitivityLabels`;
      try {
        const result = await http.json<SensitivityLabelsResult>('labels', url, { method: 'POST', signal });
        item.labels = (result.labels ?? [])
          .map((label) => names[label.sensitivityLabelId ?? ''] ?? label.sensitivityLabelId ?? '')
          .filter(Boolean);
      } catch (error) {
        // One unreadable file (encrypted, unsupported, deleted meanwhile) leaves its labels unknown.
        if (
          error instanceof ConnectorError &&
          error.status !== undefined &&
          error.status >= 400 &&
          error.status < 500 &&
          error.status !== 403
        )
          return;
        throw error;
      }
    }),
  );
}
