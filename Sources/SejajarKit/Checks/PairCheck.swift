/// One check a reviewer runs over each content pair of an alignment (missing terms, doublets,
/// numbers …). A check looks at one pair and returns what is wrong with it; `Checker` runs every
/// check over every pair. A new check is a new type conforming to this protocol, in a file of its
/// own, added to `Checker.checks`.
public protocol PairCheck: Sendable {
    /// The findings on `pair`; empty when all is well.
    func findings(in pair: CheckedPair) -> [Finding]
}

/// A content pair as the checks see it: the bead, both texts, the glossary terms found in them,
/// and a figure about the whole alignment the pair belongs to.
public struct CheckedPair: Sendable {
    /// The alignment the pair belongs to.
    public private(set) var alignment: Alignment
    /// The bead's index in `alignment.beads`.
    public private(set) var index: Int
    /// The bead.
    public let bead: Bead
    /// The bead's source sentences joined by a space.
    public let sourceText: String
    /// The bead's target sentences joined by a space.
    public let targetText: String
    /// Glossary terms in `sourceText`, the longest where they overlap (empty without a glossary).
    public let sourceTerms: [TermMatch]
    /// Glossary renderings in `targetText`, the longest where they overlap (empty without a glossary).
    public let targetTerms: [TermMatch]
    /// Every glossary term in `sourceText`, nested ones included, matched as leniently as a
    /// rendering (`TermMatcher.allMatches`).
    public let allSourceTerms: [TermMatch]
    /// Every glossary rendering in `targetText`, nested ones included: a shorter rendering
    /// inside a longer one still renders its concept.
    public let allTargetTerms: [TermMatch]
    /// Median target/source character ratio of the alignment's one-to-one content pairs.
    public let medianLengthRatio: Double
    /// Whether the alignment is about the term base's subject (`DomainProfile`): everyday words
    /// that are also terms are checked only then.
    public var inDomain = true

    /// Whether the pair is a translation whose renderings can be judged: a bead of a parallel or
    /// partial alignment, locked by a person or confident. Two different articles, or a bead the
    /// aligner is unsure of, say nothing about what a translator lost.
    public var isTrustedTranslation: Bool {
        BeadSelection.trustedTranslations.trusts(bead, verdict: alignment.verdict)
    }

    /// Creates the view of bead `index` of `alignment`, finding terms with `matchers` when given.
    public init(alignment: Alignment, index: Int, matchers: TermMatchers? = nil, medianLengthRatio: Double = 1) {
        self.alignment = alignment
        self.index = index
        bead = alignment.beads[index]
        sourceText = alignment.sourceText(of: bead)
        targetText = alignment.targetText(of: bead)
        let allSource = matchers?.source.allMatches(in: sourceText) ?? []
        let allTarget = matchers?.target.allMatches(in: targetText) ?? []
        allSourceTerms = allSource
        allTargetTerms = allTarget
        sourceTerms = matchers?.source.held(allSource) ?? []
        targetTerms = matchers?.target.held(allTarget) ?? []
        self.medianLengthRatio = medianLengthRatio
    }

    /// The same pair standing as bead `index` of `alignment` (an edit renumbered the beads
    /// before it): terms and texts are kept, not found again.
    func renumbered(_ index: Int, in alignment: Alignment) -> CheckedPair {
        var copy = self
        copy.alignment = alignment
        copy.index = index
        return copy
    }

    /// Which text of the pair a finding points into.
    public enum Side: Sendable { case source, target }

    /// A finding located on `side` at character `offset` of the pair's text there: the line and
    /// column of that character in the input file.
    public func finding(_ code: FindingCode, _ severity: Severity, _ message: String, side: Side, offset: Int = 0,
                        concept: String? = nil, source: Finding.Span? = nil, target: Finding.Span? = nil) -> Finding {
        let document = side == .source ? alignment.source : alignment.target
        let range = side == .source ? bead.source : bead.target
        // The text is the sentences joined by one space: find the sentence the offset falls in.
        var sentence = range.lowerBound, local = offset
        for s in range {
            sentence = s
            let length = document.sentences[s].text.count
            if local <= length || s == range.upperBound - 1 { break }
            local -= length + 1
        }
        return Finding(code: code, severity: severity, message: message,
                       location: SourceLocation(document, sentence: sentence, offset: max(0, local)), bead: index,
                       concept: concept, source: source, target: target)
    }

    /// A span for a term match.
    static func span(_ match: TermMatch) -> Finding.Span {
        Finding.Span(start: match.range.lowerBound, end: match.range.upperBound, text: match.text)
    }
}
