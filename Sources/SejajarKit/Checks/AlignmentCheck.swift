/// What a reviewer should know about a document pair as a whole, derived from its alignment: two
/// source lines naming different articles (`alignment.different-sources`).
public struct AlignmentCheck: Sendable {
    /// Creates the check.
    public init() {}

    /// The findings about `alignment` as a whole, in a fixed order.
    public func findings(_ alignment: Alignment) -> [Finding] {
        guard let conflict = SourceLineConflict(source: alignment.source, target: alignment.target) else { return [] }
        return [Finding(code: .alignment.differentSources, severity: .warning,
                        message: "the source lines name different articles: \(conflict.sourceAddress) and \(conflict.targetAddress)",
                        location: SourceLocation(alignment.source, sentence: conflict.sourceSentence))]
    }
}
