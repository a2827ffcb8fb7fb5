extension Aligner {
    /// An aligner whose anchors are a saved lexicon's word pairs and a glossary's concepts
    /// between `source` and `target`: what `align`, `check` and `lexicon train` build from their
    /// `--lexicon` and `--glossary`.
    public init(parameters: AlignerParameters = AlignerParameters(), lexicon: Lexicon?, glossary: Glossary?,
                source: Language, target: Language, learnsLexicon: Bool = true, progress: (@Sendable (String) -> Void)? = nil) {
        var anchors: [any AnchorSource] = []
        if let lexicon { anchors.append(lexicon) }
        if let glossary { anchors.append(GlossaryAnchors(glossary: glossary, source: source, target: target)) }
        self.init(parameters: parameters, anchors: anchors, learnsLexicon: learnsLexicon, progress: progress)
    }
}
