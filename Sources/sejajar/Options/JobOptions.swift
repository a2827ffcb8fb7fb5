import ArgumentParser

/// Everything a command that aligns texts takes about the work (`AlignmentJob`): languages,
/// how files are read, the aligner's anchors and weights, the term base, the embedding model.
struct JobOptions: ParsableArguments {
    @OptionGroup(title: "Input") var languages: LanguageOptions
    @OptionGroup(title: "Input") var reading: ReadingOptions
    @OptionGroup(title: "Aligner") var aligner: AlignerOptions
    @OptionGroup(title: "Term base") var termBase: TermBaseOptions
    @OptionGroup(title: "Embedder") var embedder: EmbedderOptions
}
