/// Writes a corpus model (`CorpusModel`) as `CorpusModelReader` reads it, version 1:
///
/// ```
/// sejajar corpus model 1
/// corpus  FINGERPRINT
/// round   R   ROUNDS
/// pairs   COUNT        then COUNT lines 'p  SOURCE-SENTENCES  TARGET-SENTENCES', in list order
/// words   COUNT        then COUNT lines 'w  PAIR  POSITION  FLAGS  WORD', in id order
/// folds   COUNT        then for each fold 'fold  F  LINKS' and LINKS lines 'l  SOURCE-ID  TARGET-ID'
/// end
/// ```
public struct CorpusModelWriter: FormatWriter {
    /// Creates a writer.
    public init() {}

    /// The file's text.
    public func write(_ model: CorpusModel) -> FormatOutput {
        var out = CorpusFileText.Builder()
        out.append("sejajar corpus model 1\ncorpus\t\(model.corpus)\nround\t")
        out.append(model.round); out.tab(); out.append(model.rounds)
        out.append("\npairs\t"); out.append(model.pairs); out.newline()
        for (source, target) in zip(model.sourceSentences, model.targetSentences) {
            out.append("p\t"); out.append(source); out.tab(); out.append(target); out.newline()
        }
        out.append("words\t"); out.append(model.words.count); out.newline()
        for word in model.words { CorpusFileText.append(word, to: &out) }
        out.append("folds\t"); out.append(model.lexicons.count); out.newline()
        for (f, links) in model.lexicons.enumerated() {
            out.append("fold\t"); out.append(f); out.tab(); out.append(links.count); out.newline()
            for (source, target) in links {
                out.append("l\t"); out.append(Int(source)); out.tab(); out.append(Int(target)); out.newline()
            }
        }
        out.append("end\n")
        return FormatOutput(out.text)
    }
}
