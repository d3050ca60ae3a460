/** The detectors of the content classifier (personal data, and passwords); packs name them in `signals.detectors`. */
export const DETECTOR_KINDS = [
  'phone',
  'mobile',
  'postal_address',
  'address',
  'birthdate',
  'email',
  'my_number',
  'credential',
] as const;
export type DetectorKind = (typeof DETECTOR_KINDS)[number];
