/// Counts how a term base's concepts are rendered, pair by aligned pair (`TermUsage`): a concept
/// counts where the source names it (a term of the domain, matched as checks match source terms);
/// its rendering is the target's accepted or deprecated term of the same concept (matched as
/// checks look for renderings), or nothing the term base knows. Where a concept goes unrendered
/// in several pairs, the target phrase those pairs share and other pairs seldom have is proposed
/// as a candidate term.
public struct TermUsageCounter {
    /// The term base.
    public let glossary: Glossary
    private var matchers: [TermMatchers] = []

    private struct Key: Hashable { var concept: Int; var source: String; var target: String }
    private struct Tally {
        var sourceLanguage: Language
        var targetLanguage: Language
        var pairs = 0
        /// By folded text: as first written, its status, and how often.
        var sourceTerms: [String: (text: String, status: Term.Status, count: Int)] = [:]
        var renderings: [String: (text: String, status: Term.Status?, count: Int, example: TermUsage.Example)] = [:]
        var order: [String] = []
        /// Target texts of the pairs with no known rendering.
        var unrendered: [(text: String, example: TermUsage.Example)] = []
    }
    private var tallies: [Key: Tally] = [:]
    private var keys: [Key] = []
    /// In how many target texts of each language every phrase occurs (for candidates).
    private var phraseDocuments: [String: [String: Int]] = [:]
    private var targetTexts: [String: Int] = [:]
    /// Every pair's folded words as ids into `words`, by language pair ("es>id"), for the
    /// lexicon: a memory streamed through the counter is held as numbers, not text.
    private var wordPairs: [String: [([Int32], [Int32])]] = [:]
    private var wordIDs: [String: Int32] = [:]
    private var words: [String] = []
    /// Pairs whose target names a concept the source names with no term of it: the source text,
    /// the target term as written, and the pair.
    private struct Unnamed { var source: String; var targetTerm: String; var targetWords: [String]; var example: TermUsage.Example }
    private var unnamed: [Key: [Unnamed]] = [:]
    private var unnamedKeys: [Key] = []
    private var languages: [String: (Language, Language)] = [:]

    /// The longest candidate phrase, in words.
    static let longestPhrase = 4
    /// How many pairs must hold a phrase before it is proposed.
    static let fewestSightings = 3

    /// A counter for `glossary`.
    public init(glossary: Glossary) {
        self.glossary = glossary
    }

    /// Counts one aligned pair (a content bead, or a translation unit).
    public mutating func add(source: String, target: String, sourceLanguage: Language, targetLanguage: Language, location: String) {
        let matchers = TermMatchers.shared(&self.matchers, glossary: glossary, source: sourceLanguage, target: targetLanguage)
        let targetBase = targetLanguage.base
        targetTexts[targetBase, default: 0] += 1
        for phrase in Set(Self.phrases(target, language: targetLanguage)) { phraseDocuments[targetBase, default: [:]][phrase, default: 0] += 1 }
        // A source term of the domain, accepted or deprecated ("servicio público" for dân vận);
        // a deprecated one that is another concept's accepted term at the same place is that.
        let pairKey = sourceLanguage.base + ">" + targetBase
        languages[pairKey] = (sourceLanguage, targetLanguage)
        let sourceFolding = LanguageFolding(sourceLanguage), targetFolding = LanguageFolding(targetLanguage)
        wordPairs[pairKey, default: []].append((Tokenizer.words(in: source).map { id(of: sourceFolding.fold($0.text)) },
                                                Tokenizer.words(in: target).map { id(of: targetFolding.fold($0.text)) }))
        let found = matchers.source.matches(in: source).filter { glossary.isDomain($0) }
        // The other way: the target's accepted term of a domain concept the source names with
        // none of its terms (the lexicon may tell what the source wrote instead).
        let sourceConcepts = Set(matchers.source.allMatches(in: source).map(\.concept))
        var unnamedSeen = Set<Int>()
        for match in matchers.target.matches(in: target) where glossary.accepts(match) && glossary.isDomain(match)
            && !sourceConcepts.contains(match.concept) && unnamedSeen.insert(match.concept).inserted {
            let key = Key(concept: match.concept, source: sourceLanguage.base, target: targetBase)
            if unnamed[key] == nil { unnamedKeys.append(key) }
            unnamed[key, default: []].append(Unnamed(source: source, targetTerm: match.text,
                                                     targetWords: Tokenizer.words(in: match.text).map { targetFolding.fold($0.text) },
                                                     example: TermUsage.Example(location: location, source: source, target: target)))
        }
        let acceptedSpans = Set(found.filter(glossary.accepts).map(\.range))
        let named = found.filter { glossary.accepts($0) || !acceptedSpans.contains($0.range) }
        guard !named.isEmpty else { return }
        let renderings = matchers.target.allMatches(in: target)
        let example = TermUsage.Example(location: location, source: source, target: target)
        var seen = Set<Int>()
        for match in named where seen.insert(match.concept).inserted {
            let key = Key(concept: match.concept, source: sourceLanguage.base, target: targetBase)
            if tallies[key] == nil {
                tallies[key] = Tally(sourceLanguage: sourceLanguage, targetLanguage: targetLanguage)
                keys.append(key)
            }
            tallies[key]!.pairs += 1
            tallies[key]!.sourceTerms[sourceFolding.fold(match.text), default: (match.text, glossary.term(of: match).status, 0)].count += 1
            // The accepted rendering first, else a deprecated one.
            let ofConcept = renderings.filter { $0.concept == match.concept }
            let chosen = ofConcept.first(where: glossary.accepts) ?? ofConcept.first
            if let chosen {
                let status = glossary.term(of: chosen).status
                let id = targetFolding.fold(chosen.text)
                if let known = tallies[key]!.renderings[id] {
                    tallies[key]!.renderings[id]!.count = known.count + 1
                } else {
                    tallies[key]!.renderings[id] = (chosen.text, status, 1, example)
                    tallies[key]!.order.append(id)
                }
            } else {
                tallies[key]!.unrendered.append((target, example))
            }
        }
    }

    /// What was counted.
    public func usage() -> TermUsage {
        var entries: [TermUsage.Entry] = []
        var candidates: [TermUsage.Candidate] = []
        let sortedKeys = keys.sorted {
            (glossary.concepts[$0.concept].id, $0.source, $0.target) < (glossary.concepts[$1.concept].id, $1.source, $1.target)
        }
        for key in sortedKeys {
            let tally = tallies[key]!
            var renderings = tally.order.map { id -> TermUsage.Rendering in
                let r = tally.renderings[id]!
                return TermUsage.Rendering(text: r.text, status: r.status, count: r.count, example: r.example)
            }
            if let first = tally.unrendered.first {
                renderings.append(TermUsage.Rendering(text: nil, status: nil, count: tally.unrendered.count, example: first.example))
            }
            renderings.sort { $0.count > $1.count }
            let sourceTerms = tally.sourceTerms.values.map { TermUsage.Count(text: $0.text, count: $0.count, status: $0.status) }
                .sorted { ($0.count, $1.text) > ($1.count, $0.text) }
            let concept = glossary.concepts[key.concept]
            entries.append(TermUsage.Entry(concept: concept.id, sourceLanguage: tally.sourceLanguage, targetLanguage: tally.targetLanguage,
                                           sourceTerms: sourceTerms, renderings: renderings, pairs: tally.pairs))
            if let candidate = candidate(for: tally, concept: concept) { candidates.append(candidate) }
        }
        return TermUsage(entries: entries, candidates: candidates, sourceCandidates: sourceCandidates())
    }

    /// How strongly the lexicon must pair a source word with a word of the target term.
    static let lexiconFloor = 0.3

    /// For each concept whose target term stands against a source without any term of it: the
    /// source phrase whose every word the lexicon learned from all counted pairs renders with a
    /// word of that term, seen in at least two such pairs and unknown to the term base.
    private func sourceCandidates() -> [TermUsage.SourceCandidate] {
        var result: [TermUsage.SourceCandidate] = []
        var lexicons: [String: [String: [String: Double]]] = [:]
        for key in unnamedKeys.sorted(by: { (glossary.concepts[$0.concept].id, $0.source, $0.target) < (glossary.concepts[$1.concept].id, $1.source, $1.target) }) {
            let items = unnamed[key]!
            guard items.count >= 2 else { continue }
            let pairKey = key.source + ">" + key.target
            if lexicons[pairKey] == nil { lexicons[pairKey] = lexicon(wordPairs[pairKey] ?? []) }
            let links = lexicons[pairKey]!
            let language = languages[pairKey]!.0
            let folding = LanguageFolding(language)
            let known = Set(glossary.concepts.flatMap { $0.terms(in: language) }.map { folding.fold($0.text) })
            var counts: [String: Int] = [:], written: [String: String] = [:], paired: [String: String] = [:]
            var examples: [String: TermUsage.Example] = [:]
            for item in items {
                let targetWords = Set(item.targetWords)
                // The longest phrase of the source whose every word renders a word of the term.
                let best = Self.phrasesWritten(item.source, language: language).filter { phrase, _ in
                    phrase.split(separator: " ").allSatisfy { word in
                        TermMatcher.functionWords.contains(String(word))
                            || (links[String(word)] ?? [:]).contains { targetWords.contains($0.key) && $0.value >= Self.lexiconFloor }
                    }
                }.max { ($0.0.split(separator: " ").count, $1.0) < ($1.0.split(separator: " ").count, $0.0) }
                // In a language written in syllables (Vietnamese) one syllable is a piece of a
                // word ("chức" of "nhà chức trách"), not a term.
                guard let (phrase, surface) = best, !known.contains(phrase),
                      !language.writesSyllables || phrase.split(separator: " ").count >= 2 else { continue }
                counts[phrase, default: 0] += 1
                if written[phrase] == nil { written[phrase] = surface; paired[phrase] = item.targetTerm; examples[phrase] = item.example }
            }
            for (phrase, count) in counts.sorted(by: { ($0.value, $1.key) > ($1.value, $0.key) }) where count >= 2 {
                result.append(TermUsage.SourceCandidate(concept: glossary.concepts[key.concept].id, language: language, text: written[phrase]!,
                                                        pairedWith: paired[phrase]!, count: count, unnamed: items.count, example: examples[phrase]!))
            }
        }
        return result
    }

    /// The id of a folded word, given it on first sight.
    private mutating func id(of word: String) -> Int32 {
        if let known = wordIDs[word] { return known }
        let id = Int32(words.count)
        wordIDs[word] = id
        words.append(word)
        return id
    }

    /// A word lexicon learned from the pairs (IBM Model 1 both ways, as the aligner learns
    /// one): for each source word, the target words it renders and the larger of the two
    /// probabilities.
    private func lexicon(_ pairs: [([Int32], [Int32])]) -> [String: [String: Double]] {
        var result: [String: [String: Double]] = [:]
        for entry in ModelOneTrainer().train(pairs) {
            result[words[Int(entry.source)], default: [:]][words[Int(entry.target)]] = Double(max(entry.forward, entry.backward))
        }
        return result
    }

    /// The phrase the unrendered pairs of a concept share and other pairs seldom hold: in at
    /// least three of them, in at least half of them, and in no more than twice as many target
    /// texts overall as among them. Longer phrases win ties.
    private func candidate(for tally: Tally, concept: Concept) -> TermUsage.Candidate? {
        let unrendered = tally.unrendered
        guard unrendered.count >= Self.fewestSightings else { return nil }
        let language = tally.targetLanguage
        var inUnrendered: [String: Int] = [:]
        var surface: [String: [String: Int]] = [:]
        var firstExample: [String: TermUsage.Example] = [:]
        for (text, example) in unrendered {
            for (phrase, written) in Set(Self.phrasesWritten(text, language: language).map { [$0.0, $0.1] }).map({ ($0[0], $0[1]) }) {
                inUnrendered[phrase, default: 0] += 1
                surface[phrase, default: [:]][written, default: 0] += 1
                if firstExample[phrase] == nil { firstExample[phrase] = example }
            }
        }
        // A phrase the term base already has (of any concept: "Kongres" is the US Congress) is
        // no candidate.
        let folding = LanguageFolding(language)
        let known = Set(glossary.concepts.flatMap { $0.terms(in: language) }.map { folding.fold($0.text) })
        let overall = phraseDocuments[language.base] ?? [:]
        let best = inUnrendered.filter { phrase, count in
            count >= Self.fewestSightings && Double(count) >= Double(unrendered.count) / 2 && (overall[phrase] ?? count) <= 2 * count && !known.contains(phrase)
        }.max { a, b in
            (a.value, a.key.split(separator: " ").count, b.key) < (b.value, b.key.split(separator: " ").count, a.key)
        }
        guard let (phrase, count) = best else { return nil }
        let written = surface[phrase]!.max { ($0.value, $1.key) < ($1.value, $0.key) }!.key
        return TermUsage.Candidate(concept: concept.id, language: language, text: written, count: count, unrendered: unrendered.count,
                                   example: firstExample[phrase]!)
    }

    /// The folded phrases of `text` that could be a term: runs of one to `longestPhrase` words
    /// that neither start nor end with a function word, of letters, at least four characters.
    static func phrases(_ text: String, language: Language) -> [String] {
        phrasesWritten(text, language: language).map(\.0)
    }

    /// Each phrase folded and as written.
    static func phrasesWritten(_ text: String, language: Language) -> [(String, String)] {
        let folding = LanguageFolding(language)
        let characters = Array(text)
        // A word joined to the next or the previous by a hyphen is part of a compound
        // ("undang-undang"): phrases neither cut nor end inside one.
        let all = Tokenizer.words(in: text)
        func hyphenated(_ k: Int) -> Bool {
            (k > 0 && characters[all[k - 1].range.upperBound..<all[k].range.lowerBound].elementsEqual("-"))
                || (k + 1 < all.count && characters[all[k].range.upperBound..<all[k + 1].range.lowerBound].elementsEqual("-"))
        }
        let words = all.indices.filter { all[$0].text.contains(where: \.isLetter) && !hyphenated($0) }.map { all[$0] }
        let folded = words.map { folding.fold($0.text) }
        var result: [(String, String)] = []
        for start in words.indices {
            guard !TermMatcher.functionWords.contains(folded[start]), !TermMatcher.coordinators.contains(folded[start]) else { continue }
            var end = start
            while end < words.count, end - start < longestPhrase {
                if end > start {
                    // A phrase does not run across punctuation.
                    let gap = characters[words[end - 1].range.upperBound..<words[end].range.lowerBound]
                    if gap.contains(where: { !$0.isWhitespace }) { break }
                }
                let last = folded[end]
                if !TermMatcher.functionWords.contains(last), !TermMatcher.coordinators.contains(last) {
                    let phrase = folded[start...end].joined(separator: " ")
                    if phrase.count >= 4 {
                        result.append((phrase, String(characters[words[start].range.lowerBound..<words[end].range.upperBound])))
                    }
                }
                end += 1
            }
        }
        return result
    }
}
