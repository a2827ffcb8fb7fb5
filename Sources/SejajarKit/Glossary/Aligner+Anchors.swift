extension Aligner {
    /// An aligner whose anchors are a saved lexicon's word pairs, and which sees the concepts of a
    /// term base named in each sentence (`ConceptTokens`): what `align`, `check` and `lexicon
    /// train` build from their `--lexicon` and `--glossary`.
    public init(parameters: AlignerParameters = AlignerParameters(), lexicon: Lexicon?, glossary: Glossary?,
                source: Language, target: Language, learnsLexicon: Bool = true, progress: (@Sendable (String) -> Void)? = nil) {
        self.init(parameters: parameters, anchors: lexicon.map { [$0] } ?? [], learnsLexicon: learnsLexicon, progress: progress)
        concepts = glossary.map { ConceptTokens(glossary: $0, source: source, target: target) }
    }
}
