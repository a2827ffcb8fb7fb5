/// What a saved-alignment file holds: the alignment of two texts, or of an original and two
/// translations the three pairwise alignments (original–first, original–second, first–second).
public struct SavedAlignment: Sendable {
    /// The file it was read from (named in errors).
    public var path: String
    /// One alignment, or three.
    public var alignments: [Alignment]

    /// Creates a saved alignment.
    public init(path: String, alignments: [Alignment]) {
        self.path = path
        self.alignments = alignments
    }

    /// Whether the file holds three texts.
    public var isThreeTexts: Bool { alignments.count == 3 }

    /// The alignments against an original: the one of two texts, or of three texts the original
    /// against each translation (the translations' own alignment has no original).
    public var againstOriginal: [Alignment] { isThreeTexts ? Array(alignments.prefix(2)) : alignments }

    /// The alignment of two texts; a file of three texts is an error saying how to use it.
    public func twoTexts() throws(SejajarError) -> Alignment {
        guard !isThreeTexts else {
            throw .usage(message: "\(path) holds an original and two translations: give their three texts with --to A,B, "
                         + "or export one of its alignments")
        }
        return alignments[0]
    }
}
