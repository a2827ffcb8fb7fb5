import Foundation

/// The pipeline every command that aligns runs, in one place: paths → documents → sentence
/// vectors → alignment → findings. `align`, `check`, `review`, `lexicon train` and `glossary
/// usage` call it; none of them reads a file, builds an aligner or runs a check on its own.
///
/// Data flows one way: the readers make `Document`s, the aligner (which knows no file format)
/// makes `Alignment`s, the checks make `Finding`s, and writers render them (`AlignmentRenderer`).
public struct AlignmentJob {
    /// The source language (`--from`).
    public var source: Language
    /// The target language, or two for two translations of one original (`--to es,id`).
    public var targets: [Language]
    /// How plain text is laid out.
    public var layout: InputFormat
    /// The file format every input is read as; nil to tell each file's from its name and bytes.
    public var fileFormat: FileFormat?
    /// Bounds that protect the machine from hostile input.
    public var limits: Limits
    /// The aligner's weights.
    public var parameters: AlignerParameters
    /// A saved lexicon whose word pairs are anchors (for the source and the first target).
    public var lexicon: Lexicon?
    /// A term base whose concepts are anchors.
    public var anchors: Glossary?
    /// Whether a lexicon is learned from the input (a second pass).
    public var learnsLexicon: Bool
    /// Sentence vectors from the user's embedding model, when there is one.
    public var vectorSource: (any SentenceVectorSource)?
    /// Short progress messages ("pass 1: 3/80 documents").
    public var progress: (@Sendable (String) -> Void)?
    /// Receives every document pair's bead features (for fitting the confidence model).
    public var featureSink: (@Sendable ([BeadFeatureRecord]) -> Void)?
    /// Lines for the user about the work (what vectors cost, findings about a pair as a whole).
    public var note: @Sendable (String) -> Void

    /// Creates a job.
    public init(source: Language, targets: [Language], layout: InputFormat = .text, fileFormat: FileFormat? = nil, limits: Limits = Limits(),
                parameters: AlignerParameters = AlignerParameters(), lexicon: Lexicon? = nil, anchors: Glossary? = nil, learnsLexicon: Bool = true,
                vectorSource: (any SentenceVectorSource)? = nil, progress: (@Sendable (String) -> Void)? = nil,
                featureSink: (@Sendable ([BeadFeatureRecord]) -> Void)? = nil, note: @escaping @Sendable (String) -> Void = { _ in }) {
        self.source = source
        self.targets = targets
        self.layout = layout
        self.fileFormat = fileFormat
        self.limits = limits
        self.parameters = parameters
        self.lexicon = lexicon
        self.anchors = anchors
        self.learnsLexicon = learnsLexicon
        self.vectorSource = vectorSource
        self.progress = progress
        self.featureSink = featureSink
        self.note = note
    }

    /// The one target language; two are only for an original and two translations.
    public func target() throws(SejajarError) -> Language {
        guard targets.count == 1 else {
            throw .usage(message: "--to \(targets.map(\.tag).joined(separator: ",")) names two translations: give them with 'sejajar align ORIGINAL FIRST SECOND'")
        }
        return targets[0]
    }

    // MARK: Documents

    /// The reader of documents in `language`.
    public func reader(_ language: Language) -> DocumentReader {
        DocumentReader(language: language, layout: layout, fileFormat: fileFormat, limits: limits)
    }

    /// Reads pairs of documents (source and first target language), on all cores.
    public func readPairs(_ paths: [PathPair]) throws(SejajarError) -> [(Document, Document)] {
        try DocumentReader.readPairs(paths, source: reader(source), target: reader(try target()))
    }

    /// Reads a saved alignment (JSON of two or three texts, or a bilingual XLIFF).
    public func readSaved(_ path: String, checksLockedBeads: Bool = false) throws(SejajarError) -> SavedAlignment {
        try SavedAlignmentReader(limits: limits, checksLockedBeads: checksLockedBeads).read(path: path)
    }

    // MARK: Vectors

    /// Sentence vectors for `pairs`, or nil without a vector source.
    public func vectors(for pairs: [(Document, Document)]) throws(SejajarError) -> [DocumentPairVectors]? {
        guard let vectorSource else { return nil }
        let (vectors, cost) = try vectorSource.vectors(for: pairs)
        if let cost { note(cost) }
        return vectors
    }

    // MARK: Alignment

    /// The aligner for one pair of languages (the saved lexicon is for the source and the first
    /// target language only).
    public func aligner(source: Language, target: Language, usesLexicon: Bool = true) -> Aligner {
        var aligner = Aligner(parameters: parameters, lexicon: usesLexicon ? lexicon : nil, glossary: anchors, source: source, target: target,
                              learnsLexicon: learnsLexicon, progress: progress)
        aligner.featureSink = featureSink
        return aligner
    }

    /// The aligner for the job's source and (first) target language.
    public func aligner() throws(SejajarError) -> Aligner {
        aligner(source: source, target: try target())
    }

    /// Reads two texts and aligns them.
    public func alignPair(_ sourcePath: String, _ targetPath: String) throws(SejajarError) -> Alignment {
        try alignBatch([PathPair(source: sourcePath, target: targetPath)])[0]
    }

    /// Reads every listed pair and aligns them together, learning one lexicon from all of them.
    public func alignBatch(_ paths: [PathPair]) throws(SejajarError) -> [Alignment] {
        let documents = try readPairs(paths)
        let vectors = try vectors(for: documents)
        return try aligner().alignBatch(documents, vectors: vectors)
    }

    /// Reads an original and its two translations (in the two target languages) and aligns each
    /// translation to the original and the two to each other through it.
    public func alignThree(_ original: String, _ first: String, _ second: String) throws(SejajarError) -> PivotAlignment {
        guard targets.count == 2 else { throw .usage(message: "three texts need two languages in --to, the translations' (--to es,id)") }
        let documents = (try reader(source).read(path: original), try reader(targets[0]).read(path: first), try reader(targets[1]).read(path: second))
        let pivot = PivotAligner(toFirst: aligner(source: source, target: targets[0]),
                                 toSecond: aligner(source: source, target: targets[1], usesLexicon: false),
                                 direct: aligner(source: targets[0], target: targets[1], usesLexicon: false))
        let vectors = try vectors(for: [(documents.0, documents.1), (documents.0, documents.2), (documents.1, documents.2)])
        return pivot.align(original: documents.0, first: documents.1, second: documents.2, vectors: vectors)
    }

    /// Reads a saved alignment and aligns it again around the beads a person locked.
    public func resume(_ path: String) throws(SejajarError) -> (saved: Alignment, aligned: Alignment) {
        let saved = try readSaved(path, checksLockedBeads: true).twoTexts()
        let vectors = try vectors(for: [(saved.source, saved.target)])
        return (saved, try aligner(source: saved.source.language, target: saved.target.language).realign(saved, vectors: vectors?.first))
    }

    /// Learns a lexicon from the listed pairs (their first-pass beads).
    public func learnLexicon(_ paths: [PathPair]) throws(SejajarError) -> Lexicon {
        let documents = try readPairs(paths)
        return try aligner().learnLexicon(documents, vectors: try vectors(for: documents))
    }

    // MARK: Findings

    /// Every check on an alignment (`Checker`: omissions, moves and languages, terms, doublets,
    /// numbers, addresses); without a term base, all but the term checks.
    public static func check(_ alignment: Alignment, termBase: Glossary?) -> CheckedAlignment {
        let matchers = termBase.map { TermMatchers(glossary: $0, source: alignment.source.language, target: alignment.target.language) }
        return CheckedAlignment(alignment, findings: Checker(glossary: termBase).findings(alignment, matchers: matchers), matchers: matchers)
    }

    /// The findings on an original and two translations: each translation's own against the
    /// original, and those through the original.
    public static func check(_ pivot: PivotAlignment, termBase: Glossary?) -> CheckedPivotAlignment {
        var own: [[Finding]] = []
        for alignment in [pivot.first, pivot.second] {
            let matchers = termBase.map { TermMatchers(glossary: $0, source: alignment.source.language, target: alignment.target.language) }
            own.append(AlignmentCheck(matchers: matchers).findings(alignment) + Checker(glossary: termBase).check([alignment], matchers: matchers)[0])
        }
        let through = PivotCheck(glossary: termBase).findings(pivot, first: own[0], second: own[1])
        return CheckedPivotAlignment(pivot, first: own[0], second: own[1], through: through)
    }
}
