import Testing
@testable import SejajarKit

/// Vietnamese is written by syllables, and the capital of a name's first syllable is what tells
/// a body ("Quốc hội", the National Assembly) from the common noun ("quốc hội", any parliament).
struct VietnameseTermTests {
    static let glossary = Glossary(concepts: [
        Concept(id: "c059", subjectField: "State bodies", terms: [
            Term(language: "vi", text: "Quốc hội", status: .preferred), Term(language: "es", text: "Asamblea Nacional", status: .preferred),
        ]),
        Concept(id: "c396", subjectField: Concept.foreignSubjectField, terms: [
            Term(language: "vi", text: "nghị viện", status: .preferred), Term(language: "es", text: "parlamento", status: .preferred),
        ]),
    ])

    @Test("a capitalised Vietnamese name names its body only with its capital and not before another name", arguments: [
        ("Đại biểu Quốc hội chất vấn Bộ trưởng.", true),
        ("Quốc hội thông qua luật mới.", true),                          // a sentence's first capital
        ("kế hoạch đổi tên quốc hội sang Nghị viện Wales", false),       // any parliament
        ("các thành viên Quốc hội Wales lo lắng", false),                // the Welsh Assembly
        ("Kavanaugh đối chất trước Quốc hội hôm thứ Năm", true),
    ])
    func capitals(_ text: String, _ names: Bool) {
        let found = TermMatcher(glossary: Self.glossary, language: "vi").matches(in: text).filter { $0.concept == 0 }
        #expect(found.isEmpty == !names, "\(text): \(found.map(\.text))")
    }

    @Test("a Vietnamese word matches as written, never as another word's plural or gender")
    func noInflection() {
        let glossary = Glossary(concepts: [Concept(id: "c010", subjectField: "Party bodies", terms: [Term(language: "vi", text: "chi bộ", status: .preferred)])])
        let matcher = TermMatcher(glossary: glossary, language: "vi")
        #expect(matcher.matches(in: "Chi bộ thôn họp sáng nay.").count == 1)
        #expect(matcher.matches(in: "Tỉnh cấp tiền cho bộ đội biên phòng.").isEmpty)
    }

    @Test("a one-syllable term is not matched as a syllable of a longer word", arguments: [
        ("Phát triển kinh tế - xã hội của xã Phước Hà.", "xã", 1),        // society, then the commune
        ("Xây dựng nông thôn mới tại thôn 3.", "thôn", 1),               // the countryside, then the village
        ("Văn bản gửi Nhật Bản được đọc ở bản Hua Păng.", "bản", 1),     // a document, Japan, then the hamlet
        ("Xã đã họp; xã, hội và đoàn thể cùng dự.", "xã", 2),            // not one word across a comma
    ])
    func syllableOfALongerWord(_ text: String, _ term: String, _ count: Int) {
        let glossary = Glossary(concepts: [Concept(id: "c259", subjectField: "administrative units", terms: [Term(language: "vi", text: term, status: .preferred)])])
        let found = TermMatcher(glossary: glossary, language: "vi").matches(in: text)
        #expect(found.count == count, "\(text): \(found.map(\.range))")
    }

    @Test("a Vietnamese word of two syllables, after its classifier, is an everyday word", arguments: [
        ("cuộc vận động", true), ("quyết định", true), ("hộ gia đình", false), ("Quốc hội", false), ("người đứng đầu", true),
    ])
    func everyday(_ text: String, _ everyday: Bool) {
        #expect(Term(language: "vi", text: text, status: .preferred).isEveryday == everyday)
        // In a language written by words, two words are a phrase.
        #expect(Term(language: "es", text: "jefe supremo", status: .preferred).isEveryday == false)
    }

    @Test("a pair is about the domain only when both of its sides name a domain concept")
    func domainNeedsBothSides() {
        let vi = TermMatcher(glossary: Self.glossary, language: "vi"), es = TermMatcher(glossary: Self.glossary, language: "es")
        let source = vi.matches(in: "Kavanaugh đối chất trước Quốc hội hôm thứ Năm")
        let translated = es.matches(in: "Kavanaugh testificó ante la Asamblea Nacional el jueves")
        let congress = es.matches(in: "Kavanaugh testificó ante el Congreso el jueves")
        #expect(DomainProfile(sourceTerms: [source], targetTerms: [translated], glossary: Self.glossary).domainPairs == 1)
        #expect(DomainProfile(sourceTerms: [source], targetTerms: [congress], glossary: Self.glossary).domainPairs == 0)
        // Another country's parliament is no evidence of the domain, named on both sides.
        let foreign = vi.matches(in: "Nghị viện Wales"), parlamento = es.matches(in: "el parlamento de Gales")
        #expect(DomainProfile(sourceTerms: [foreign], targetTerms: [parlamento], glossary: Self.glossary).domainPairs == 0)
    }
}
