/** A size in bytes, compressed as a CDN serves it. */
export interface Size {
  gz: number;
  br: number;
}
export interface Sizes {
  /** First load of each widget (and its lazy details), with the files counted. */
  widgets: Record<string, Size & { files: string[] }>;
  /** What a second widget adds when the first is already on the page. */
  second: Record<string, Size>;
  /** Each lazily loaded language. */
  locales: Record<string, Size>;
  /** The single CDN file with every widget. */
  cdn: Record<string, Size>;
}
/** Every figure the budgets are about, from the CDN build's metafiles. */
export function measure(): Sizes;
