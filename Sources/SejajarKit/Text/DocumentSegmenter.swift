import Foundation

/// Turns decoded text into a `Document`: paragraphs, boilerplate roles and sentences, each
/// sentence remembering where it stands in the input (line, column, and where collapsed
/// whitespace or a line join makes it stop following the input character for character).
/// Every file reader hands its text to a segmenter; nothing here knows a file format.
public struct DocumentSegmenter: Sendable {
    /// Layout of the input.
    public var format: InputFormat
    /// The splitter for `.text` input; nil picks the language's default.
    public var splitter: SentenceSplitter?
    /// Running text is split into sentences in pieces of at most this many characters, cut at
    /// white space: a paragraph of fifty megabytes on one line (a book without line breaks, a
    /// broken export) then costs time and memory in proportion to its length.
    public var maximumPieceCharacters: Int

    /// Creates a segmenter.
    public init(format: InputFormat = .text, splitter: SentenceSplitter? = nil, maximumPieceCharacters: Int = 100_000) {
        self.format = format
        self.splitter = splitter
        self.maximumPieceCharacters = max(16, maximumPieceCharacters)
    }

    /// Segments decoded text (`path` only labels the result).
    public func document(from text: String, path: String, language: Language) -> Document {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let blocks = paragraphBlocks(lines)
        // Roles look at short paragraphs only (a counter, a byline): the first thousand characters
        // of a long one say all there is to say.
        let roles = BoilerplateClassifier.roles(of: blocks.map { block in
            var text = ""
            // `text.count` walks the whole text: `bound` adds up the parts instead (joining never
            // makes more characters than its parts), and only a bound of 1000 is checked exactly.
            var bound = 0
            for line in block.lines {
                if bound >= 1000 {
                    bound = text.count
                    if bound >= 1000 { break }
                }
                let part = line.text.prefix(1000)
                bound += (text.isEmpty ? 0 : 1) + part.count
                text += (text.isEmpty ? "" : " ") + part
            }
            return text
        })
        let splitter = splitter ?? SentenceSplitter(language: language)
        var paragraphs: [Paragraph] = []
        var sentences: [Sentence] = []
        for (block, role) in zip(blocks, roles) {
            let start = sentences.count
            let index = paragraphs.count
            if format == .lines || role.isBoilerplate {
                for line in block.lines {
                    let collapsed = line.text.collapsingWhitespace()
                    sentences.append(Sentence(text: collapsed, paragraph: index, role: role, line: line.number, column: line.column))
                }
            } else {
                // Join the block's lines with single spaces and remember where each character came
                // from; split into sentences piece by piece.
                var joined = JoinedText(splitter: splitter, maximum: maximumPieceCharacters)
                for (k, line) in block.lines.enumerated() {
                    if k > 0 { joined.append(" ", line: line.number, column: 0, into: &sentences, paragraph: index, role: role) }
                    for (c, character) in line.text.enumerated() {
                        joined.append(character, line: line.number, column: line.column + c, into: &sentences, paragraph: index, role: role)
                    }
                }
                joined.finish(into: &sentences, paragraph: index, role: role)
            }
            if sentences.count > start {
                paragraphs.append(Paragraph(sentences: start..<sentences.count, role: role, line: block.lines[0].number))
            }
        }
        return Document(path: path, language: language, paragraphs: paragraphs, sentences: sentences)
    }

    /// Segments the paragraphs a structured reader found (`path` only labels the result). Blocks
    /// are classified by the same rules as plain text (a comment counter is boilerplate whatever
    /// markup holds it; a byline is the last short name before boilerplate), a boilerplate role
    /// the reader gave is kept, and a boilerplate block is one sentence. The others are split into
    /// sentences and keep the role the reader gave them (heading, caption, note).
    public func document(from blocks: [TextBlock], path: String, language: Language) -> Document {
        let blocks = blocks.filter { !$0.isBlank }
        let classified = BoilerplateClassifier.roles(of: blocks.map { block in
            var text = ""
            for run in block.runs where text.count < 1000 { text += run.text.prefix(1000) }
            return text.collapsingWhitespace()
        }, known: blocks.map(\.role))
        let splitter = splitter ?? SentenceSplitter(language: language)
        var paragraphs: [Paragraph] = []
        var sentences: [Sentence] = []
        for (block, found) in zip(blocks, classified) {
            let role = found.isBoilerplate ? found : block.role
            let start = sentences.count
            let index = paragraphs.count
            let first = block.runs.first { !$0.text.allSatisfy(\.isWhitespace) } ?? block.runs[0]
            var joined = JoinedText(splitter: splitter, maximum: maximumPieceCharacters, whole: role.isBoilerplate)
            joined.codes = block.codes
            for run in block.runs {
                var line = run.line, column = run.column
                // NFC, as plain text is: a PDF or a web page may spell "ñ" as "n" and a combining tilde.
                for character in TextNormalisation.normalise(run.text) {
                    joined.append(character, line: line, column: column, into: &sentences, paragraph: index, role: role)
                    if character == "\n" || character == "\r\n" { line += 1; column = 1 } else { column += 1 }
                }
            }
            joined.finish(into: &sentences, paragraph: index, role: role)
            if sentences.count > start {
                paragraphs.append(Paragraph(sentences: start..<sentences.count, role: role, line: first.line))
            }
        }
        return Document(path: path, language: language, paragraphs: paragraphs, sentences: sentences)
    }

    /// A paragraph's characters with where each came from, split into sentences piece by piece
    /// (at most `maximum` characters at a time, cut at white space), or kept whole.
    struct JoinedText {
        let splitter: SentenceSplitter
        let maximum: Int
        var whole = false
        var characters: [Character] = []
        var origins: [(line: Int, column: Int)] = []
        /// The block's formatting, by offsets in the block's characters, and the block offset of
        /// `characters[0]` (pieces already split off are gone from the front).
        var codes: [InlineCode] = []
        var consumed = 0

        mutating func append(_ character: Character, line: Int, column: Int, into sentences: inout [Sentence], paragraph: Int, role: Role) {
            characters.append(character)
            origins.append((line, column))
            if characters.count >= maximum {
                // Cut after the last white space in the second half, or where the piece is full.
                let half = maximum / 2
                let space = characters[half...].lastIndex { $0.isWhitespace }
                split(upTo: space.map { $0 + 1 } ?? characters.count, into: &sentences, paragraph: paragraph, role: role)
            }
        }

        mutating func finish(into sentences: inout [Sentence], paragraph: Int, role: Role) {
            if !characters.isEmpty { split(upTo: characters.count, into: &sentences, paragraph: paragraph, role: role) }
        }

        /// The block's codes over a sentence whose characters are `characters`, starting at block
        /// offset `start`: clipped to it and moved to offsets in its collapsed text. A mark (a
        /// placeholder) belongs to the sentence it stands in or right after.
        func clip(_ characters: ArraySlice<Character>, at start: Int) -> [InlineCode] {
            var map = [Int](repeating: 0, count: characters.count + 1)
            var out = 0, pending = false
            for (i, character) in characters.enumerated() {
                if character.unicodeScalars.first.map(String.isSpace) ?? false {
                    map[i] = out
                    if out > 0 { pending = true }
                    continue
                }
                if pending { out += 1; pending = false }
                map[i] = out
                out += 1
            }
            map[characters.count] = out
            let end = start + characters.count
            var result: [InlineCode] = []
            for code in codes {
                if code.kind.isPlaceholder {
                    guard code.start >= start, code.start <= end else { continue }
                    if result.contains(where: { $0.kind.isPlaceholder && $0 == InlineCode(kind: code.kind, start: map[code.start - start],
                                                                                        end: map[code.start - start], value: code.value) }) { continue }
                    result.append(InlineCode(kind: code.kind, start: map[code.start - start], end: map[code.start - start], value: code.value))
                } else {
                    let from = max(code.start, start), to = min(code.end, end)
                    guard from < to, map[from - start] < map[to - start] else { continue }
                    result.append(InlineCode(kind: code.kind, start: map[from - start], end: map[to - start], value: code.value))
                }
            }
            return result
        }

        private mutating func split(upTo cut: Int, into sentences: inout [Sentence], paragraph: Int, role: Role) {
            let piece = Array(characters[..<cut]), from = Array(origins[..<cut])
            let ranges: [Range<Int>]
            if whole {
                let start = piece.firstIndex { !$0.isWhitespace } ?? 0
                let end = (piece.lastIndex { !$0.isWhitespace } ?? -1) + 1
                ranges = start < end ? [start..<end] : []
            } else {
                ranges = splitter.sentenceRanges(in: piece)
            }
            for range in ranges {
                let collapsed = String(piece[range]).collapsingWhitespace()
                guard !collapsed.isEmpty else { continue }
                // The ranges are trimmed: the first character is the sentence's.
                let origin = from[range.lowerBound]
                var sentence = Sentence(text: collapsed, paragraph: paragraph, role: role, line: origin.line, column: origin.column,
                                        breaks: DocumentSegmenter.breaks(piece[range], from[range]))
                if !codes.isEmpty { sentence.codes = clip(piece[range], at: consumed + range.lowerBound) }
                sentences.append(sentence)
            }
            characters.removeFirst(cut)
            origins.removeFirst(cut)
            consumed += cut
        }
    }

    /// Where a sentence's collapsed text stops following its input characters one for one: after
    /// a line join or a run of whitespace that is not a single space.
    static func breaks(_ characters: ArraySlice<Character>, _ origins: ArraySlice<(line: Int, column: Int)>) -> [Sentence.Break] {
        var result: [Sentence.Break] = []
        var offset = 0
        var run = 0, plain = true, seenText = false
        for (character, origin) in zip(characters, origins) {
            if character.unicodeScalars.first.map(String.isSpace) ?? false {
                run += 1
                plain = plain && character == " " && origin.column > 0
                continue
            }
            if run > 0 && seenText {
                offset += 1
                if run > 1 || !plain { result.append(Sentence.Break(offset: offset, line: origin.line, column: origin.column)) }
            }
            run = 0
            plain = true
            seenText = true
            offset += 1
        }
        return result
    }

    struct Line {
        var text: String
        var number: Int
        var column: Int
    }

    struct Block {
        var lines: [Line]
    }

    /// Groups lines into paragraphs. In `.lines` mode a blank line separates paragraphs. In `.text`
    /// mode blank-line separated blocks are paragraphs when their lines are hard-wrapped prose; a
    /// block whose lines are long or each end a sentence is one paragraph per line, as are files
    /// without blank lines.
    func paragraphBlocks(_ rawLines: [String]) -> [Block] {
        var blocks: [Block] = []
        var current: [Line] = []
        for (k, raw) in rawLines.enumerated() {
            let leading = raw.prefix { $0.isWhitespace }.count
            let text = String(raw.dropFirst(leading)).trimmingTrailingWhitespace()
            if text.isEmpty {
                if !current.isEmpty { blocks.append(Block(lines: current)); current = [] }
            } else {
                current.append(Line(text: text, number: k + 1, column: leading + 1))
            }
        }
        if !current.isEmpty { blocks.append(Block(lines: current)) }
        // Boilerplate lines never join a paragraph; in `.text` mode the rest joins only when the
        // block is wrapped prose.
        var result: [Block] = []
        for block in blocks {
            let lines = block.lines
            if format == .lines {
                var run: [Line] = []
                for line in lines {
                    if BoilerplateClassifier.intrinsicRole(line.text).isBoilerplate {
                        if !run.isEmpty { result.append(Block(lines: run)); run = [] }
                        result.append(Block(lines: [line]))
                    } else {
                        run.append(line)
                    }
                }
                if !run.isEmpty { result.append(Block(lines: run)) }
            } else if lines.count > 1 && Self.isWrapped(lines.map(\.text))
                && !lines.contains(where: { BoilerplateClassifier.intrinsicRole($0.text).isBoilerplate }) {
                result.append(block)
            } else {
                result.append(contentsOf: lines.map { Block(lines: [$0]) })
            }
        }
        return result
    }

    /// Hard-wrapped prose: every line but the last is at most 100 characters, and at least half of
    /// them stop mid-sentence.
    static func isWrapped(_ lines: [String]) -> Bool {
        let body = lines.dropLast()
        guard body.allSatisfy({ $0.count <= 100 }) else { return false }
        let open = body.filter { line in
            guard let last = line.last else { return false }
            return !(SentenceSplitter.terminators.contains(last) || SentenceSplitter.closers.contains(last) || last == ":")
        }.count
        return open * 2 >= body.count
    }
}

extension String {
    /// Runs of whitespace folded to one space, none at either end. Works on scalars with an ASCII
    /// fast path: `Character.isWhitespace` over every character of a large file is slow.
    /// The runs between spaces are copied whole, not scalar by scalar.
    func collapsingWhitespace() -> String {
        let scalars = unicodeScalars
        var result = ""
        result.reserveCapacity(utf8.count)
        var index = scalars.startIndex, run: String.Index?, pendingSpace = false
        while index < scalars.endIndex {
            if Self.isSpace(scalars[index]) {
                if let start = run { result.append(contentsOf: Substring(scalars[start..<index])); run = nil }
                pendingSpace = !result.isEmpty
            } else if run == nil {
                if pendingSpace { result.append(" "); pendingSpace = false }
                run = index
            }
            index = scalars.index(after: index)
        }
        if let start = run { result.append(contentsOf: Substring(scalars[start..<scalars.endIndex])) }
        return result
    }

    /// Whitespace that separates words. No-break spaces (U+00A0, U+2007, U+202F) are kept as
    /// written: they are typography ("32 años", « oui »), and a translation memory must match the
    /// text a CAT tool will see.
    static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.value < 0x80 { return scalar == " " || (scalar.value >= 9 && scalar.value <= 13) }
        if scalar.value == 0xA0 || scalar.value == 0x2007 || scalar.value == 0x202F { return false }
        return scalar.properties.isWhitespace
    }

    func trimmingTrailingWhitespace() -> String {
        var end = endIndex
        while end > startIndex, self[index(before: end)].isWhitespace { end = index(before: end) }
        return String(self[..<end])
    }
}
