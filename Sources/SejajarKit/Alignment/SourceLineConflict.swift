import Foundation

/// Source lines on both sides that name different articles of one site ("Fuente:
/// https://site/news/147968…" against "Sumber: https://site/news/148391…"): two pages that look
/// alike but are not translations of each other, whatever the words they share. The verdict rules
/// out `parallel` and `partial` for such a pair, and the checks report it.
public struct SourceLineConflict: Sendable, Hashable {
    /// The address on the source side.
    public var sourceAddress: String
    /// The address on the target side.
    public var targetAddress: String
    /// The index of the source document's source-line sentence.
    public var sourceSentence: Int

    /// The conflict between two documents' source lines, or nil when they agree or one has none.
    public init?(source: Document, target: Document) {
        func address(_ document: Document) -> (String, Int)? {
            guard let index = document.sentences.firstIndex(where: { $0.role == .sourceLine }),
                  let token = document.sentences[index].text.split(separator: " ").last(where: { SentenceSplitter.looksLikeAddress(String($0)) })
            else { return nil }
            return (String(token), index)
        }
        guard let (a, sentence) = address(source), let (b, _) = address(target),
              let hostA = URL(string: a)?.host?.lowercased(), let hostB = URL(string: b)?.host?.lowercased() else { return nil }
        let pathA = URL(string: a)?.path ?? a, pathB = URL(string: b)?.path ?? b
        guard hostA == hostB, pathA != pathB else { return nil }
        sourceAddress = a
        targetAddress = b
        sourceSentence = sentence
    }
}
