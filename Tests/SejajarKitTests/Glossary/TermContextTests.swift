import Testing
@testable import SejajarKit

/// The words around a term tell its sense: a modifier before a title makes another title, and a
/// body or title next to another country, or heading a company, is the foreign sense.
struct TermContextTests {
    static let glossary = Glossary(concepts: [
        Concept(id: "pm", subjectField: "titles and positions", terms: [
            Term(language: "vi", text: "Thủ tướng", status: .preferred), Term(language: "es", text: "Primer Ministro", status: .preferred),
            Term(language: "id", text: "perdana menteri", status: .preferred), Term(language: "en", text: "prime minister", status: .preferred)]),
        Concept(id: "chair", subjectField: "titles and positions", terms: [
            Term(language: "vi", text: "Chủ tịch", status: .preferred), Term(language: "es", text: "presidente", status: .preferred),
            Term(language: "id", text: "ketua", status: .preferred), Term(language: "en", text: "chairman", status: .preferred)]),
        Concept(id: "defence", subjectField: "State bodies", terms: [
            Term(language: "vi", text: "Bộ Quốc phòng", status: .preferred), Term(language: "es", text: "Ministerio de Defensa", status: .preferred),
            Term(language: "id", text: "Kementerian Pertahanan", status: .preferred), Term(language: "en", text: "Ministry of Defence", status: .preferred)]),
        Concept(id: "member", subjectField: "Party bodies", terms: [
            Term(language: "es", text: "miembro del Partido", status: .preferred), Term(language: "id", text: "anggota Partai", status: .preferred),
            Term(language: "en", text: "Party member", status: .preferred)]),
        Concept(id: "government", subjectField: "State bodies", terms: [
            Term(language: "vi", text: "Chính phủ", status: .preferred), Term(language: "es", text: "Gobierno", status: .preferred),
            Term(language: "id", text: "Pemerintah", status: .preferred), Term(language: "en", text: "Government", status: .preferred)]),
    ])

    static func matches(_ language: String, _ text: String) -> [TermMatch] {
        TermMatcher(glossary: glossary, language: Language(language)).allMatches(in: text).filter(\.names)
    }

    @Test("a modifier before a title makes another title, never the bare one", arguments: [
        ("vi", "Phó Thủ tướng Phạm Bình Minh phát biểu.", false),
        ("vi", "Thủ tướng Phạm Minh Chính phát biểu.", true),
        ("vi", "Phó Chủ tịch tỉnh dự họp.", false),
        ("es", "El vice primer ministro habló.", false),
        ("es", "El primer ministro habló.", true),
        // A title written in lower case before a name is still the title.
        ("es", "La primera ministra Theresa May habló.", true),
        ("es", "El sub presidente llegó.", false),
        ("id", "Wakil perdana menteri berbicara.", false),
        ("id", "Wakil ketua datang.", false),
        ("id", "Ketua datang.", true),
        ("en", "The deputy prime minister spoke.", false),
        ("en", "The vice-chairman spoke.", false),
        ("en", "The prime minister spoke.", true),
    ])
    func modifiers(_ language: String, _ text: String, _ found: Bool) {
        let titles = Self.matches(language, text).filter { ["pm", "chair"].contains(Self.glossary.concepts[$0.concept].id) }
        #expect(titles.isEmpty == !found, "\(text): \(titles.map(\.text))")
    }

    @Test("a body or title next to another country, or heading a company, is the foreign sense", arguments: [
        ("vi", "Bộ Quốc phòng Mỹ công bố kế hoạch.", true),
        ("vi", "Đầu năm nay tại Hoa Kỳ Bộ Quốc phòng đã thành lập một trung tâm.", true),
        ("vi", "Bộ Quốc phòng công bố kế hoạch.", false),
        ("vi", "Chủ tịch tập đoàn Vingroup phát biểu.", true),
        ("vi", "Chủ tịch Hiệp hội Doanh nghiệp tỉnh phát biểu.", true),
        ("vi", "Chủ tịch tỉnh phát biểu.", false),
        ("es", "El Gobierno alemán aprobó la ley.", true),
        ("es", "El Ministerio de Defensa de EE. UU. creó un centro.", true),
        ("es", "El Ministerio de Defensa creó un centro.", false),
        ("es", "El presidente de la empresa dimitió.", true),
        ("es", "El presidente del Comité Popular dimitió.", false),
        ("id", "Pemerintah Jerman menyambutnya.", true),
        ("id", "Ketua asosiasi itu berbicara.", true),
        ("id", "Pemerintah menyambutnya.", false),
        ("en", "The British Government said no.", true),
        ("en", "The chairman of the company resigned.", true),
        ("en", "The Government said no.", false),
        // Countries nobody listed by hand, from CLDR's region names.
        ("vi", "Bộ Quốc phòng Bắc Macedonia công bố kế hoạch.", true),
        ("es", "El Gobierno de Macedonia del Norte aprobó la ley.", true),
        ("id", "Pemerintah Makedonia Utara menyambutnya.", true),
        ("en", "The Government of North Macedonia said no.", true),
        // A one-syllable country running on into another capitalised syllable is a Vietnamese place.
        ("vi", "Chính phủ Lào đã đồng ý.", true),
        ("vi", "Chính phủ Lào Cai đã đồng ý.", false),
        // A title before a name Vietnamese syllables cannot spell is a foreign person's.
        ("vi", "Thủ tướng Zaev đã bỏ phiếu.", true),
        ("vi", "Chủ tịch Putin phát biểu.", true),
        ("vi", "Thủ tướng Phúc phát biểu.", false),
        ("vi", "Chủ tịch Nguyễn Xuân Phúc phát biểu.", false),
        ("vi", "Chủ tịch UBND tỉnh phát biểu.", false),
    ])
    func foreign(_ language: String, _ text: String, _ foreign: Bool) throws {
        let match = try #require(TermMatcher(glossary: Self.glossary, language: Language(language)).allMatches(in: text).first, "\(text)")
        #expect(match.foreign == foreign, "\(text): \(match.text)")
        #expect(Self.glossary.isDomain(match) == !foreign)
    }

    @Test("what Vietnamese syllables can spell", arguments: [
        ("Phúc", true), ("Nguyễn", true), ("Kim", true), ("May", true), ("nghiêng", true), ("Đường", true), ("gì", true),
        ("Quảng", true), ("khuya", true),
        ("Trump", false), ("Putin", false), ("Zaev", false), ("Macron", false), ("Abe", false), ("Biden", false), ("Jong", false),
        ("Merkel", false), ("Erdogan", false),
    ])
    func syllables(_ word: String, _ vietnamese: Bool) {
        #expect(TermContext.isVietnameseSyllable(word) == vietnamese, "\(word)")
    }

    @Test("a term whose name is written in lower case before another name is that other name's", arguments: [
        ("id", "Dia anggota partai Buruh.", false),
        ("id", "Dia anggota partai itu.", true),
        ("es", "Es miembro del partido Laborista.", false),
        ("es", "Es miembro del partido desde 1990.", true),
        ("es", "Es miembro del Partido.", true),
    ])
    func lowerCaseNameBeforeAnother(_ language: String, _ text: String, _ named: Bool) {
        let members = Self.matches(language, text).filter { Self.glossary.concepts[$0.concept].id == "member" }
        #expect(members.isEmpty == !named, "\(text): \(members.map(\.text))")
    }
}
