/** One language's texts of the record: what the English says, in that language. */
export interface RecordTranslation {
  /** Title and description of each commitment, by id. */
  commitments: Record<string, { title: string; description: string }>;
  /** The summary of each progress report, by id (`<commitment id>-p<n>`). */
  progress: Record<string, string>;
}
