/// Writes what a shard's map step found (`CorpusStatistics`) as `CorpusStatisticsReader` reads
/// it, version 1: a header line, then tab-separated lines —
///
/// ```
/// sejajar corpus statistics 1
/// corpus  FINGERPRINT
/// pairs   PAIRS-IN-THE-CORPUS
/// round   R
/// shard   I   N
/// members COUNT             then COUNT lines 'm  PAIR  SOURCE-SENTENCES  TARGET-SENTENCES' (round 0) or 'm  PAIR'
/// words   COUNT             round 0: COUNT lines 'w  PAIR  POSITION  FLAGS  WORD'
/// training COUNT            round R ≥ 1: COUNT lines 't  PAIR  FOLD  SOURCE-IDS  TARGET-IDS' (ids space-separated)
/// end
/// ```
///
/// The `end` line tells a whole file from one cut short.
public struct CorpusStatisticsWriter: FormatWriter {
    /// Creates a writer.
    public init() {}

    /// The file's text.
    public func write(_ statistics: CorpusStatistics) -> FormatOutput {
        var out = CorpusFileText.Builder()
        out.append("sejajar corpus statistics 1\ncorpus\t\(statistics.corpus)\npairs\t")
        out.append(statistics.corpusPairs)
        out.append("\nround\t"); out.append(statistics.round)
        out.append("\nshard\t"); out.append(statistics.shard); out.tab(); out.append(statistics.shards)
        out.append("\nmembers\t"); out.append(statistics.members.count); out.newline()
        let sizes = statistics.round == 0
        for (k, pair) in statistics.members.enumerated() {
            out.append("m\t"); out.append(pair)
            if sizes {
                out.tab(); out.append(k < statistics.sourceSentences.count ? statistics.sourceSentences[k] : 0)
                out.tab(); out.append(k < statistics.targetSentences.count ? statistics.targetSentences[k] : 0)
            }
            out.newline()
        }
        if sizes {
            out.append("words\t"); out.append(statistics.words.count); out.newline()
            for word in statistics.words { CorpusFileText.append(word, to: &out) }
        } else {
            out.append("training\t"); out.append(statistics.training.count); out.newline()
            for pair in statistics.training {
                out.append("t\t"); out.append(pair.pair); out.tab(); out.append(pair.fold); out.tab()
                out.append(ids: pair.source); out.tab(); out.append(ids: pair.target); out.newline()
            }
        }
        out.append("end\n")
        return FormatOutput(out.text)
    }
}
