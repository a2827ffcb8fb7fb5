/// One document pair prepared for the search: content sentences as token ids of a problem-local
/// vocabulary, their lengths, the paragraph structure, and rarity weights per side.
struct AlignmentProblem: Sendable {
    let source: Document
    let target: Document
    /// Original sentence indices of the content sentences, per side.
    let sourceContent: [Int]
    let targetContent: [Int]
    /// Content sentences as units (token ids are local).
    var sourceUnits: UnitSequence
    var targetUnits: UnitSequence
    /// Content paragraphs as ranges of content-sentence positions.
    let sourceParagraphs: [Range<Int>]
    let targetParagraphs: [Range<Int>]
    /// Local vocabulary (both sides in one id space) and each local id's global one.
    let vocabulary: Vocabulary
    let globalIDs: [Int32]
    /// Rarity weight per local id, per side.
    let sourceWeights: [Float]
    let targetWeights: [Float]
    /// Target characters per source character.
    let lengthRatio: Float
    /// The two sides' anchors (`TranslationTable.anchors`), made once with the problem: every
    /// pass's tables and the verdict's relatedness start from them.
    let anchors: TranslationTable

    /// Builds the problem; `sourceGlobal` and `targetGlobal` are the sentences' global token ids.
    init(source: Document, target: Document, sourceGlobal: [[Int32]], targetGlobal: [[Int32]], global: Vocabulary,
         parameters: AlignerParameters = AlignerParameters(), vectors: DocumentPairVectors? = nil) {
        self.source = source
        self.target = target
        sourceContent = source.contentSentenceIndices
        targetContent = target.contentSentenceIndices
        // Local ids in the order the words first occur (global ids are of distinct words).
        var globalIDs: [Int32] = []
        var localSlot = [Int32](repeating: -1, count: global.count)
        func local(_ ids: [Int32]) -> [Int32] {
            ids.map { g in
                let known = localSlot[Int(g)]
                if known >= 0 { return known }
                let l = Int32(globalIDs.count)
                localSlot[Int(g)] = l
                globalIDs.append(g)
                return l
            }
        }
        let sourceTokens = sourceContent.map { local(sourceGlobal[$0]) }
        let targetTokens = targetContent.map { local(targetGlobal[$0]) }
        let vocabulary = Vocabulary(distinct: globalIDs.map { global.words[Int($0)] }, isNumber: globalIDs.map { global.isNumber[Int($0)] },
                                    isMark: globalIDs.map { global.isMark[Int($0)] }, seenCapitalised: globalIDs.map { global.seenCapitalised[Int($0)] })
        func characters(_ text: String) -> Float { Float(text.unicodeScalars.reduce(0) { $0 + (String.isSpace($1) ? 0 : 1) }) }
        sourceUnits = UnitSequence(chars: sourceContent.map { characters(source.sentences[$0].text) }, tokens: sourceTokens)
        targetUnits = UnitSequence(chars: targetContent.map { characters(target.sentences[$0].text) }, tokens: targetTokens)
        // Debris (OCR noise, stray symbols, page numbers) holds no word: no run of two letters.
        // It is cheap to leave out; anything with a word ("Yes,", "Hi,") costs a full skip.
        func skipShares(_ document: Document, _ content: [Int]) -> [Float] {
            content.map { index in
                var run = 0
                for scalar in document.sentences[index].text.unicodeScalars {
                    run = scalar.properties.isAlphabetic ? run + 1 : 0
                    if run >= 2 { return 1 }
                }
                return parameters.debrisSkipShare
            }
        }
        sourceUnits.skipShare = skipShares(source, sourceContent)
        targetUnits.skipShare = skipShares(target, targetContent)
        if let vectors, vectors.source.count == sourceContent.count, vectors.target.count == targetContent.count {
            sourceUnits.vectors = vectors.source
            targetUnits.vectors = vectors.target
        }
        sourceParagraphs = Self.paragraphs(of: source, content: sourceContent)
        targetParagraphs = Self.paragraphs(of: target, content: targetContent)
        self.vocabulary = vocabulary
        self.globalIDs = globalIDs
        sourceWeights = Self.rarityWeights(sourceTokens, vocabularySize: vocabulary.count)
        targetWeights = Self.rarityWeights(targetTokens, vocabularySize: vocabulary.count)
        let sourceTotal = sourceUnits.chars.reduce(0, +), targetTotal = targetUnits.chars.reduce(0, +)
        lengthRatio = sourceTotal > 0 && targetTotal > 0 ? min(4, max(0.25, targetTotal / sourceTotal)) : 1
        anchors = TranslationTable.anchors(vocabulary: vocabulary, inSource: Self.presence(sourceTokens, count: vocabulary.count),
                                           inTarget: Self.presence(targetTokens, count: vocabulary.count))
    }

    /// Which of `count` ids occur in `sentences`.
    static func presence(_ sentences: [[Int32]], count: Int) -> [Bool] {
        var present = [Bool](repeating: false, count: count)
        for ids in sentences { for id in ids { present[Int(id)] = true } }
        return present
    }

    /// log(1 + N / df): rare words weigh more than function words.
    static func rarityWeights(_ sentences: [[Int32]], vocabularySize: Int) -> [Float] {
        var frequency = [Int](repeating: 0, count: vocabularySize)
        for ids in sentences { for id in ids { frequency[Int(id)] += 1 } }
        let total = Float(max(1, sentences.count))
        return frequency.map { $0 == 0 ? 0 : log(1 + total / Float($0)) }
    }

    static func paragraphs(of document: Document, content: [Int]) -> [Range<Int>] {
        var position: [Int: Int] = [:]
        for (k, index) in content.enumerated() { position[index] = k }
        return document.paragraphs.compactMap { paragraph in
            guard paragraph.role.isContent, let first = position[paragraph.sentences.lowerBound] else { return nil }
            return first..<(first + paragraph.sentences.count)
        }
    }

    /// Whether to align paragraphs first: both sides have several multi-sentence paragraphs in
    /// comparable numbers.
    var usesParagraphs: Bool {
        let p = sourceParagraphs.count, q = targetParagraphs.count
        guard p >= 2, q >= 2 else { return false }
        let ratio = Double(max(p, q)) / Double(min(p, q))
        let multiSentence = sourceUnits.count > p || targetUnits.count > q
        return multiSentence && ratio <= 2
    }

    /// Translation tables over local ids: anchors, extra anchor pairs, and per-fold lexicon pairs
    /// (given as global ids, each fold's in its order).
    func tables(extra: [AnchorPair], lexicons: [[(Int32, Int32)]]) -> [TranslationTable] {
        let inSource = Self.presence(sourceUnits.tokens, count: vocabulary.count), inTarget = Self.presence(targetUnits.tokens, count: vocabulary.count)
        var base = anchors
        let vocabulary = extra.isEmpty ? vocabulary : vocabulary.indexed()
        for pair in extra {
            guard let s = vocabulary.id(of: Tokenizer.fold(pair.source)), let t = vocabulary.id(of: Tokenizer.fold(pair.target)),
                  inSource[Int(s)], inTarget[Int(t)] else { continue }
            base.add(source: s, target: t)
        }
        if lexicons.isEmpty { return [base] }
        // Each global id's local one on the side it occurs (-1: not on it), read by the lexicon
        // pairs, which are many more than the problem's words.
        let globalCount = Int((globalIDs.max() ?? -1) + 1)
        var sourceLocal = [Int32](repeating: -1, count: globalCount), targetLocal = sourceLocal
        for (l, g) in globalIDs.enumerated() {
            if inSource[l] { sourceLocal[Int(g)] = Int32(l) }
            if inTarget[l] { targetLocal[Int(g)] = Int32(l) }
        }
        return lexicons.map { pairs in
            var table = base
            for (g, h) in pairs where Int(g) < globalCount && Int(h) < globalCount && g >= 0 && h >= 0 {
                let s = sourceLocal[Int(g)], t = targetLocal[Int(h)]
                guard s >= 0, t >= 0 else { continue }
                table.add(source: s, target: t)
            }
            return table
        }
    }
}

import Foundation
