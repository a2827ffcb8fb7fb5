/// The formats an alignment is written in, by `align` and `export` alike.
public enum AlignmentFormat: String, Sendable, Hashable, CaseIterable {
    /// The saved-alignment JSON every later command reads.
    case json
    /// Vecalign's `[i, j]:[k]:confidence`, 0-based sentence indices.
    case ladder
    /// `source<TAB>target<TAB>confidence`.
    case tsv
    /// TMX 1.4 translation memory of the content pairs.
    case tmx
    /// A self-contained side-by-side report for reviewers.
    case html
    /// A bilingual XLIFF 2.0 or 1.2 file for CAT tools.
    case xliff
    /// Two line-parallel files, one per language, for MT training.
    case moses
}
