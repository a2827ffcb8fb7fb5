/// The weights of the aligner's cost model. The defaults were chosen on development data of
/// several language pairs and are not specific to any; they are exposed so that experiments and
/// benchmarks can vary them.
public struct AlignerParameters: Sendable, Hashable, Codable {
    /// Weight of the Gale–Church length cost.
    public var lengthWeight: Float = 1.0
    /// Weight of the lexical term.
    public var lexicalWeight: Float = 8.0
    /// Similarity that counts as "no evidence either way".
    public var neutralSimilarity: Float = 0.3
    /// Pseudo-weight that pulls the similarity of pairs with little known vocabulary towards neutral.
    public var shrinkage: Float = 3.0
    /// Cost of leaving a unit unaligned (a 1-0 or 0-1 bead).
    public var skipCost: Float = 3.0
    /// Leaving debris (a unit without a word: no run of two letters) unaligned costs only this
    /// share of `skipCost`.
    public var debrisSkipShare: Float = 0.3
    /// Extra cost per unit beyond one on either side of a bead (merges must earn their place).
    public var mergeCost: Float = 2.2
    /// Extra cost for a 2-2 bead over and above the merge cost.
    public var twoByTwoCost: Float = 1.5
    /// Weight of each merged sentence's own lack of support: a sentence joins a merge only when
    /// its known words find renderings on the other side of the bead, so an untranslated
    /// sentence is left out rather than hidden in its neighbour's bead.
    public var memberSupportWeight: Float = 0
    /// A merged sentence without support (no known word rendered on the other side, length not
    /// needed) costs what leaving it out would, plus this (0 turns the rule off)…
    public var unsupportedMemberMargin: Float = 0.3
    /// …where its length is needed when leaving it out raises the bead's length cost by this much.
    public var neededLength: Float = 1
    /// Whether a merged sentence without a single known word counts as unsupported too.
    public var unknownMembersUnsupported = true
    /// A sentence at the end of a merged side whose known words weigh at least this much (0: no
    /// such check)…
    public var orphanKnown: Float = 5
    /// …and that explains less than this share of the other side's words that the rest of its
    /// side does not already explain, is taken out of the merge as an omission or addition.
    public var orphanShare: Float = 0.1
    /// …provided the bead without it fits by length nearly as well: its length cost rises by
    /// less than this (a sentence split in two in translation is needed for the length).
    public var orphanLength: Float = 4
    /// …and provided the rest of its side already explains at least this share of the other
    /// side's words (weighted by rarity): where little is known, nothing is detached.
    public var orphanRestShare: Float = 0.5
    /// An omission and an addition pair as a moved sentence when their similarity stands this
    /// many background spreads above the background (0: never)…
    public var movedSpreads: Float = 2
    /// …and their known words weigh at least this much together.
    public var movedKnown: Float = 8
    /// Units per block in the coarse pass and the band half-width around the coarse path.
    public var blockSize: Int = 8
    /// Band margin, in units, around a coarse path.
    public var bandMargin: Int = 12
    /// Largest number of cells searched without a coarse pass first.
    public var fullSearchLimit: Int = 250_000
    /// Extra length tolerance of coarse blocks, as a fraction of their length: fixed-size blocks
    /// never start where a sentence pair starts, so their lengths differ by up to a few sentences
    /// even when the alignment is right.
    public var blockLengthSlack: Float = 0.25
    /// Times the lexicon is learned again from the latest beads before aligning once more (the
    /// second pass's beads are better training data than the first's); used when several
    /// documents are aligned together.
    public var relearningPasses: Int = 1
    /// Vocabulary shared through the translation tables (anchors only, no lexicon) from which two
    /// documents whose pairs cover them confidently are a translation even when their
    /// similarity-based confidences are low (OCR text, a lone short document).
    public var translationRelatedness: Double = 0.045
    /// Confidence at which a bead counts as confidently aligned in the verdict.
    public var confidentThreshold: Double = 0.5
    /// Weight of the embedding term, when sentence vectors are given (`SentenceVectors`): a
    /// bead's cosine distance over its sentences' spread, minus `embeddingNeutral`. Chosen on
    /// development data only (Text+Berg dev, NTREX 0–39; `benchmarks/embeddings-tune.py`).
    public var embeddingWeight: Float = 8
    /// Normalised cosine distance that counts as no evidence either way (1 is a random pair).
    public var embeddingNeutral: Float = 0.7
    /// With sentence vectors, whether the sentences that are each other's nearest neighbours
    /// (`VectorAnchors`: by `anchorMargin`, lengths within `anchorLength`) must share a bead, as
    /// Bertalign's first pass anchors its search; the search decides the beads' shapes.
    public var vectorAnchors = true
    /// Cosine by which an anchor's two sentences must be nearer each other than either is to its
    /// next-nearest neighbour. Chosen on development data (Text+Berg dev, NTREX 0–39): from 0.04 no
    /// anchor there names two sentences that are in no bead together.
    public var anchorMargin: Float = 0.04
    /// Largest Gale–Church length cost of an anchor (100: any; a sentence split in two in
    /// translation anchors to one half, and its bead is still right).
    public var anchorLength: Float = 100
    /// Sentences either side of the diagonal searched for an anchor's neighbours (more where the
    /// sides differ in length).
    public var anchorBand: Int = 40
    /// With sentence vectors, whether each stretch where Bertalign's search on vectors alone
    /// (`MarginSearch`) differs from Sejajar's is taken from whichever the judge's calibrated
    /// confidence prefers.
    public var confidenceChoice = true
    /// Confidence per sentence added to the vectors-only path's side of that choice (negative:
    /// taken from Sejajar's own confidence).
    public var choiceBias: Float = 0
    /// Without vectors, whether each short stretch of the path that holds an omission or an
    /// addition and covers as many sentences on both sides is weighed against the same
    /// sentences paired one to one, and taken from whichever the calibrated confidence prefers
    /// (`Aligner.straightened`). Chosen on the development pairs' documents 0-39 (ja-th 0.968
    /// -> 0.979 strict F1, the others the same); false keeps the search's path.
    public var straightChoice = true
    /// The most sentences a side such a stretch covers.
    public var straightLimit: Int = 3
    /// Confidence per sentence added to the one-to-one side of that choice (negative: taken
    /// from the search's own).
    public var straightBias: Float = 0

    /// Whether the lexicon learns each word's stem instead of the whole word, in every language
    /// with a Snowball stemmer (`Stemmer`) or a table of endings (`SuffixTable`, Korean): the
    /// forms of a Turkish, Russian, Arabic or Korean word then count as one word, which a lexicon
    /// learnt from one corpus otherwise sees too rarely each to learn (Indonesian and Malay keep
    /// whole words: `Aligner.wholeWordLanguages`). Chosen on the development
    /// pairs (ntrex-multi documents 0-39 of the pairs the confidence model is fitted on, NTREX
    /// es-id, Text+Berg dev); false learns whole words, as before.
    public var lexiconStems = true

    /// The defaults.
    public init() {}

    /// Fields that are true or false.
    public static let booleanFields: Set<String> = ["unknownMembersUnsupported", "vectorAnchors", "confidenceChoice", "lexiconStems", "straightChoice"]

    /// The values each field may take, by its name in JSON: outside them the search degenerates
    /// (a block of no sentences, a band of negative width) or the costs lose their meaning.
    /// Integer fields are marked.
    public static let ranges: [String: (range: ClosedRange<Double>, integer: Bool)] = [
        "lengthWeight": (0...100, false), "lexicalWeight": (0...100, false), "neutralSimilarity": (0.001...0.999, false),
        "shrinkage": (0...1000, false), "skipCost": (0.001...100, false), 
        "debrisSkipShare": (0...1, false), "mergeCost": (0...100, false), "twoByTwoCost": (0...100, false), "memberSupportWeight": (0...100, false), "unsupportedMemberMargin": (0...100, false), "neededLength": (0...100, false),
        "orphanKnown": (0...1000, false), "orphanShare": (0...1, false), "orphanLength": (0...100, false), "orphanRestShare": (0...1, false), "movedSpreads": (0...100, false), "movedKnown": (0...1000, false), "blockSize": (2...10_000, true), "bandMargin": (1...100_000, true), "fullSearchLimit": (16...1_000_000_000, true),
        "blockLengthSlack": (0...10, false), "relearningPasses": (0...10, true), "confidentThreshold": (0...1, false), "translationRelatedness": (0...1, false),
        "embeddingWeight": (0...100, false), "embeddingNeutral": (0...2, false),
        "anchorMargin": (0...2, false), "anchorLength": (0...100, false), "anchorBand": (1...100_000, true), "choiceBias": (-1...1, false), "straightLimit": (1...8, true), "straightBias": (-1...1, false),
    ]

    /// The prior cost of a bead shape.
    func shapeCost(_ a: Int, _ b: Int) -> Float {
        if a == 0 || b == 0 { return skipCost }
        var cost = mergeCost * Float(a + b - 2)
        if a >= 2 && b >= 2 { cost += twoByTwoCost }
        return cost
    }
}
