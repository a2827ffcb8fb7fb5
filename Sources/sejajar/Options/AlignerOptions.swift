import ArgumentParser
import SejajarKit

/// What the aligner uses besides the texts: anchors and weights.
struct AlignerOptions: ParsableArguments {
    @Option(help: "A saved lexicon (from 'sejajar lexicon train') whose word pairs become anchors.")
    var lexicon: String?

    @Flag(help: "Do not learn a lexicon from the input (one pass, length and anchors only).")
    var noLearning = false

    @Option(help: ArgumentHelp("Cost-model weights as JSON (any subset of AlignerParameters' fields), for experiments.",
                               visibility: .hidden))
    var parameters: String?

    /// The aligner's weights: the defaults, or those of `--parameters`.
    func weights() throws -> AlignerParameters {
        try parameters.map { try AlignerParametersReader(limits: try userLimits()).read(path: $0) } ?? AlignerParameters()
    }
}
