import Foundation
import SejajarIO
import SejajarKit

extension AlignmentJob {
    /// The job the options describe: languages, reading, anchors and weights, the `--glossary`
    /// given as anchors, vectors from the embedding model; progress and notes on `console`.
    init(_ options: JobOptions, console: Console) throws {
        let (languages, reading, aligner, termBase, embedder) = (options.languages, options.reading, options.aligner, options.termBase, options.embedder)
        let limits = try userLimits()
        let lexicon: Lexicon? = try aligner.lexicon.map { path in try LexiconReader(limits: limits).read(path: path) }
        let parameters = try aligner.weights()
        let anchors = try termBase.given()
        let vectorSource: (any SentenceVectorSource)? = try embedder.source(parameters: parameters)
        self.init(source: Language(languages.from ?? "und"), targets: languages.targets.map { Language($0) }, layout: reading.input, fileFormat: reading.inputFormat,
                  limits: limits, parameters: parameters, lexicon: lexicon, anchors: anchors, learnsLexicon: !aligner.noLearning,
                  vectorSource: vectorSource, progress: console.progress(), note: { console.note($0) })
        // A development aid: each bead's calibration features, for benchmarks/calibration/fit.py.
        if let path = ProcessInfo.processInfo.environment["SEJAJAR_FEATURES"] {
            let log = FeatureLog(path: path)
            featureSink = { log.append($0) }
        }
    }
}
