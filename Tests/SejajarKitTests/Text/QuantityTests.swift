import Testing
@testable import SejajarKit

@Suite struct QuantityTests {
    static func values(_ text: String, _ language: Language) -> [[Double]] {
        Quantity.read(text, language: language).map(\.values)
    }

    @Test(arguments: [
        ("Son 1.500 personas.", "es", [[1500, 1.5]]),
        ("It cost 1,500 pounds.", "en", [[1500, 1.5]]),
        ("Una tasa del 2,35 %.", "es", [[1], [2.35]]),
        ("El total: 1.234.567,5 euros.", "es", [[1234567.5]]),
        ("2.350 millones de dólares", "es", [[2.35e9, 2.35e6]]),
        ("2,35 miliar dolar", "id", [[2.35e9]]),
        ("dos mil millones", "es", [[2e9]]),
        ("£11juta", "id", [[11e6]]),
        ("Anak usia13 tahun", "id", [[13]]),
        ("the 125th anniversary", "en", [[125]]),
        ("a las 8:00", "es", [[8, 8]]),
        ("pukul 08.00", "id", [[8]]),
        ("a las 5 de la tarde", "es", [[5, 17]]),
        ("pukul 3 sore", "id", [[3, 15]]),
        ("treinta y cinco", "es", [[35]]),
        ("dua puluh lima", "id", [[25]]),
        ("dua belas", "id", [[12]]),
        ("tiga ratus dua puluh", "id", [[320]]),
        ("twenty-one", "en", [[21]]),
        ("one hundred and five", "en", [[105]]),
        ("ciento treinta y dos", "es", [[132]]),
        ("el XVII Congreso", "es", [[17]]),
        ("IIII y VX", "es", []),
        ("COVID-19", "en", [[19]]),
    ] as [(String, Language, [[Double]])])
    func readsEveryValueAFigureCanStandFor(text: String, language: Language, expected: [[Double]]) {
        #expect(Self.values(text, language) == expected)
    }

    @Test(arguments: [
        ("años 30", "es", "1930-an", "id"),
        ("años noventa", "es", "1990-an", "id"),
        ("the 1990s", "en", "los noventa", "es"),
        ("diez", "es", "10", "id"),
        ("XVII", "es", "ke-17", "id"),
        ("5 de la tarde", "es", "17.00", "id"),
        ("15:00", "es", "pukul 3 sore", "id"),
        ("2.350 millones", "es", "2,35 miliar", "id"),
        ("8:00", "es", "08.00", "id"),
    ] as [(String, Language, String, Language)])
    func agreesWhenTwoWritingsSayTheSameFigure(a: String, la: Language, b: String, lb: Language) throws {
        let x = Quantity.read(a, language: la), y = Quantity.read(b, language: lb)
        #expect(x.contains { q in y.contains { q.agreement(with: $0) == .same } })
    }

    @Test(arguments: [
        ("45 ha", "450.000 m²"),
        ("seis metros", "20 kaki"),
        ("30 °C", "86 °F"),
        ("5 millas", "8 km"),
    ])
    func seesAUnitConversion(a: String, b: String) throws {
        let x = try #require(Quantity.read(a, language: "es").first), y = try #require(Quantity.read(b, language: "id").first)
        #expect(x.agreement(with: y) == .converted)
    }

    @Test(arguments: [
        ("2800 billones", "2.8 miliar"),
        ("47.000", "4.700"),
        ("7:55", "7.45"),
        ("30", "1930"),
        ("seis metros", "60 kaki"),
    ])
    func tellsDifferentFiguresApart(a: String, b: String) throws {
        let x = try #require(Quantity.read(a, language: "es").first), y = try #require(Quantity.read(b, language: "id").first)
        #expect(x.agreement(with: y) == nil)
    }

    /// Vietnamese numbers its months ("tháng 6", June); other languages name them.
    @Test("a numbered month is answered by the month's name, and a name answers for no other figure", arguments: [
        ("Vào tháng 6, Ủy ban đã công bố kết quả.", "vi", "En junio, la Comisión publicó los resultados.", "es", true),
        ("Vào tháng 6, Ủy ban đã công bố kết quả.", "vi", "Pada bulan Juni, Komisi mengumumkan hasilnya.", "id", true),
        ("Vào tháng 6, Ủy ban đã công bố kết quả.", "vi", "En julio, la Comisión publicó los resultados.", "es", false),
        ("Có 6 người bị thương.", "vi", "Hubo heridos en junio.", "es", false),
    ])
    func months(_ source: String, _ from: Language, _ target: String, _ to: Language, _ agree: Bool) {
        let a = Quantity.read(source, language: from), b = Quantity.read(target, language: to)
        #expect(a.count == 1 && a[0].isFirm)
        #expect(b.contains { a[0].agreement(with: $0) == .same } == agree)
    }

    /// Vietnamese news keeps English units and its own ("dặm", a mile) and says "giờ chiều".
    @Test("Vietnamese units and afternoon hours read as the figures they are", arguments: [
        ("con lợn nặng 550 pound", "cerdo de casi 250 kilos", Quantity.Agreement.converted),
        ("cách bờ biển 385 dặm", "a 620 kilómetros de la costa", .converted),
        ("lúc 3 giờ chiều", "a las 15:00", .same),
    ])
    func vietnameseUnits(_ source: String, _ target: String, _ agreement: Quantity.Agreement) {
        let a = Quantity.read(source, language: "vi"), b = Quantity.read(target, language: "es")
        #expect(a.count == 1 && b.count == 1)
        #expect(a.first?.agreement(with: b[0]) == agreement)
    }

    @Test func asciiIsToldAsUnicodeTellsIt() {
        let characters = (0..<128).map { Character(Unicode.Scalar(UInt8($0))) } + ["\r\n", "é", "\u{A0}", "٣", "e\u{301}"]
        for c in characters {
            #expect(QuantityReader.isLetter(c) == c.isLetter, "\(c.unicodeScalars.map(\.value))")
            #expect(QuantityReader.isWhitespace(c) == c.isWhitespace, "\(c.unicodeScalars.map(\.value))")
            #expect(QuantityReader.isDigit(c) == (c.isASCII && c.isNumber), "\(c.unicodeScalars.map(\.value))")
        }
    }
}
