/** The personal-data detectors of the content classifier; packs name them in `signals.detectors`. */
export const DETECTOR_KINDS = ['phone', 'mobile', 'postal_address', 'address', 'birthdate', 'email', 'my_number'] as const;
export type DetectorKind = (typeof DETECTOR_KINDS)[number];
